package nl.inburgeringsregie.handhaving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.privacy.Persoonsgegevens;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18, first slice (ADR 0043; H-1 to H-6) over real HTTP: from a missed voortgangsgesprek to a boete with bezwaar,
 * every step dated and by whom; each refusal naming field and rule (a non-fineable onderdeel, above the maximum or the
 * verordening, without verwijtbaarheid, the first missed intake, a Participatiewet maatregel, the zienswijze period
 * still running, without or with one's own approval, the burden threshold without a reason) or the state (a step out of
 * order, a second click); the stepped amounts; another gemeente 404, roles without the right 403.
 */
class HandhavingApiTest extends IntegrationTest {

    /** A Friday: 14 days later is eerste Kerstdag, so the zienswijze period runs to Monday 28-12 (Atw, T-14). */
    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 11);

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private HandhavingGegevens gegevens;

    @BeforeEach
    void vandaag() {
        clock.zet(VANDAAG);
    }

    @AfterEach
    void herstel() {
        clock.reset();
    }

    private static Map<String, Object> gedraging(String soort, String onderdeel, String datum) {
        return gedraging(soort, onderdeel, datum, UUID.randomUUID().toString());
    }

    private static Map<String, Object> gedraging(String soort, String onderdeel, String datum, String gesprek) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gedraging", soort);
        body.put("onderdeel", onderdeel);
        body.put("datumGedraging", datum);
        body.put("omschrijving", "Niet verschenen zonder bericht.");
        body.put(
                "bewijs",
                List.of(Map.of(
                        "soort", "VOORTGANGSGESPREK",
                        "referentie", gesprek,
                        "omschrijving", "Voortgangsgesprek, niet aanwezig")));
        return body;
    }

    private Api.Antwoord nieuw(String gebruiker, String dossier, Map<String, Object> body) {
        return api(gebruiker).post("/api/v1/inburgeraars/" + dossier + "/handhavingszaken", body);
    }

    private String zaak(String dossier, String soort, String onderdeel, String datum) {
        Api.Antwoord a = nieuw("consulent", dossier, gedraging(soort, onderdeel, datum));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("status").asString()).isEqualTo("SIGNAAL");
        return a.json().get("id").asString();
    }

    private Api.Antwoord stap(String gebruiker, String zaak, String stap, Object body) {
        return api(gebruiker).post("/api/v1/handhavingszaken/" + zaak + "/" + stap, body);
    }

    private JsonNode ok(Api.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
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

    /** A step the case's status does not allow, or a step twice: 400 naming the status and rule H-1 (issue 18). */
    private static void conflict(Api.Antwoord a, String status) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.body()).contains("\"name\":\"status\"");
        assertThat(a.body()).contains(status).contains("H-1");
    }

    /** Waarschuwing and verwijtbaar: ready for the voornemen. */
    private void verwijtbaar(String zaak) {
        ok(stap("consulent", zaak, "waarschuwing", Map.of("toelichting", "Brief verstuurd")));
        ok(stap("consulent", zaak, "verwijtbaarheid", Map.of("verwijtbaar", true)));
    }

    @Test
    void vanEenGemistGesprekTotEenBoeteMetBezwaarEnDeTweedeKeerHetHogereBedrag() {
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(TestData.bsn()), "B");
        // The no-show as module voortgang records it; the case refers to it by its id.
        Api.Antwoord gesprek = api("consulent")
                .post(
                        "/api/v1/inburgeraars/" + dossier + "/voortgangsgesprekken",
                        Map.of("datum", "2026-12-07", "aanwezig", false));
        assertThat(gesprek.status()).as(gesprek.body()).isEqualTo(201);
        String gesprekId = gesprek.json().get("id").asString();
        Api.Antwoord signaal =
                nieuw("consulent", dossier, gedraging("PIP_NIET_MEEWERKEN", null, "2026-12-07", gesprekId));
        assertThat(signaal.status()).as(signaal.body()).isEqualTo(201);
        assertThat(signaal.json().get("bewijs").get(0).get("referentie").asString())
                .isEqualTo(gesprekId);
        String zaak = signaal.json().get("id").asString();

        conflict(stap("consulent", zaak, "voornemen", Map.of()), "SIGNAAL");
        conflict(stap("consulent", zaak, "besluit", Map.of("uitkomst", "BOETE")), "SIGNAAL");
        JsonNode gewaarschuwd = ok(stap("consulent", zaak, "waarschuwing", Map.of("toelichting", "Brief verstuurd")));
        assertThat(gewaarschuwd.get("status").asString()).isEqualTo("WAARSCHUWING");
        conflict(stap("consulent", zaak, "waarschuwing", Map.of()), "WAARSCHUWING");

        assertThat(regels(stap("consulent", zaak, "voornemen", Map.of())))
                .as("no voornemen without the verwijtbaarheid assessed")
                .containsExactly("verwijtbaar H-1");
        ok(stap("consulent", zaak, "verwijtbaarheid", Map.of("verwijtbaar", true)));
        assertThat(regels(stap("consulent", zaak, "voornemen", Map.of("bedrag", 900))))
                .containsExactly("bedrag H-3");
        assertThat(regels(stap("consulent", zaak, "voornemen", Map.of("bedrag", 300))))
                .as("above the verordening's first step")
                .containsExactly("bedrag H-3");
        assertThat(regels(stap("consulent", zaak, "voornemen", Map.of("bedrag", 200))))
                .as("lower without a reason")
                .containsExactly("bedragReden H-1");
        assertThat(jdbc.sql("select count(*) from handhavingsstap where zaak_id = ?::uuid and stap = 'VOORNEMEN'")
                        .param(zaak)
                        .query(Integer.class)
                        .single())
                .as("nothing stored by a refusal")
                .isZero();

        JsonNode voornemen = ok(stap("consulent", zaak, "voornemen", Map.of()));
        assertThat(voornemen.get("status").asString()).isEqualTo("VOORNEMEN");
        assertThat(voornemen.get("bedrag").decimalValue()).isEqualByComparingTo("250");
        assertThat(voornemen.get("herhaling").asInt()).isEqualTo(1);
        assertThat(voornemen.get("zienswijzeTot").asString())
                .as("11-12 + 14 days is eerste Kerstdag; then tweede Kerstdag and a Sunday (Atw)")
                .isEqualTo("2026-12-28");
        assertThat(voornemen.get("bovenDrempel").asBoolean()).isFalse();
        assertThat(voornemen.get("boetelast").decimalValue()).isEqualByComparingTo("250");
        conflict(stap("consulent", zaak, "voornemen", Map.of()), "VOORNEMEN");
        JsonNode termijn = TestDossiers.termijn(api("consulent"), dossier, "HANDHAVING_ZIENSWIJZE");
        assertThat(termijn.get("uiterlijkeDatum").asString()).isEqualTo("2026-12-28");
        assertThat(termijn.get("regel").asString()).isEqualTo("H-1");

        assertThat(regels(stap("consulent", zaak, "besluit", Map.of("uitkomst", "BOETE"))))
                .as("the zienswijze period runs and none was received")
                .contains("zienswijzeTot H-1");
        assertThat(api("teamleider")
                        .get("/api/v1/handhavingszaken?wachtOpGoedkeuring=true")
                        .json()
                        .findValuesAsString("id"))
                .contains(zaak);
        assertThat(api("consulent")
                        .get("/api/v1/handhavingszaken?wachtOpGoedkeuring=true")
                        .status())
                .isEqualTo(403);

        assertThat(regels(stap("consulent", zaak, "zienswijze", Map.of()))).containsExactly("zienswijze H-1");
        ok(stap("consulent", zaak, "zienswijze", Map.of("zienswijze", "Ik was de afspraak vergeten.")));
        assertThat(regels(stap("consulent", zaak, "besluit", Map.of("uitkomst", "BOETE"))))
                .as("four eyes: not without the team lead's approval")
                .containsExactly("goedkeuring H-1");
        assertThat(stap("consulent", zaak, "goedkeuring", Map.of()).status())
                .as("a consultant cannot approve")
                .isEqualTo(403);
        JsonNode goedgekeurd = ok(stap("teamleider", zaak, "goedkeuring", Map.of()));
        assertThat(goedgekeurd.get("goedgekeurdDoor").asString()).isEqualTo("teamleider");
        conflict(stap("teamleider", zaak, "goedkeuring", Map.of()), "ZIENSWIJZE");
        assertThat(api("teamleider")
                        .get("/api/v1/handhavingszaken?wachtOpGoedkeuring=true")
                        .json()
                        .findValuesAsString("id"))
                .doesNotContain(zaak);

        JsonNode boete = ok(stap("consulent", zaak, "besluit", Map.of("uitkomst", "BOETE")));
        assertThat(boete.get("status").asString()).isEqualTo("BOETE");
        assertThat(boete.get("besluitDatum").asString()).isEqualTo("2026-12-11");
        assertThat(boete.get("bezwaarTot").asString()).as("6 weeks, a Friday").isEqualTo("2027-01-22");
        conflict(stap("consulent", zaak, "besluit", Map.of("uitkomst", "AFGEZIEN", "reden", "x")), "BOETE");
        assertThat(TestDossiers.termijn(api("consulent"), dossier, "HANDHAVING_BEZWAAR")
                        .get("uiterlijkeDatum")
                        .asString())
                .isEqualTo("2027-01-22");
        assertThat(TestDossiers.termijn(api("consulent"), dossier, "HANDHAVING_ZIENSWIJZE")
                        .get("status")
                        .asString())
                .isEqualTo("VOLDAAN");

        conflict(stap("consulent", zaak, "beslissing-op-bezwaar", Map.of("gegrond", false)), "BOETE");
        ok(stap("consulent", zaak, "bezwaar", Map.of("toelichting", "Bezwaarschrift ontvangen")));
        assertThat(regels(stap("consulent", zaak, "beslissing-op-bezwaar", Map.of())))
                .containsExactly("gegrond H-1");
        JsonNode beslist = ok(stap("consulent", zaak, "beslissing-op-bezwaar", Map.of("gegrond", false)));
        assertThat(beslist.get("status").asString()).isEqualTo("BESLISSING_OP_BEZWAAR");
        assertThat(beslist.get("bezwaarGegrond").asBoolean()).isFalse();
        conflict(stap("consulent", zaak, "beslissing-op-bezwaar", Map.of("gegrond", true)), "BESLISSING_OP_BEZWAAR");
        JsonNode stappen = beslist.get("stappen");
        assertThat(stappen.findValuesAsString("stap"))
                .containsExactly(
                        "WAARSCHUWING",
                        "VERWIJTBAARHEID",
                        "VOORNEMEN",
                        "ZIENSWIJZE",
                        "GOEDKEURING",
                        "BESLUIT",
                        "BEZWAAR",
                        "BESLISSING_OP_BEZWAAR");
        assertThat(stappen.findValuesAsString("vastgelegdDoor")).containsOnly("consulent", "teamleider");
        assertThat(stappen.findValuesAsString("datum")).containsOnly("2026-12-11");
        assertThat(jdbc.sql("""
                                select count(*) from audit_log where inburgeraar_id = ?::uuid
                                and action = 'GEWIJZIGD' and detail like 'handhavingszaak.%'""").param(dossier).query(Integer.class).single())
                .as("the signaal and the eight steps, audited")
                .isEqualTo(9);

        // H-4 the other way round: a maatregel after the boete is kept, with a warning for the Participatiewet team.
        JsonNode maatregel = ok(stap(
                "consulent",
                zaak,
                "participatiewet-maatregel",
                Map.of("datum", "2026-12-10", "percentage", 100, "duurMaanden", 1)));
        assertThat(maatregel.get("meldingen").toString()).contains("H-4");

        // The same gedraging again: one case per gedraging.
        Api.Antwoord dubbel = nieuw("consulent", dossier, gedraging("PIP_NIET_MEEWERKEN", null, "2026-12-07"));
        assertThat(dubbel.status()).as(dubbel.body()).isEqualTo(400);
        assertThat(dubbel.body()).contains("H-4");

        // The second breach of the same obligation: the verordening's second step.
        String tweede = zaak(dossier, "PIP_NIET_MEEWERKEN", null, "2026-12-09");
        verwijtbaar(tweede);
        JsonNode tweedeVoornemen = ok(stap("consulent", tweede, "voornemen", Map.of()));
        assertThat(tweedeVoornemen.get("herhaling").asInt()).isEqualTo(2);
        assertThat(tweedeVoornemen.get("bedrag").decimalValue()).isEqualByComparingTo("500");
        assertThat(tweedeVoornemen.get("boetelast").decimalValue())
                .as("the standing boete of 250 and this 500")
                .isEqualByComparingTo("750");
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + dossier + "/handhavingszaken")
                        .json()
                        .size())
                .isEqualTo(2);

        // The inzage export (AVG art. 15) holds the cases, their evidence and steps.
        Map<String, List<Map<String, Object>>> inzage =
                gegevens.van(new Persoonsgegevens.Persoon(UUID.fromString(dossier), "0392", null));
        assertThat(inzage.get("handhavingszaak")).hasSize(2);
        assertThat(inzage.get("handhavingsbewijs").toString()).contains(gesprekId);
        assertThat(inzage.get("handhavingsstap")).hasSize(8 + 1 + 3);

        // Another gemeente: 404, as for a case that does not exist; a role without the dossier right: 403.
        assertThat(api("consulent.velsen")
                        .get("/api/v1/handhavingszaken/" + zaak)
                        .status())
                .isEqualTo(404);
        assertThat(stap("consulent.velsen", tweede, "zienswijze", Map.of("zienswijze", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(nieuw("consulent.velsen", dossier, gedraging("PIP_NIET_MEEWERKEN", null, "2026-12-01"))
                        .status())
                .isEqualTo(404);
        assertThat(api("consulent")
                        .get("/api/v1/handhavingszaken/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(api("budgetcoach").get("/api/v1/handhavingszaken/" + zaak).status())
                .isEqualTo(403);
        assertThat(api("budgetcoach")
                        .get("/api/v1/inburgeraars/" + dossier + "/handhavingszaken")
                        .status())
                .isEqualTo(403);
        assertThat(api("budgetcoach")
                        .get("/api/v1/inburgeraars/" + dossier + "/schulden")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void alleenDeOnderdelenVanDeWetInburgeringEnGeenDatumInDeToekomst() {
        String zonderPip =
                TestDossiers.registreer(api("consulent"), TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        assertThat(regels(nieuw("consulent", zonderPip, gedraging("ONDERDEEL_NIET_NAGEKOMEN", "KNM", "2026-12-01"))))
                .as("no PIP, no onderdeel to comply with")
                .containsExactly("onderdeel H-3");
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(TestData.bsn()), "B");
        Api.Antwoord participatie =
                nieuw("consulent", dossier, gedraging("ONDERDEEL_NIET_NAGEKOMEN", "PARTICIPATIE", "2026-12-01"));
        assertThat(regels(participatie)).containsExactly("onderdeel H-3");
        assertThat(participatie.body()).contains("Participatiewet");
        assertThat(regels(
                        nieuw("consulent", dossier, gedraging("ONDERDEEL_NIET_NAGEKOMEN", "ONTZORGEN", "2026-12-01"))))
                .containsExactly("onderdeel H-3");
        assertThat(regels(nieuw("consulent", dossier, gedraging("ONDERDEEL_NIET_NAGEKOMEN", null, "2026-12-01"))))
                .containsExactly("onderdeel H-3");
        assertThat(regels(nieuw("consulent", dossier, gedraging("PIP_NIET_MEEWERKEN", "KNM", "2026-12-01"))))
                .containsExactly("onderdeel H-3");
        assertThat(regels(nieuw("consulent", dossier, gedraging("PIP_NIET_MEEWERKEN", null, "2026-12-12"))))
                .as("tomorrow")
                .containsExactly("datumGedraging H-1");
        Map<String, Object> leeg = gedraging("PIP_NIET_MEEWERKEN", null, "2026-12-01");
        leeg.put("omschrijving", " ");
        leeg.put("bewijs", List.of(Map.of("referentie", "abc")));
        assertThat(regels(nieuw("consulent", dossier, leeg)))
                .containsExactlyInAnyOrder("omschrijving H-1", "bewijs[0].soort H-1");
        assertThat(jdbc.sql("select count(*) from handhavingszaak where inburgeraar_id in (?::uuid, ?::uuid)")
                        .params(dossier, zonderPip)
                        .query(Integer.class)
                        .single())
                .isZero();

        String knm = zaak(dossier, "ONDERDEEL_NIET_NAGEKOMEN", "KNM", "2026-12-01");
        JsonNode gelezen =
                api("consulent").get("/api/v1/handhavingszaken/" + knm).json();
        assertThat(gelezen.get("onderdeel").asString()).isEqualTo("KNM");
        assertThat(gelezen.get("bewijs").get(0).get("soort").asString()).isEqualTo("VOORTGANGSGESPREK");
        assertThat(gelezen.get("mogelijk").toString()).contains("waarschuwing").doesNotContain("voornemen");
    }

    @Test
    void deBredeIntakeEersteKeerAlleenEenWaarschuwingDanTweeKeerDeVerordening() {
        String dossier =
                TestDossiers.registreer(api("consulent"), TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        String eerste = zaak(dossier, "BREDE_INTAKE_NIET_VERSCHENEN", null, "2026-11-02");
        verwijtbaar(eerste);
        assertThat(regels(stap("consulent", eerste, "voornemen", Map.of())))
                .as("H-2: the first missed invitation gets a warning only")
                .containsExactly("gedraging H-2");
        String tweede = zaak(dossier, "BREDE_INTAKE_NIET_VERSCHENEN", null, "2026-11-16");
        verwijtbaar(tweede);
        JsonNode v2 = ok(stap("consulent", tweede, "voornemen", Map.of()));
        assertThat(v2.get("bedrag").decimalValue()).isEqualByComparingTo("250");
        assertThat(v2.get("herhaling").asInt()).isEqualTo(2);
        String derde = zaak(dossier, "BREDE_INTAKE_NIET_VERSCHENEN", null, "2026-11-30");
        verwijtbaar(derde);
        JsonNode v3 = ok(stap("consulent", derde, "voornemen", Map.of()));
        assertThat(v3.get("bedrag").decimalValue()).isEqualByComparingTo("250");
        assertThat(v3.get("herhaling").asInt()).isEqualTo(3);
    }

    @Test
    void nietVerwijtbaarSluitDeZaakEnEenMaatregelBlokkeertDeBoete() {
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(TestData.bsn()), "B");
        String ziek = zaak(dossier, "ONDERDEEL_NIET_NAGEKOMEN", "LEERROUTE", "2026-12-02");
        ok(stap("consulent", ziek, "waarschuwing", Map.of()));
        assertThat(regels(stap("consulent", ziek, "verwijtbaarheid", Map.of("verwijtbaar", false))))
                .containsExactly("reden H-1");
        JsonNode afgezien = ok(stap(
                "consulent",
                ziek,
                "verwijtbaarheid",
                Map.of("verwijtbaar", false, "reden", "ZIEKTE", "toelichting", "Opgenomen in het ziekenhuis")));
        assertThat(afgezien.get("status").asString()).isEqualTo("AFGEZIEN");
        assertThat(afgezien.get("besluit").asString()).isEqualTo("AFGEZIEN");
        conflict(stap("consulent", ziek, "voornemen", Map.of()), "AFGEZIEN");

        String pw = zaak(dossier, "ONDERDEEL_NIET_NAGEKOMEN", "LEERROUTE", "2026-12-03");
        verwijtbaar(pw);
        assertThat(regels(stap("consulent", pw, "participatiewet-maatregel", Map.of("percentage", 0))))
                .containsExactlyInAnyOrder("datum H-4", "percentage H-4", "duurMaanden H-4");
        JsonNode maatregel = ok(stap(
                "consulent",
                pw,
                "participatiewet-maatregel",
                Map.of("datum", "2026-12-04", "percentage", 100, "duurMaanden", 1)));
        assertThat(maatregel.get("meldingen").toString()).contains("H-4");
        assertThat(maatregel.get("participatiewetMaatregel").get("percentage").asInt())
                .isEqualTo(100);
        assertThat(regels(stap("consulent", pw, "voornemen", Map.of())))
                .as("no double sanction")
                .containsExactly("participatiewetMaatregel H-4");
        conflict(
                stap(
                        "consulent",
                        pw,
                        "participatiewet-maatregel",
                        Map.of("datum", "2026-12-04", "percentage", 100, "duurMaanden", 1)),
                "WAARSCHUWING");
    }

    @Test
    void deBoetelastBovenDeDrempelVraagtDeRedenVanEenAndereTeamleider() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("doelgroep", "Gezinsmigrant en overige migrant");
        body.put("gedetailleerdeDoelgroep", "Gezinsvormer");
        String dossier = TestDossiers.registreer(api("consulent"), body);
        Api.Antwoord duo = api("consulent")
                .post(
                        "/api/v1/inburgeraars/" + dossier + "/schulden",
                        Map.of("soort", "DUO_BOETE", "bedrag", 340, "datum", "2026-10-01", "omschrijving", "PVT"));
        assertThat(duo.status()).as(duo.body()).isEqualTo(201);
        assertThat(duo.json().path("waarschuwing").isNull()
                        || duo.json().path("waarschuwing").isMissingNode())
                .as("a gezinsmigrant can have a DUO fine")
                .isTrue();
        assertThat(api("consulent")
                        .post(
                                "/api/v1/inburgeraars/" + dossier + "/schulden",
                                Map.of("soort", "DUO_BOETE", "bedrag", 500, "datum", "2026-11-01"))
                        .status())
                .isEqualTo(201);
        assertThat(api("consulent")
                        .post(
                                "/api/v1/inburgeraars/" + dossier + "/schulden",
                                Map.of("soort", "DUO_LENING", "bedrag", 3000, "datum", "2026-06-01"))
                        .status())
                .isEqualTo(201);
        assertThat(regels(api("consulent")
                        .post(
                                "/api/v1/inburgeraars/" + dossier + "/schulden",
                                Map.of("soort", "OVERIG", "bedrag", -5, "datum", "2026-12-12"))))
                .containsExactlyInAnyOrder("bedrag H-6", "datum H-6");
        JsonNode last = api("consulent")
                .get("/api/v1/inburgeraars/" + dossier + "/schulden")
                .json()
                .get("last");
        assertThat(last.get("duoBoetes").decimalValue()).isEqualByComparingTo("840");
        assertThat(last.get("duoLening").decimalValue()).isEqualByComparingTo("3000");
        assertThat(last.get("totaal").decimalValue()).isEqualByComparingTo("3840");
        assertThat(last.get("bovenDrempel").asBoolean()).isFalse();

        // The team lead makes the voornemen: the fines burden 840 + 250 = 1090 is above the threshold of 1000.
        Api.Antwoord zaakAntwoord = nieuw("teamleider", dossier, gedraging("PIP_NIET_MEEWERKEN", null, "2026-12-01"));
        assertThat(zaakAntwoord.status()).as(zaakAntwoord.body()).isEqualTo(201);
        String zaak = zaakAntwoord.json().get("id").asString();
        ok(stap("teamleider", zaak, "waarschuwing", Map.of()));
        ok(stap("teamleider", zaak, "verwijtbaarheid", Map.of("verwijtbaar", true)));
        JsonNode voornemen = ok(stap("teamleider", zaak, "voornemen", Map.of()));
        assertThat(voornemen.get("boetelast").decimalValue()).isEqualByComparingTo("1090");
        assertThat(voornemen.get("bovenDrempel").asBoolean()).isTrue();
        ok(stap("teamleider", zaak, "zienswijze", Map.of("zienswijze", "Geen geld.")));
        assertThat(regels(stap("teamleider", zaak, "goedkeuring", Map.of("reden", "Akkoord"))))
                .as("four eyes: not one's own voornemen")
                .containsExactly("goedkeuring H-1");

        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                select 'teamleider.twee', 'Teamleider Twee', password_hash, '{TEAMLEIDER}', '{0392}'
                from app_user where username = 'teamleider' on conflict do nothing""").update();
        assertThat(regels(stap("teamleider.twee", zaak, "goedkeuring", Map.of())))
                .as("above the threshold: the team lead's decision with a reason")
                .containsExactly("reden H-6");
        JsonNode goedgekeurd =
                ok(stap("teamleider.twee", zaak, "goedkeuring", Map.of("reden", "Laagste stap, besproken")));
        assertThat(goedgekeurd.get("goedkeuringReden").asString()).isEqualTo("Laagste stap, besproken");
        assertThat(goedgekeurd.get("goedgekeurdDoor").asString()).isEqualTo("teamleider.twee");
    }

    @Test
    void eenDuoBoeteVoorEenAsielstatushouderWordtBewaardMetEenWaarschuwing() {
        String dossier =
                TestDossiers.registreer(api("consulent"), TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        Api.Antwoord a = api("consulent")
                .post(
                        "/api/v1/inburgeraars/" + dossier + "/schulden",
                        Map.of("soort", "DUO_BOETE", "bedrag", 340, "datum", "2026-10-01"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("waarschuwing").asString()).contains("H-5").contains("asielstatushouders");
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + dossier + "/schulden")
                        .json()
                        .get("schulden")
                        .size())
                .isEqualTo(1);
    }
}
