package nl.inburgeringsregie.voortgang;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.duo.DuoRoutegegevens;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;
import nl.inburgeringsregie.pip.PipKeuzes.Examenonderdeel;
import nl.inburgeringsregie.pip.VastgesteldPip;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import nl.inburgeringsregie.uren.Urenboek;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16, the route status (ADR 0040; T-13, R-4 to) over real HTTP with the DUO simulator: DUO's exam
 * results of route-na-pip.md scenario 9 (LE passed, LU failed with one free attempt, SC passed below the PIP's level,
 * SP open, KNM passed) give per part done, in progress or missing; PVT and MAP reported to DUO become done and leave
 * the deadline ROUTE_AFRONDEN's list of what is missing; the Z-route counts hours against 800 (participation only for an
 * asielstatushouder, scenario 8); lowering a part to A2 (T-7) makes its A2 pass count; another gemeente 404, the
 * budgetcoach 403.
 */
class RoutestatusApiTest extends IntegrationTest {

    @Autowired
    private DuoSimulator duo;

    @Autowired
    private Routebepaling bepaling;

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void vandaag() {
        clock.zet(LocalDate.of(2026, 11, 25));
    }

    @AfterEach
    void herstel() {
        duo.herstel();
        clock.reset();
    }

    private JsonNode routestatus(String dossier) {
        Api.Antwoord a = api("consulent").get("/api/v1/inburgeraars/" + dossier + "/routestatus");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private static Map<String, JsonNode> eisen(JsonNode status) {
        Map<String, JsonNode> eisen = new LinkedHashMap<>();
        status.get("eisen").forEach(e -> eisen.put(e.get("code").asString(), e));
        return eisen;
    }

    private static Map<String, Object> examen(String onderdeel, String datum, String resultaat, String niveau) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("examendatum", datum);
        e.put("resultaat", resultaat);
        e.put("onderdeel", onderdeel);
        if (niveau != null) {
            e.put("niveau", niveau);
        }
        return e;
    }

    @Test
    void scenario9DeExamensVanDuoPerOnderdeelEnPvtEnMapUitDeMeldingen() {
        String bsn = TestData.bsn();
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(bsn), "B");
        JsonNode leeg = routestatus(dossier);
        assertThat(leeg.get("leerroute").asString()).isEqualTo("B");
        assertThat(eisen(leeg).keySet())
                .as("R-4: the four language exams, KNM, PVT and MAP")
                .containsExactly("EXAMEN_LE", "EXAMEN_LU", "EXAMEN_SC", "EXAMEN_SP", "EXAMEN_KNM", "PVT", "MAP");
        assertThat(eisen(leeg).values().stream().map(e -> e.get("stand").asString()))
                .containsOnly("ONTBREEKT");

        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1), "Asielstatushouder", null));
        duo.zet(
                "/personen/" + bsn + "/examens/resultaten",
                List.of(
                        examen("LE", "2026-11-02", "Geslaagd", "B1"),
                        examen("LU", "2026-11-02", "Gezakt", "B1"),
                        examen("SC", "2026-11-05", "Geslaagd", "A2"),
                        examen("KNM", "2026-11-04", "Geslaagd", null)));
        duo.zet(
                "/personen/" + bsn + "/examens/gratispogingen",
                List.of(Map.of("onderdeel", "LU", "gratisPogingenTegoed", 1)));
        WebSessie consulent = WebSessie.login(baseUrl(), "consulent");
        assertThat(consulent
                        .postMetCsrf(
                                "/inburgeraars/" + dossier + "/duo/vernieuw",
                                Map.of(),
                                "/inburgeraars/" + dossier + "/duo")
                        .statusCode())
                .isEqualTo(302);

        Map<String, JsonNode> eisen = eisen(routestatus(dossier));
        assertThat(eisen.get("EXAMEN_LE").get("stand").asString()).isEqualTo("GEDAAN");
        assertThat(eisen.get("EXAMEN_LE").get("bewijs").asString()).contains("Geslaagd op B1", "02-11-2026");
        assertThat(eisen.get("EXAMEN_LU").get("stand").asString()).isEqualTo("BEZIG");
        assertThat(eisen.get("EXAMEN_LU").get("bewijs").asString()).contains("Gezakt", "Gratis pogingen over: 1");
        assertThat(eisen.get("EXAMEN_SC").get("stand").asString()).isEqualTo("BEZIG");
        assertThat(eisen.get("EXAMEN_SC").get("bewijs").asString()).contains("onder het PIP-niveau B1: telt niet");
        assertThat(eisen.get("EXAMEN_SP").get("stand").asString()).isEqualTo("ONTBREEKT");
        assertThat(eisen.get("EXAMEN_KNM").get("stand").asString()).isEqualTo("GEDAAN");
        JsonNode termijn = TestDossiers.termijn(api("consulent"), dossier, "ROUTE_AFRONDEN");
        assertThat(termijn.get("regel").asString()).isEqualTo("T-13");
        assertThat(termijn.get("uiterlijkeDatum").asString())
                .as("T-3: three years after the dagtekening 20-10-2026")
                .isEqualTo("2029-10-20");
        assertThat(termijn.get("toelichting").asString())
                .as("refreshed from DUO in the same transaction")
                .contains("Examen Luisteren (B1)", "Examen Schrijven (B1)", "Examen Spreken (B1)", "(PVT)", "(MAP)")
                .doesNotContain("Examen Lezen", "Examen KNM");

        // Issue 16's modules: hours followed show the PVT in progress; its afronding makes the melding.
        Api.Antwoord uren = api("consulent")
                .post(
                        "/api/v1/inburgeraars/" + dossier + "/modules/pvt/activiteiten",
                        Map.of("soort", "BIJEENKOMST", "datum", "2026-11-18", "uren", 4));
        assertThat(uren.status()).as(uren.body()).isEqualTo(201);
        assertThat(eisen(routestatus(dossier)).get("PVT").get("stand").asString())
                .isEqualTo("BEZIG");
        assertThat(eisen(routestatus(dossier)).get("PVT").get("bewijs").asString())
                .contains("4 van 12 uur");
        assertThat(eisen(routestatus(dossier)).get("MAP").get("stand").asString())
                .isEqualTo("ONTBREEKT");
        TestDossiers.moduleAfgerond(api("consulent"), dossier, "pvt", LocalDate.of(2026, 11, 20));
        TestDossiers.moduleAfgerond(api("consulent"), dossier, "map", LocalDate.of(2026, 11, 24));
        JsonNode na = routestatus(dossier);
        assertThat(eisen(na).get("PVT").get("bewijs").asString()).contains("20-11-2026");
        assertThat(eisen(na).get("MAP").get("stand").asString()).isEqualTo("GEDAAN");
        assertThat(na.get("volledig").asBoolean()).isFalse();
        assertThat(na.get("ontbreekt").valueStream().map(JsonNode::asString))
                .containsExactly("Examen Luisteren (B1)", "Examen Schrijven (B1)", "Examen Spreken (B1)");
        assertThat(TestDossiers.termijn(api("consulent"), dossier, "ROUTE_AFRONDEN")
                        .get("toelichting")
                        .asString())
                .as("the melding rewrote the deadline")
                .doesNotContain("(PVT)", "(MAP)");

        assertThat(na.get("verlengingsgronden").isEmpty()).isTrue();

        // T-5, DUO's automatic six months: with listening passed too (two of four language exams), KNM, PVT and MAP,
        // once the termijn started 2.5 years ago (21-10-2026 + 30 months = 21-04-2029), not a day before.
        duo.zet(
                "/personen/" + bsn + "/examens/resultaten",
                List.of(
                        examen("LE", "2026-11-02", "Geslaagd", "B1"),
                        examen("LU", "2026-11-20", "Geslaagd", "B1"),
                        examen("KNM", "2026-11-04", "Geslaagd", null)));
        assertThat(consulent
                        .postMetCsrf(
                                "/inburgeraars/" + dossier + "/duo/vernieuw",
                                Map.of(),
                                "/inburgeraars/" + dossier + "/duo")
                        .statusCode())
                .isEqualTo(302);
        // This person was never placed with a provider: the late-offer ground (T-5, ADR 0041) stands beside it.
        clock.zet(LocalDate.of(2029, 4, 20));
        assertThat(routestatus(dossier)
                        .get("verlengingsgronden")
                        .valueStream()
                        .map(g -> g.get("code").asString()))
                .containsExactly("LAAT_AANBOD");
        clock.zet(LocalDate.of(2029, 4, 21));
        JsonNode gronden = routestatus(dossier).get("verlengingsgronden");
        assertThat(gronden.valueStream().map(g -> g.get("code").asString()))
                .containsExactly("AUTOMATISCH", "LAAT_AANBOD");
        JsonNode grond = gronden.get(0);
        assertThat(grond.get("toelichting").asString()).contains("21-04-2029", "DUO beslist", "regel T-5");
        clock.zet(LocalDate.of(2026, 11, 25));

        assertThat(api("consulent.velsen")
                        .get("/api/v1/inburgeraars/" + dossier + "/routestatus")
                        .status())
                .isEqualTo(404);
        assertThat(api("budgetcoach")
                        .get("/api/v1/inburgeraars/" + dossier + "/routestatus")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void deZrouteTeltUrenEnParticipatieAlleenVoorEenAsielstatushouder() {
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(TestData.bsn()), "Z");
        Api.Antwoord uren = api("consulent")
                .post(
                        "/api/v1/inburgeraars/" + dossier + "/intake/uren",
                        Map.of("datum", "2026-10-01", "soort", "PARTICIPATIE", "uren", 6, "omschrijving", "Taalcafé"));
        assertThat(uren.status()).as(uren.body()).isIn(200, 201);
        Map<String, JsonNode> eisen = eisen(routestatus(dossier));
        assertThat(eisen.keySet()).containsExactly("LESUREN", "PARTICIPATIEUREN", "PVT", "MAP", "ZROUTE");
        assertThat(eisen.get("PARTICIPATIEUREN").get("stand").asString()).isEqualTo("BEZIG");
        assertThat(eisen.get("PARTICIPATIEUREN").get("bewijs").asString())
                .as("brede-intake hours count (Besluit art. 3.14)")
                .contains("6 van 800 uur", "nog 794 uur");
        assertThat(eisen.get("LESUREN").get("stand").asString()).isEqualTo("ONTBREEKT");
        assertThat(TestDossiers.termijn(api("consulent"), dossier, "ROUTE_AFRONDEN")
                        .get("toelichting")
                        .asString())
                .contains("Participatie-uren", "Eindgesprek Z-route");

        // Scenario 8, a gezinsmigrant in the Z-route: 800 course hours and the eindgesprek, no participation hours.
        VastgesteldPip.Route z =
                new VastgesteldPip.Route(UUID.randomUUID(), 1, LocalDate.of(2026, 1, 5), Leerroute.Z, null, List.of());
        List<Routebepaling.Eis> gezinsmigrant = bepaling.eisen(new Routebepaling.Feiten(
                z, Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, DuoRoutegegevens.Routegegevens.LEEG, ledger(810, 0)));
        assertThat(gezinsmigrant.stream().map(Routebepaling.Eis::code))
                .containsExactly("LESUREN", "PVT", "MAP", "ZROUTE");
        assertThat(gezinsmigrant.getFirst().stand()).isEqualTo(Routebepaling.Stand.GEDAAN);
        assertThat(gezinsmigrant.getFirst().bewijs()).contains("810 van 800 uur gehaald");
    }

    @Test
    void eenAfgeschaaldOnderdeelTeltOpA2EnGeenResultaatIsBezig() {
        DuoRoutegegevens.Routegegevens duoGegevens = new DuoRoutegegevens.Routegegevens(
                List.of(
                        new DuoRoutegegevens.Examenresultaat("SC", LocalDate.of(2025, 3, 5), "Geslaagd", null, "A2"),
                        new DuoRoutegegevens.Examenresultaat("SP", LocalDate.of(2025, 3, 6), "Geen", "Absent", "B1"),
                        new DuoRoutegegevens.Examenresultaat("LE", LocalDate.of(2025, 2, 1), "Gezakt", null, "B1"),
                        new DuoRoutegegevens.Examenresultaat("LE", LocalDate.of(2025, 4, 1), "Geslaagd", null, "B2")),
                Map.of(),
                null,
                null,
                null,
                List.of(),
                null);
        VastgesteldPip.Route afgeschaald = new VastgesteldPip.Route(
                UUID.randomUUID(),
                2,
                LocalDate.of(2024, 3, 14),
                Leerroute.B,
                Niveau.B1,
                List.of(Examenonderdeel.SCHRIJVEN));
        Map<String, Routebepaling.Eis> eisen = new LinkedHashMap<>();
        bepaling.eisen(new Routebepaling.Feiten(afgeschaald, Doelgroep.ASIELSTATUSHOUDER, duoGegevens, ledger(0, 0)))
                .forEach(e -> eisen.put(e.code(), e));
        assertThat(eisen.get("EXAMEN_SC").stand())
                .as("T-7: lowered to A2, the A2 pass counts")
                .isEqualTo(Routebepaling.Stand.GEDAAN);
        assertThat(eisen.get("EXAMEN_SC").naam()).isEqualTo("Examen Schrijven (A2)");
        assertThat(eisen.get("EXAMEN_SP").stand()).isEqualTo(Routebepaling.Stand.BEZIG);
        assertThat(eisen.get("EXAMEN_SP").bewijs()).contains("Geen resultaat (Absent)");
        assertThat(eisen.get("EXAMEN_LE").stand())
                .as("B2 is above the PIP's B1: it counts, a failed attempt before it does not undo it")
                .isEqualTo(Routebepaling.Stand.GEDAAN);
        assertThat(Routebepaling.volledig(List.copyOf(eisen.values()))).isFalse();

        VastgesteldPip.Route onderwijs = new VastgesteldPip.Route(
                UUID.randomUUID(), 1, LocalDate.of(2024, 3, 14), Leerroute.O, Niveau.B1, List.of());
        List<Routebepaling.Eis> o = bepaling.eisen(new Routebepaling.Feiten(
                onderwijs, Doelgroep.ASIELSTATUSHOUDER, DuoRoutegegevens.Routegegevens.LEEG, ledger(0, 0)));
        assertThat(o.stream().map(Routebepaling.Eis::code))
                .as("R-6: no MAP in the onderwijsroute")
                .containsExactly("TAALSCHAKELTRAJECT", "PVT");
        assertThat(o.getFirst().stand()).isEqualTo(Routebepaling.Stand.ONBEKEND);
        assertThat(Routebepaling.volledig(o))
                .as("what DUO alone sees is never 'done' here")
                .isFalse();
    }

    @Test
    void termijnEindigtBinnenZesMaandenToontWatNogOntbreekt() {
        String consulent = "consulent.r" + UUID.randomUUID().toString().substring(0, 8);
        String hash = jdbc.sql("select password_hash from app_user where username = 'consulent'")
                .query(String.class)
                .single();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                values (?, 'Consulent route', ?, '{CONSULENT}', '{0392}')""").params(consulent, hash).update();
        String dossier = TestDossiers.metVastgesteldPip(api(consulent), TestData.inburgeraar(TestData.bsn()), "B");
        String pad = "/inburgeraars/" + dossier + "/voortgang";

        String nu = WebSessie.login(baseUrl(), consulent)
                .get("/voortgang/termijn-eindigt")
                .body();
        assertThat(nu)
                .as("the termijn ends 20-10-2029, not within six months of 25-11-2026")
                .doesNotContain(pad);

        clock.zet(LocalDate.of(2029, 4, 20));
        String binnen = WebSessie.login(baseUrl(), consulent)
                .get("/voortgang/termijn-eindigt")
                .body();
        assertThat(binnen).contains(pad, "20-10-2029", "Examen Spreken (B1)", "(MAP)");
        assertThat(TestDossiers.termijn(api(consulent), dossier, "ROUTE_AFRONDEN")
                        .get("status")
                        .asString())
                .isEqualTo("BINNENKORT");
        clock.zet(LocalDate.of(2029, 4, 19));
        assertThat(WebSessie.login(baseUrl(), consulent)
                        .get("/voortgang/termijn-eindigt")
                        .body())
                .as("a day more than six months before the last day")
                .doesNotContain(pad);
        clock.zet(LocalDate.of(2029, 11, 1));
        assertThat(WebSessie.login(baseUrl(), consulent)
                        .get("/voortgang/termijn-eindigt")
                        .body())
                .as("the termijn has passed with parts open: still listed")
                .contains(pad);
        assertThat(WebSessie.login(baseUrl(), "consulent.velsen")
                        .get("/voortgang/termijn-eindigt")
                        .body())
                .doesNotContain(pad);
    }

    /**
     * Scenario 7 and R-4's parts, from DUO's own answers as fetched: a granted partial ontheffing caps the Z-route's
     * participation hours (300; 0: none required; an Afwijzing leaves 800) and the eindgesprek asks the same norm; a part
     * DUO released the person from counts as done (an ontheffing always, a vrijstelling at the PIP's level, not below).
     */
    @Test
    void eenGedeeltelijkeOntheffingBeperktDeParticipatieEnVrijgesteldeOnderdelenTellen() {
        String bsn = TestData.bsn();
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(bsn), "Z");
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1), "Asielstatushouder", null));
        for (int dag = 1; dag <= 13; dag++) {
            assertThat(api("consulent")
                            .post(
                                    "/api/v1/inburgeraars/" + dossier + "/intake/uren",
                                    Map.of(
                                            "datum",
                                            LocalDate.of(2026, 9, dag).toString(),
                                            "soort",
                                            "PARTICIPATIE",
                                            "uren",
                                            24))
                            .status())
                    .isEqualTo(200);
        }
        ophalen(bsn, dossier, List.of(ontheffing("Afwijzing", 300)));
        assertThat(eisen(routestatus(dossier))
                        .get("PARTICIPATIEUREN")
                        .get("bewijs")
                        .asString())
                .as("an Afwijzing leaves the norm")
                .contains("312 van 800 uur");
        ophalen(bsn, dossier, List.of(ontheffing("Toekenning", 300)));
        JsonNode participatie = eisen(routestatus(dossier)).get("PARTICIPATIEUREN");
        assertThat(participatie.get("stand").asString()).isEqualTo("GEDAAN");
        assertThat(participatie.get("bewijs").asString())
                .contains("312 van 300 uur", "hoogstens 300 participatie-uren");
        JsonNode balken = api("consulent")
                .get("/api/v1/inburgeraars/" + dossier + "/modules")
                .json()
                .get("zroute");
        assertThat(balken.get(1).get("code").asString()).isEqualTo("PARTICIPATIE");
        assertThat(balken.get(1).get("doel").asInt())
                .as("the progress bar's target is the capped norm")
                .isEqualTo(300);
        assertThat(balken.get(1).get("procent").asInt()).isEqualTo(100);
        assertThat(balken.get(0).get("procent").asInt())
                .as("no course hours yet")
                .isZero();
        Map<String, Object> body = new HashMap<>();
        body.put("datum", "2026-11-24");
        body.put("voldoendeIngezet", false);
        body.put("motivering", "Lessen nog niet af.");
        Api.Antwoord eindgesprek =
                api("consulent").post("/api/v1/inburgeraars/" + dossier + "/zroute-eindgesprekken", body);
        assertThat(eindgesprek.body())
                .as("the eindgesprek asks the same capped norm: only the course hours are missing")
                .contains("lesuren")
                .doesNotContain("participatie-uren");
        ophalen(bsn, dossier, List.of(ontheffing("Toekenning", 0)));
        assertThat(eisen(routestatus(dossier))
                        .get("PARTICIPATIEUREN")
                        .get("bewijs")
                        .asString())
                .contains("312 van 0 uur");

        VastgesteldPip.Route b1 = new VastgesteldPip.Route(
                UUID.randomUUID(), 1, LocalDate.of(2026, 1, 5), Leerroute.B, Niveau.B1, List.of());
        DuoRoutegegevens.Routegegevens vrij = new DuoRoutegegevens.Routegegevens(
                List.of(),
                Map.of(),
                null,
                null,
                null,
                List.of(
                        new DuoRoutegegevens.Examenvrijstelling(
                                "SP", "ONTHEFFING", "MED", null, LocalDate.of(2026, 5, 1)),
                        new DuoRoutegegevens.Examenvrijstelling(
                                "LE", "VRIJSTELLING", "GED", "B1", LocalDate.of(2026, 5, 2)),
                        new DuoRoutegegevens.Examenvrijstelling(
                                "LU", "VRIJSTELLING", "GED", "A2", LocalDate.of(2026, 5, 3))),
                null);
        Map<String, Routebepaling.Eis> eisen = new LinkedHashMap<>();
        bepaling.eisen(new Routebepaling.Feiten(b1, Doelgroep.ASIELSTATUSHOUDER, vrij, ledger(0, 0)))
                .forEach(e -> eisen.put(e.code(), e));
        assertThat(eisen.get("EXAMEN_SP").stand()).isEqualTo(Routebepaling.Stand.GEDAAN);
        assertThat(eisen.get("EXAMEN_SP").bewijs()).contains("Ontheffing van DUO", "MED", "01-05-2026");
        assertThat(eisen.get("EXAMEN_LE").stand()).isEqualTo(Routebepaling.Stand.GEDAAN);
        assertThat(eisen.get("EXAMEN_LU").stand())
                .as("a vrijstelling at A2 does not meet the PIP's B1")
                .isEqualTo(Routebepaling.Stand.ONTBREEKT);
    }

    private static Map<String, Object> ontheffing(String oordeel, int uren) {
        return Map.of(
                "GedeeltelijkeOntheffing",
                Map.of(
                        "oordeel",
                        oordeel,
                        "datumOordeel",
                        "2026-10-01",
                        "grond",
                        "MED",
                        "urenBelastbaarheidParticipatieactiviteit",
                        uren));
    }

    /** DUO's ontheffingen as DUO answers them, fetched as the consultant does on the DUO page. */
    private void ophalen(String bsn, String dossier, List<Map<String, Object>> ontheffingen) {
        duo.zet("/personen/" + bsn + "/ontheffingen", ontheffingen);
        assertThat(WebSessie.login(baseUrl(), "consulent")
                        .postMetCsrf(
                                "/inburgeraars/" + dossier + "/duo/vernieuw",
                                Map.of(),
                                "/inburgeraars/" + dossier + "/duo")
                        .statusCode())
                .isEqualTo(302);
    }

    private static Urenboek.Urenoverzicht ledger(int lesuren, int participatie) {
        return new Urenboek.Urenoverzicht(
                UUID.randomUUID(),
                List.of(),
                BigDecimal.ZERO,
                List.of(
                        new Urenboek.Doel("LESUREN", BigDecimal.valueOf(lesuren), 800, "R-5", 0),
                        new Urenboek.Doel("PARTICIPATIE", BigDecimal.valueOf(participatie), 800, "R-5", 0),
                        new Urenboek.Doel("NT2_KEURMERK", BigDecimal.ZERO, 600, "T-7", 0)));
    }
}
