package nl.inburgeringsregie.begeleiding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17, begeleiding part (ADR 0036) over real HTTP, as an adversary: the consultant assigns the demo partner
 * organisation at housing (T-9), whose begeleider then reaches that person and no other (another organisation's person
 * answers 404, the intake 403), records contacts whose participation minutes reach the hours ledger, signals the
 * consultant (a deadline on the consultant's list until seen), and hands over once (a second click makes no second
 * handover) with a PDF; the handover is due twelve months after housing, also from a leap day (T-9, T-14); nazorg starts
 * when DUO reports the duty met (SS106) and is due six months on (T-11).
 */
class BegeleidingApiTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private DuoSimulator duo;

    @AfterEach
    void herstel() {
        clock.reset();
    }

    private String dossier(String gemeente, String huisvesting) {
        return dossier(gemeente, huisvesting, TestData.bsn());
    }

    private String dossier(String gemeente, String huisvesting, String bsn) {
        Map<String, Object> body = TestData.inburgeraar(bsn, gemeente);
        body.put("datumHuisvesting", huisvesting);
        Api.Antwoord a =
                api(gemeente.equals("0392") ? "consulent" : "consulent.velsen").post("/api/v1/inburgeraars", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    private String demoPartner() {
        return jdbc.sql("select id from partnerorganisatie where naam = ?")
                .param(DemoBegeleiding.PARTNER)
                .query(UUID.class)
                .single()
                .toString();
    }

    private Api.Antwoord wijsToe(String consulent, String id, String partner) {
        return api(consulent).put("/api/v1/inburgeraars/" + id + "/begeleiding", Map.of("partnerId", partner));
    }

    private static Map<String, Object> contact(String datum, Object minuten, boolean participatie, String signaal) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("datum", datum);
        c.put("tolk", true);
        c.put("tolktaal", "Arabisch");
        c.put("leefgebieden", List.of("WONEN", "INKOMEN"));
        c.put("minuten", minuten);
        c.put("participatie", participatie);
        c.put("signaal", signaal);
        return c;
    }

    private Api.Antwoord legContactVast(String id, Map<String, Object> c) {
        return api("begeleider").post("/api/v1/inburgeraars/" + id + "/begeleiding/contacten", c);
    }

    private static List<String> regels(Api.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        List<String> regels = new ArrayList<>();
        a.json()
                .get("invalidParams")
                .forEach(p -> regels.add(
                        p.get("name").asString() + " " + p.path("regel").asString()));
        return regels;
    }

    private JsonNode termijn(String id, String soort) {
        for (JsonNode t : api("consulent")
                .get("/api/v1/inburgeraars/" + id + "/termijnen")
                .json()) {
            if (t.get("soort").asString().equals(soort)) {
                return t;
            }
        }
        return null;
    }

    @Test
    void deConsulentWijstToeEnDeBegeleiderZietAlleenWatBegeleidingNodigHeeft() {
        clock.zet(LocalDate.of(2026, 3, 2));
        String id = dossier("0392", "2025-01-15");
        Api.Antwoord toegewezen = wijsToe("consulent", id, demoPartner());
        assertThat(toegewezen.status()).as(toegewezen.body()).isEqualTo(200);
        assertThat(toegewezen.json().get("startdatum").asString()).isEqualTo("2025-01-15");
        assertThat(toegewezen.json().get("einddatum").asString())
                .as("T-9: twelve months from housing, route-na-pip §3(e) scenario 8")
                .isEqualTo("2026-01-14");

        Api.Antwoord gelezen = api("begeleider").get("/api/v1/inburgeraars/" + id + "/begeleiding");
        assertThat(gelezen.status()).as(gelezen.body()).isEqualTo(200);
        assertThat(gelezen.json().get("partnerorganisatie").asString()).isEqualTo(DemoBegeleiding.PARTNER);
        assertThat(gelezen.json().path("nazorg").isMissingNode()
                        || gelezen.json().path("nazorg").isNull())
                .as("nazorg is the consultant's")
                .isTrue();
        assertThat(jdbc.sql("select count(*) from audit_log where inburgeraar_id = ?::uuid"
                                + " and purpose = 'maatschappelijke begeleiding' and username = 'begeleider'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .as("the begeleider's read is audited with the purpose of begeleiding")
                .isEqualTo(1);

        assertThat(api("begeleider")
                        .get("/api/v1/inburgeraars/" + id + "/intake")
                        .status())
                .as("no intake (health, I-5) for the begeleider")
                .isEqualTo(403);
        assertThat(api("begeleider").get("/api/v1/inburgeraars/" + id).status())
                .as("no dossier")
                .isEqualTo(403);
        assertThat(api("begeleider")
                        .get("/api/v1/inburgeraars/" + id + "/ontzorging")
                        .status())
                .as("no ontzorging (bijstand amounts)")
                .isEqualTo(403);
        assertThat(api("begeleider")
                        .put("/api/v1/inburgeraars/" + id + "/begeleiding", Map.of("partnerId", demoPartner()))
                        .status())
                .as("assigning is the consultant's")
                .isEqualTo(403);
    }

    @Test
    void eenPersoonVanEenAndereOrganisatieOfZonderBegeleidingAntwoordt404() {
        String partner = api("beheerder")
                .post("/api/v1/partnerorganisaties", Map.of("naam", "Andere Partner " + UUID.randomUUID()))
                .json()
                .get("id")
                .asString();
        String hash = jdbc.sql("select password_hash from app_user where username = 'begeleider'")
                .query(String.class)
                .single();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                values ('begeleider.ander', 'Begeleider Ander', ?, '{BEGELEIDER}', '{}') on conflict do nothing""").param(hash).update();
        Api.Antwoord gekoppeld = api("beheerder")
                .put("/api/v1/partnerorganisaties/" + partner + "/gebruikers/begeleider.ander", Map.of());
        assertThat(gekoppeld.status()).as(gekoppeld.body()).isEqualTo(200);
        assertThat(api("beheerder")
                        .put("/api/v1/partnerorganisaties/" + partner + "/gebruikers/consulent", Map.of())
                        .status())
                .as("only a begeleider's account")
                .isEqualTo(400);

        String anders = dossier("0453", "2026-01-05");
        assertThat(wijsToe("consulent.velsen", anders, partner).status()).isEqualTo(200);
        String eigen = dossier("0392", "2026-01-05");
        assertThat(wijsToe("consulent", eigen, demoPartner()).status()).isEqualTo(200);
        String zonder = dossier("0392", "2026-01-05");

        Api begeleider = api("begeleider");
        assertThat(begeleider
                        .get("/api/v1/inburgeraars/" + anders + "/begeleiding")
                        .status())
                .as("another organisation's person")
                .isEqualTo(404);
        assertThat(begeleider
                        .get("/api/v1/inburgeraars/" + zonder + "/begeleiding")
                        .status())
                .as("a person with no begeleiding")
                .isEqualTo(404);
        assertThat(legContactVast(anders, contact("2026-01-20", 60, false, null))
                        .status())
                .as("no write to another organisation's person, whatever the body")
                .isEqualTo(404);
        assertThat(begeleider
                        .post(
                                "/api/v1/inburgeraars/" + anders + "/begeleiding/overdracht",
                                Map.of("datum", "2027-01-04", "team", "Sociaal wijkteam Velsen", "gezamenlijk", true))
                        .status())
                .as("no handover of another organisation's person")
                .isEqualTo(404);
        assertThat(jdbc.sql(
                                "select count(*) from begeleiding where inburgeraar_id = ?::uuid and overdracht_datum is not null")
                        .param(anders)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(begeleider
                        .get("/api/v1/inburgeraars/" + UUID.randomUUID() + "/begeleiding")
                        .status())
                .isEqualTo(404);
        assertThat(api("begeleider.ander")
                        .get("/api/v1/inburgeraars/" + eigen + "/begeleiding")
                        .status())
                .isEqualTo(404);
        assertThat(api("begeleider.ander")
                        .get("/api/v1/inburgeraars/" + anders + "/begeleiding")
                        .status())
                .isEqualTo(200);
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + anders + "/begeleiding")
                        .status())
                .as("a Haarlem consultant, a Velsen person")
                .isEqualTo(404);
    }

    @Test
    void eenGezinsmigrantOfEenDossierZonderHuisvestingKrijgtGeenBegeleiding() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn(), "0392");
        body.put("doelgroep", "Gezinsmigrant en overige migrant");
        body.put("gedetailleerdeDoelgroep", "Gezinsvormer");
        body.put("datumHuisvesting", "2026-01-05");
        String gezin = api("consulent")
                .post("/api/v1/inburgeraars", body)
                .json()
                .get("id")
                .asString();
        assertThat(regels(wijsToe("consulent", gezin, demoPartner()))).containsExactly("doelgroep T-9");
        String zonderHuis = dossier("0392", null);
        assertThat(regels(wijsToe("consulent", zonderHuis, demoPartner()))).containsExactly("datumHuisvesting T-9");
        assertThat(regels(wijsToe("consulent", zonderHuis, UUID.randomUUID().toString())))
                .containsExactly("partnerId T-9");
        assertThat(jdbc.sql("select count(*) from begeleiding where inburgeraar_id in (?::uuid, ?::uuid)")
                        .params(gezin, zonderHuis)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void huisvestingOpSchrikkeldagEindigtTwaalfMaandenLaterOpDeLaatsteDagVanFebruari() {
        clock.zet(LocalDate.of(2028, 3, 6));
        String id = dossier("0392", "2028-02-29");
        Api.Antwoord a = wijsToe("consulent", id, demoPartner());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().get("einddatum").asString())
                .as("T-9 with T-14: no 29 February in 2029, the period runs to the month's end, not 02-27")
                .isEqualTo("2029-02-28");
        JsonNode t = termijn(id, "BEGELEIDING_OVERDRACHT");
        assertThat(t.get("regel").asString()).isEqualTo("T-9");
        assertThat(t.get("uiterlijkeDatum").asString()).isEqualTo("2029-02-28");

        clock.zet(LocalDate.of(2029, 2, 5));
        assertThat(termijn(id, "BEGELEIDING_OVERDRACHT").get("status").asString())
                .as("on the worklists beforehand")
                .isEqualTo("BINNENKORT");
    }

    @Test
    void eenNegatieveOfTeGroteBestedeTijdWordtGeweigerdMetVeldEnRegelEnErWordtNietsOpgeslagen() {
        clock.zet(LocalDate.of(2026, 3, 2));
        String id = dossier("0392", "2026-01-05");
        wijsToe("consulent", id, demoPartner());
        assertThat(regels(legContactVast(id, contact("2026-02-10", -30, true, null))))
                .containsExactly("minuten R-11");
        assertThat(regels(legContactVast(id, contact("2026-02-10", 721, true, null))))
                .containsExactly("minuten R-11");
        assertThat(regels(legContactVast(id, contact("2026-02-10", 0, true, null))))
                .containsExactly("minuten R-11");
        Map<String, Object> zonderTolktaal = contact("2026-03-03", 60, false, null);
        zonderTolktaal.put("tolktaal", " ");
        zonderTolktaal.put("leefgebieden", List.of());
        assertThat(regels(legContactVast(id, zonderTolktaal)))
                .as("in the future, no leefgebied, interpreter without language: all named")
                .containsExactlyInAnyOrder("datum T-9", "leefgebieden T-9", "tolktaal T-9");
        assertThat(regels(legContactVast(id, contact("2026-01-04", 60, false, null))))
                .as("before housing")
                .containsExactly("datum T-9");
        Map<String, Object> onbekend = contact("2026-02-10", 60, false, null);
        onbekend.put("leefgebieden", List.of("ZWEMMEN"));
        assertThat(legContactVast(id, onbekend).status())
                .as("an unknown leefgebied")
                .isEqualTo(400);
        assertThat(legContactVast(id, contact("2026-02-10", "veel", false, null))
                        .status())
                .as("not a number")
                .isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from begeleidingscontact c join begeleiding b on b.id = c.begeleiding"
                                + " where b.inburgeraar_id = ?::uuid")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void participatieUrenGaanInHetUrenboekEnEenSignaalStaatBijDeConsulentTotHetGezienIs() {
        clock.zet(LocalDate.of(2026, 3, 2));
        String id = dossier("0392", "2026-01-05");
        wijsToe("consulent", id, demoPartner());
        assertThat(legContactVast(id, contact("2026-02-10", 240, true, null)).status())
                .isEqualTo(200);
        assertThat(legContactVast(id, contact("2026-02-17", 120, true, null)).status())
                .isEqualTo(200);
        Api.Antwoord met = legContactVast(id, contact("2026-03-01", 45, false, "Huurachterstand, graag bespreken"));
        assertThat(met.status()).as(met.body()).isEqualTo(200);
        assertThat(met.json().get("participatieUren").decimalValue()).isEqualByComparingTo("6");
        assertThat(met.json().get("signaalSinds").asString()).isEqualTo("2026-03-01");

        String uren =
                api("consulent").get("/api/v1/inburgeraars/" + id + "/uren").body();
        assertThat(uren)
                .as("R-11: six participation hours, not the 45 minutes without")
                .contains("BEGELEIDING");
        JsonNode overzicht =
                api("consulent").get("/api/v1/inburgeraars/" + id + "/uren").json();
        assertThat(overzicht.toString()).contains(DemoBegeleiding.PARTNER);

        JsonNode signaal = termijn(id, "BEGELEIDING_SIGNAAL");
        assertThat(signaal).as("the signal is on the consultant's list").isNotNull();
        assertThat(signaal.get("status").asString()).isEqualTo("BINNENKORT");
        assertThat(api("begeleider")
                        .post("/api/v1/inburgeraars/" + id + "/begeleiding/signaal-gezien", Map.of())
                        .status())
                .as("the consultant marks it seen, not the begeleider")
                .isEqualTo(403);
        assertThat(api("consulent")
                        .post("/api/v1/inburgeraars/" + id + "/begeleiding/signaal-gezien", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(termijn(id, "BEGELEIDING_SIGNAAL")).isNull();
    }

    @Test
    void eenTweedeKlikOpDeOverdrachtMaaktGeenTweedeEnHetDocumentIsEenPdf() {
        clock.zet(LocalDate.of(2027, 1, 20));
        String id = dossier("0392", "2026-01-19");
        wijsToe("consulent", id, demoPartner());
        legContactVast(id, contact("2026-02-10", 90, true, null));
        assertThat(api("begeleider")
                        .getBytes("/api/v1/inburgeraars/" + id + "/begeleiding/overdracht.pdf")
                        .status())
                .as("no document before the handover")
                .isEqualTo(404);
        Map<String, Object> overdracht = new LinkedHashMap<>();
        overdracht.put("datum", "2027-01-18");
        overdracht.put("team", "Sociaal wijkteam Haarlem-Noord");
        overdracht.put("samenvatting", "Woont zelfstandig; vraag over schulden loopt via het wijkteam.");
        overdracht.put("gezamenlijk", true);
        Api.Antwoord eerste =
                api("begeleider").post("/api/v1/inburgeraars/" + id + "/begeleiding/overdracht", overdracht);
        assertThat(eerste.status()).as(eerste.body()).isEqualTo(200);
        Api.Antwoord tweede =
                api("begeleider").post("/api/v1/inburgeraars/" + id + "/begeleiding/overdracht", overdracht);
        assertThat(tweede.status())
                .as("the same handover again: no error, nothing new")
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_log where inburgeraar_id = ?::uuid"
                                + " and detail = 'begeleiding.overgedragen'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        overdracht.put("team", "Ander team");
        assertThat(api("begeleider")
                        .post("/api/v1/inburgeraars/" + id + "/begeleiding/overdracht", overdracht)
                        .status())
                .as("a different handover after it")
                .isEqualTo(409);
        assertThat(legContactVast(id, contact("2027-01-19", 30, false, null)).status())
                .as("handed over: no more contacts")
                .isEqualTo(409);
        assertThat(termijn(id, "BEGELEIDING_OVERDRACHT").get("status").asString())
                .isEqualTo("VOLDAAN");

        Api.Antwoord pdf = api("begeleider").getBytes("/api/v1/inburgeraars/" + id + "/begeleiding/overdracht.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void eenOverdrachtZonderTeamOfInDeToekomstWordtGeweigerd() {
        clock.zet(LocalDate.of(2027, 1, 20));
        String id = dossier("0392", "2026-01-19");
        wijsToe("consulent", id, demoPartner());
        Map<String, Object> overdracht = new LinkedHashMap<>();
        overdracht.put("datum", "2027-01-21");
        overdracht.put("team", " ");
        assertThat(regels(api("begeleider").post("/api/v1/inburgeraars/" + id + "/begeleiding/overdracht", overdracht)))
                .containsExactlyInAnyOrder("datum T-9", "team T-9");
        assertThat(jdbc.sql("select overdracht_datum is null from begeleiding where inburgeraar_id = ?::uuid")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void nazorgBegintAlsDuoHetVoldoenMeldtEnIsZesMaandenLaterTeDoen() throws Exception {
        clock.zet(LocalDate.of(2026, 5, 20));
        String bsn = TestData.bsn();
        String id = dossier("0392", "2024-03-01", bsn);
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        false, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 10), "Asielstatushouder", null));
        UUID bericht = notificeer("SS106", bsn);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "VERWERKT"
                        .equals(jdbc.sql("select status from duo_notificatie where bericht_id = ?")
                                .param(bericht)
                                .query(String.class)
                                .single()));
        JsonNode nazorg = termijn(id, "NAZORG");
        assertThat(nazorg).as("T-11 on the consultant's list").isNotNull();
        assertThat(nazorg.get("regel").asString()).isEqualTo("T-11");
        assertThat(nazorg.get("uiterlijkeDatum").asString())
                .as("route-na-pip §3(e) scenario 11")
                .isEqualTo("2026-11-20");

        assertThat(api("begeleider")
                        .put("/api/v1/inburgeraars/" + id + "/begeleiding/nazorg", Map.of("gehoudenOp", "2026-05-20"))
                        .status())
                .isEqualTo(403);
        clock.zet(LocalDate.of(2026, 11, 12));
        Map<String, Object> zonderUitkomst = new LinkedHashMap<>();
        zonderUitkomst.put("gehoudenOp", "2026-11-11");
        assertThat(regels(api("consulent").put("/api/v1/inburgeraars/" + id + "/begeleiding/nazorg", zonderUitkomst)))
                .containsExactly("uitkomst T-11");
        Map<String, Object> gehouden = new LinkedHashMap<>(zonderUitkomst);
        gehouden.put("uitkomst", "WERK");
        gehouden.put("toelichting", "Werkt bij een bakkerij");
        Api.Antwoord a = api("consulent").put("/api/v1/inburgeraars/" + id + "/begeleiding/nazorg", gehouden);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().get("nazorg").get("uitkomst").asString()).isEqualTo("WERK");
        assertThat(termijn(id, "NAZORG").get("status").asString()).isEqualTo("VOLDAAN");
    }

    @Test
    void deGemeenteLegtEigenAfrondingVastAlsStartVanDeNazorg() {
        clock.zet(LocalDate.of(2026, 8, 31));
        String id = dossier("0392", "2024-03-01");
        Map<String, Object> eigen = new LinkedHashMap<>();
        eigen.put("voldaanOp", "2026-08-31");
        assertThat(regels(api("consulent").put("/api/v1/inburgeraars/" + id + "/begeleiding/nazorg", eigen)))
                .as("no route running yet (aanmelding)")
                .containsExactly("voldaanOp T-11");
        assertThat(termijn(id, "NAZORG")).isNull();
    }

    private UUID notificeer(String gebeurtenis, String bsn) throws Exception {
        UUID berichtId = UUID.randomUUID();
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(baseUrl() + "/duo/v1/notificaties"))
                .header("Content-Type", "application/json")
                .header("bron", "00000001003214345000")
                .header("doel", "00000001001608650000")
                .header("berichtId", berichtId.toString())
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("duo:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"registratieDatumTijd\":\"2026-05-20T10:15:30+02:00\",\"gebeurtenisId\":\"" + gebeurtenis
                                + "\",\"bsn\":\"" + bsn + "\"}",
                        StandardCharsets.UTF_8))
                .build();
        assertThat(HttpClient.newHttpClient()
                        .send(verzoek, HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(201);
        return berichtId;
    }
}
