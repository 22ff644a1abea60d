package nl.inburgeringsregie.pip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The PIP through the API: drafted from the intake, refused combinations, vaststellen, versions, schakelen, afschalen. */
class PipApiTest extends IntegrationTest {

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    private final Api consulent() {
        return api("consulent");
    }

    /** A statushouder housed on 2026-09-15 after notice on 2026-09-01, with a B1-route decision in the intake. */
    private String dossierMetRoute(String route) {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("datumKennisgeving", "2026-09-01");
        body.put("datumHuisvesting", "2026-09-15");
        String id = consulent()
                .post("/api/v1/inburgeraars", body)
                .header("Location")
                .replaceAll(".*/", "");
        Api.Antwoord intake = consulent()
                .put(
                        "/api/v1/inburgeraars/" + id + "/intake",
                        Map.of("routebesluit", Map.of("leerroute", route, "reden", "Besproken met de inburgeraar")));
        assertThat(intake.status()).as(intake.body()).isEqualTo(200);
        return id;
    }

    private JsonNode concept(String dossier) {
        Api.Antwoord antwoord = consulent().post("/api/v1/inburgeraars/" + dossier + "/pips", Map.of());
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        return antwoord.json();
    }

    private static List<String> velden(Api.Antwoord antwoord) {
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        List<String> namen = new ArrayList<>();
        antwoord.json()
                .get("invalidParams")
                .forEach(p -> namen.add(
                        p.get("name").asString() + "/" + p.get("regel").asString()));
        return namen;
    }

    private static Map<String, Object> inhoud(JsonNode pip) {
        Map<String, Object> inhoud = new HashMap<>(Api.JSON.readValue(pip.toString(), Map.class));
        inhoud.put("versie", pip.get("versie").asInt());
        return inhoud;
    }

    private JsonNode vastgesteld(String dossier, String dagtekening) {
        JsonNode pip = concept(dossier);
        Api.Antwoord vast = consulent()
                .post(
                        "/api/v1/pips/" + pip.get("id").asString() + "/vaststelling",
                        Map.of("dagtekeningPip", dagtekening));
        assertThat(vast.status()).as(vast.body()).isEqualTo(200);
        return vast.json();
    }

    @Test
    void hetConceptVolgtHetRoutebesluitMetDeStandaardafspraken() {
        JsonNode pip = concept(dossierMetRoute("B"));
        assertThat(pip.get("status").asString()).isEqualTo("CONCEPT");
        assertThat(pip.get("versienummer").asInt()).isEqualTo(1);
        assertThat(pip.get("leerroute").asString()).isEqualTo("B");
        assertThat(pip.get("niveau").asString()).isEqualTo("B1");
        List<String> onderdelen = new ArrayList<>();
        pip.get("afspraken").forEach(a -> onderdelen.add(a.get("onderdeel").asString()));
        assertThat(onderdelen).containsExactly("LEERROUTE", "KNM", "PVT", "MAP", "MAATSCHAPPELIJKE_BEGELEIDING");
        assertThat(pip.get("afspraken").get(2).get("uren").asInt()).isEqualTo(12);
    }

    @Test
    void combinatiesDieDuoWeigertWordenMetDeRegelGeweigerd() {
        JsonNode pip = concept(dossierMetRoute("B"));
        String pad = "/api/v1/pips/" + pip.get("id").asString();
        Map<String, Object> inhoud = inhoud(pip);
        inhoud.put("niveau", "A2");
        assertThat(velden(consulent().put(pad, inhoud))).containsExactly("niveau/R-2");
        inhoud.put("leerroute", "O");
        assertThat(velden(consulent().put(pad, inhoud))).contains("niveau/R-2", "afspraken[3].onderdeel/R-6");
        inhoud.put("leerroute", "Z");
        inhoud.put("niveau", "B1");
        assertThat(velden(consulent().put(pad, inhoud))).contains("niveau/R-2");
        inhoud.put("leerroute", "B");
        List<Map<String, Object>> afspraken = new ArrayList<>((List<Map<String, Object>>) inhoud.get("afspraken"));
        Map<String, Object> pvt = new HashMap<>(afspraken.get(2));
        pvt.put("uren", 8);
        afspraken.set(2, pvt);
        afspraken.add(Map.of(
                "onderdeel",
                "PARTICIPATIE",
                "eigenaar",
                "INBURGERAAR",
                "omschrijving",
                "Vrijwilligerswerk",
                "frequentie",
                "wekelijks",
                "handhaafbaar",
                true));
        inhoud.put("afspraken", afspraken);
        assertThat(velden(consulent().put(pad, inhoud)))
                .containsExactlyInAnyOrder("afspraken[2].uren/R-7", "afspraken[5].handhaafbaar/H-3");
    }

    @Test
    void vaststellenToetstDeDagtekeningEnZetHetDossierEnDeTermijnDoor() {
        String dossier = dossierMetRoute("B");
        JsonNode pip = concept(dossier);
        String pad = "/api/v1/pips/" + pip.get("id").asString() + "/vaststelling";
        assertThat(velden(consulent().post(pad, Map.of("dagtekeningPip", "2026-09-10"))))
                .containsExactly("dagtekeningPip/P-4");
        assertThat(velden(consulent()
                        .post(
                                pad,
                                Map.of(
                                        "dagtekeningPip",
                                        LocalDate.now(clock).plusDays(1).toString()))))
                .contains("dagtekeningPip/P-4");
        Api.Antwoord vast = consulent().post(pad, Map.of("dagtekeningPip", "2026-10-20"));
        assertThat(vast.status()).as(vast.body()).isEqualTo(200);
        assertThat(vast.json().get("status").asString()).isEqualTo("VASTGESTELD");

        JsonNode d = consulent().get("/api/v1/inburgeraars/" + dossier).json();
        assertThat(d.get("fase").asString()).isEqualTo("INBURGERING");
        assertThat(d.get("voortgang").get("dagtekeningPip").asString()).isEqualTo("2026-10-20");
        JsonNode termijnen = consulent()
                .get("/api/v1/inburgeraars/" + dossier + "/termijnen")
                .json();
        JsonNode termijn = termijnen.get(2);
        assertThat(termijn.get("soort").asString()).isEqualTo("INBURGERINGSTERMIJN");
        assertThat(termijn.get("startdatum").asString()).isEqualTo("2026-10-21");
        assertThat(termijnen.get(1).get("status").asString())
                .as("PIP_VASTSTELLEN")
                .isEqualTo("VOLDAAN");
        JsonNode journaal =
                consulent().get("/api/v1/inburgeraars/" + dossier + "/journaal").json();
        assertThat(journaal.toString()).contains("PIP versie 1 vastgesteld met dagtekening 20-10-2026");
        assertThat(consulent()
                        .put("/api/v1/pips/" + pip.get("id").asString(), inhoud(vast.json()))
                        .status())
                .as("a vastgesteld PIP is locked")
                .isEqualTo(409);
    }

    @Test
    void schakelenBinnenAchttienMaandenMaaktEenNieuweVersieZonderDeTermijnTeVerschuiven() {
        String dossier = dossierMetRoute("B");
        JsonNode v1 = vastgesteld(dossier, "2026-10-20");
        Api.Antwoord zonderReden = consulent()
                .post(
                        "/api/v1/pips/" + v1.get("id").asString() + "/wijzigingen",
                        Map.of("reden", "SCHAKELEN", "leerroute", "Z"));
        assertThat(velden(zonderReden)).containsExactly("toelichting/P-3");
        Api.Antwoord v2 = consulent()
                .post(
                        "/api/v1/pips/" + v1.get("id").asString() + "/wijzigingen",
                        Map.of(
                                "reden",
                                "SCHAKELEN",
                                "leerroute",
                                "Z",
                                "toelichting",
                                "B1 blijkt na een half jaar niet haalbaar"));
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        assertThat(v2.json().get("versienummer").asInt()).isEqualTo(2);
        assertThat(v2.json().get("leerroute").asString()).isEqualTo("Z");
        assertThat(v2.json().has("niveau")).isFalse();
        List<String> onderdelen = new ArrayList<>();
        v2.json()
                .get("afspraken")
                .forEach(a -> onderdelen.add(a.get("onderdeel").asString()));
        assertThat(onderdelen).contains("MAP");

        // the Z-route's hours are filled in by the consultant before the new version can be vastgesteld.
        TestDossiers.vulZroute(consulent(), v2.json().get("id").asString());
        clock.zet(LocalDate.of(2027, 1, 15));
        Api.Antwoord vast = consulent()
                .post(
                        "/api/v1/pips/" + v2.json().get("id").asString() + "/vaststelling",
                        Map.of("dagtekeningPip", "2027-01-15"));
        assertThat(vast.status()).as(vast.body()).isEqualTo(200);
        JsonNode versies =
                consulent().get("/api/v1/inburgeraars/" + dossier + "/pips").json();
        assertThat(versies.get(0).get("status").asString()).isEqualTo("VERVANGEN");
        assertThat(versies.get(1).get("status").asString()).isEqualTo("VASTGESTELD");
        assertThat(consulent()
                        .get("/api/v1/inburgeraars/" + dossier)
                        .json()
                        .get("voortgang")
                        .get("dagtekeningPip")
                        .asString())
                .as("T-3: the termijn start never moves")
                .isEqualTo("2026-10-20");
    }

    @Test
    void naAchttienMaandenAlleenNogVanOnderwijsrouteNaarB1() {
        String b = dossierMetRoute("B");
        JsonNode pipB = vastgesteld(b, "2026-10-20");
        String o = dossierMetRoute("O");
        JsonNode pipO = vastgesteld(o, "2026-10-20");
        clock.zet(LocalDate.of(2028, 6, 1));
        assertThat(velden(consulent()
                        .post(
                                "/api/v1/pips/" + pipB.get("id").asString() + "/wijzigingen",
                                Map.of("reden", "SCHAKELEN", "leerroute", "Z", "toelichting", "te laat"))))
                .containsExactly("leerroute/T-6");
        assertThat(consulent()
                        .post(
                                "/api/v1/pips/" + pipO.get("id").asString() + "/wijzigingen",
                                Map.of(
                                        "reden",
                                        "SCHAKELEN",
                                        "leerroute",
                                        "B",
                                        "toelichting",
                                        "Studie blijkt niet haalbaar"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void afschalenZonderUrenInHetUrenboekWordtGeweigerdEenGetiktAantalTeltNiet() {
        // T-7 counts the hours ledger's NT2 hours at a keurmerk institution (issue 15); the success with 600 reported
        // hours is AfschalenUitHetUrenboekTest (module aanbieders, where the hours arise).
        String dossier = dossierMetRoute("B");
        JsonNode v1 = vastgesteld(dossier, "2026-10-20");
        String pad = "/api/v1/pips/" + v1.get("id").asString() + "/wijzigingen";
        assertThat(velden(consulent()
                        .post(
                                pad,
                                Map.of(
                                        "reden",
                                        "AFSCHALEN",
                                        "toelichting",
                                        "Spreken blijft moeilijk",
                                        "afschalenOnderdelen",
                                        List.of("SPREKEN")))))
                .containsExactly("lesuren/T-7");
        Api.Antwoord getikt = consulent()
                .post(
                        pad,
                        Map.of(
                                "reden",
                                "AFSCHALEN",
                                "toelichting",
                                "Spreken blijft moeilijk",
                                "afschalenOnderdelen",
                                List.of("SPREKEN"),
                                "lesuren",
                                640,
                                "lesurenBron",
                                "Presentielijst taalschool"));
        assertThat(getikt.status()).as("a typed number of hours does not count").isEqualTo(400);
    }

    @Test
    void eenAndereGemeenteZietHetPipNiet() {
        JsonNode pip = concept(dossierMetRoute("B"));
        assertThat(api("consulent.velsen")
                        .get("/api/v1/pips/" + pip.get("id").asString())
                        .status())
                .isEqualTo(404);
        assertThat(api("consulent.velsen")
                        .post(
                                "/api/v1/pips/" + pip.get("id").asString() + "/vaststelling",
                                Map.of("dagtekeningPip", "2026-10-20"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void intrekkenVraagtEenReden() {
        JsonNode v1 = vastgesteld(dossierMetRoute("B"), "2026-10-20");
        String pad = "/api/v1/pips/" + v1.get("id").asString() + "/intrekking";
        assertThat(velden(consulent().post(pad, Map.of()))).containsExactly("reden/P-3");
        assertThat(consulent()
                        .post(pad, Map.of("reden", "Verhuisd naar het buitenland"))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("INGETROKKEN");
    }

    // Issue 12, part 3: the PIP's statutory content (P-1, R-3 to R-8), the schakel window at vaststellen (T-6).

    private static List<Map<String, Object>> afspraken(JsonNode pip) {
        List<Map<String, Object>> lijst = new ArrayList<>();
        pip.get("afspraken").forEach(a -> lijst.add(new HashMap<>(Api.JSON.readValue(a.toString(), Map.class))));
        return lijst;
    }

    private static List<String> onderdelen(JsonNode pip) {
        List<String> lijst = new ArrayList<>();
        pip.get("afspraken").forEach(a -> lijst.add(a.get("onderdeel").asString()));
        return lijst;
    }

    private JsonNode bewaar(JsonNode pip, Map<String, Object> inhoud) {
        Api.Antwoord antwoord = consulent().put("/api/v1/pips/" + pip.get("id").asString(), inhoud);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        return antwoord.json();
    }

    private Api.Antwoord stelVast(JsonNode pip, String dagtekening) {
        return consulent()
                .post(
                        "/api/v1/pips/" + pip.get("id").asString() + "/vaststelling",
                        Map.of("dagtekeningPip", dagtekening));
    }

    @Test
    void eenB1routePipZonderLeerrouteKnmPvtEnMapWordtNietVastgesteldEnNoemtElkOnderdeel() {
        JsonNode pip = concept(dossierMetRoute("B"));
        Map<String, Object> inhoud = inhoud(pip);
        inhoud.put(
                "afspraken",
                List.of(Map.of(
                        "onderdeel",
                        "PARTICIPATIE",
                        "eigenaar",
                        "INBURGERAAR",
                        "omschrijving",
                        "Vrijwilligerswerk bij de bibliotheek",
                        "frequentie",
                        "wekelijks",
                        "handhaafbaar",
                        false)));
        pip = bewaar(pip, inhoud);

        Api.Antwoord geweigerd = stelVast(pip, "2026-10-20");
        assertThat(geweigerd.header("Content-Type")).startsWith("application/problem+json");
        assertThat(velden(geweigerd))
                .containsExactlyInAnyOrder(
                        "afspraken.LEERROUTE/R-4", "afspraken.KNM/R-4", "afspraken.PVT/R-7", "afspraken.MAP/R-8");
        assertThat(geweigerd.body())
                .contains("module arbeidsmarkt en participatie (MAP)", "participatieverklaringstraject");
        assertThat(consulent()
                        .get("/api/v1/pips/" + pip.get("id").asString())
                        .json()
                        .get("status")
                        .asString())
                .as("nothing half-saved")
                .isEqualTo("CONCEPT");

        // A PVT below 12 hours is no PVT; with the four onderdelen it can be vastgesteld.
        inhoud = inhoud(pip);
        List<Map<String, Object>> compleet = afspraken(concept(dossierMetRoute("B")));
        compleet.get(2).put("uren", 11);
        inhoud.put("afspraken", compleet);
        assertThat(velden(consulent().put("/api/v1/pips/" + pip.get("id").asString(), inhoud)))
                .containsExactly("afspraken[2].uren/R-7");
        compleet.get(2).put("uren", 12);
        pip = bewaar(pip, inhoud);
        assertThat(stelVast(pip, "2026-10-20").status()).isEqualTo(200);
    }

    @Test
    void eenOnderwijsroutePipVraagtHetTaalschakeltrajectKnmEnPvtMaarGeenMap() {
        JsonNode pip = concept(dossierMetRoute("O"));
        assertThat(onderdelen(pip)).doesNotContain("MAP");
        Map<String, Object> inhoud = inhoud(pip);
        inhoud.put(
                "afspraken",
                afspraken(pip).stream()
                        .filter(a -> a.get("onderdeel").equals("PVT"))
                        .toList());
        pip = bewaar(pip, inhoud);
        assertThat(velden(stelVast(pip, "2026-10-20")))
                .containsExactlyInAnyOrder("afspraken.LEERROUTE/R-6", "afspraken.KNM/P-1");
    }

    @Test
    void eenZroutePipVanEenStatushouderVraagtAchthonderdLesurenEnAchthonderdParticipatieuren() {
        JsonNode pip = concept(dossierMetRoute("Z"));
        assertThat(velden(stelVast(pip, "2026-10-20")))
                .containsExactlyInAnyOrder("afspraken.LEERROUTE.uren/R-5", "afspraken.PARTICIPATIE/R-5");

        Map<String, Object> inhoud = inhoud(pip);
        List<Map<String, Object>> lijst = afspraken(pip);
        lijst.get(0).put("uren", 700);
        lijst.get(1).put("uren", 99);
        lijst.add(Map.of(
                "onderdeel",
                "PARTICIPATIE",
                "eigenaar",
                "INBURGERAAR",
                "omschrijving",
                "Werken in de buurttuin",
                "frequentie",
                "wekelijks",
                "uren",
                400,
                "handhaafbaar",
                false));
        inhoud.put("afspraken", lijst);
        pip = bewaar(pip, inhoud);
        Api.Antwoord geweigerd = stelVast(pip, "2026-10-20");
        assertThat(velden(geweigerd))
                .containsExactlyInAnyOrder("afspraken.LEERROUTE.uren/R-5", "afspraken.PARTICIPATIE/R-5");
        assertThat(geweigerd.body()).contains("799", "400");

        lijst.get(1).put("uren", 100);
        lijst.add(Map.of(
                "onderdeel",
                "PARTICIPATIE",
                "eigenaar",
                "INBURGERAAR",
                "omschrijving",
                "Taalmaatje en werkervaring",
                "frequentie",
                "wekelijks",
                "uren",
                400,
                "handhaafbaar",
                false));
        inhoud = inhoud(pip);
        inhoud.put("afspraken", lijst);
        pip = bewaar(pip, inhoud);
        assertThat(stelVast(pip, "2026-10-20").status())
                .as("700 + 100 course hours, 400 + 400 participation hours")
                .isEqualTo(200);
    }

    @Test
    void schakelenGeeftDeNieuweVersieDeOnderdelenVanDeNieuweRoute() {
        String o = dossierMetRoute("O");
        JsonNode pipO = vastgesteld(o, "2026-10-20");
        Api.Antwoord naarB = consulent()
                .post(
                        "/api/v1/pips/" + pipO.get("id").asString() + "/wijzigingen",
                        Map.of(
                                "reden",
                                "SCHAKELEN",
                                "leerroute",
                                "B",
                                "toelichting",
                                "De studie blijkt niet haalbaar"));
        assertThat(naarB.status()).as(naarB.body()).isEqualTo(201);
        assertThat(onderdelen(naarB.json())).contains("LEERROUTE", "KNM", "PVT", "MAP");
        assertThat(naarB.json().get("afspraken").get(0).get("omschrijving").asString())
                .contains("B1-route");
        assertThat(consulent().get("/api/v1/inburgeraars/" + o + "/journaal").body())
                .contains("(MAP) is toegevoegd");
        assertThat(stelVast(naarB.json(), "2026-11-20").status()).isEqualTo(200);

        String b = dossierMetRoute("B");
        JsonNode pipB = vastgesteld(b, "2026-10-20");
        Api.Antwoord naarO = consulent()
                .post(
                        "/api/v1/pips/" + pipB.get("id").asString() + "/wijzigingen",
                        Map.of(
                                "reden",
                                "SCHAKELEN",
                                "leerroute",
                                "O",
                                "toelichting",
                                "Wil en kan een mbo-opleiding doen"));
        assertThat(naarO.status()).as(naarO.body()).isEqualTo(201);
        assertThat(onderdelen(naarO.json())).doesNotContain("MAP");
        assertThat(naarO.json().get("afspraken").get(0).get("omschrijving").asString())
                .contains("taalschakeltraject");
        assertThat(naarO.json().get("motiveringLeerroute").asString())
                .as("R-3 on the version itself")
                .isEqualTo("Wil en kan een mbo-opleiding doen");
        assertThat(consulent().get("/api/v1/inburgeraars/" + b + "/journaal").body())
                .contains("(MAP) vervalt in de onderwijsroute");
    }

    @Test
    void eenLeerrouteAfwijkendVanHetRoutebesluitVraagtEenMotiveringInHetPip() {
        JsonNode pip = concept(dossierMetRoute("B"));
        Map<String, Object> inhoud = inhoud(pip);
        inhoud.put("leerroute", "O");
        inhoud.put(
                "afspraken",
                afspraken(pip).stream()
                        .filter(a -> !a.get("onderdeel").equals("MAP"))
                        .toList());
        pip = bewaar(pip, inhoud);
        Api.Antwoord geweigerd = stelVast(pip, "2026-10-20");
        assertThat(velden(geweigerd)).containsExactly("motiveringLeerroute/R-3");
        assertThat(geweigerd.body()).contains("routebesluit", "B1-route");

        inhoud = inhoud(pip);
        inhoud.put("motiveringLeerroute", "   ");
        pip = bewaar(pip, inhoud);
        assertThat(velden(stelVast(pip, "2026-10-20")))
                .as("blank is no reason")
                .containsExactly("motiveringLeerroute/R-3");
        inhoud = inhoud(pip);
        inhoud.put("motiveringLeerroute", "Wil een hbo-opleiding doen; de toelatingseisen zijn besproken");
        pip = bewaar(pip, inhoud);
        Api.Antwoord vast = stelVast(pip, "2026-10-20");
        assertThat(vast.status()).as(vast.body()).isEqualTo(200);
        assertThat(vast.json().get("motiveringLeerroute").asString()).startsWith("Wil een hbo-opleiding");
    }

    @Test
    void eenZrouteTegenEenGunstigeLeerbaarheidstoetsVraagtOpElkeVersieEenMotivering() {
        String dossier = dossierMetRoute("Z");
        Api.Antwoord lbt = consulent()
                .put(
                        "/api/v1/inburgeraars/" + dossier + "/leerbaarheidstoets",
                        Map.of(
                                "resultaat",
                                "B1-route haalbaar",
                                "behaaldeScore",
                                "70,00",
                                "benodigdeScore",
                                "50,00",
                                "datumAfname",
                                "2026-10-01"));
        assertThat(lbt.status()).as(lbt.body()).isEqualTo(200);
        JsonNode pip = concept(dossier);
        TestDossiers.vulZroute(consulent(), pip.get("id").asString());
        pip = consulent().get("/api/v1/pips/" + pip.get("id").asString()).json();
        Api.Antwoord geweigerd = stelVast(pip, "2026-10-20");
        assertThat(velden(geweigerd))
                .as("the Z-route agrees with the routebesluit, not with the LBT")
                .containsExactly("motiveringLeerroute/R-3");
        assertThat(geweigerd.body()).contains("B1-route haalbaar");

        Map<String, Object> inhoud = inhoud(pip);
        inhoud.put("motiveringLeerroute", "Ernstige concentratieproblemen; de B1-route is nu niet verantwoord");
        pip = bewaar(pip, inhoud);
        JsonNode v1 = stelVast(pip, "2026-10-20").json();

        // A later version carries the reason; a version without it cannot be vastgesteld.
        Api.Antwoord v2 = consulent()
                .post(
                        "/api/v1/pips/" + v1.get("id").asString() + "/wijzigingen",
                        Map.of("reden", "CORRECTIE", "toelichting", "Aanbieder gewijzigd"));
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        assertThat(v2.json().get("motiveringLeerroute").asString()).startsWith("Ernstige concentratieproblemen");
        inhoud = inhoud(v2.json());
        inhoud.remove("motiveringLeerroute");
        JsonNode zonder = bewaar(v2.json(), inhoud);
        assertThat(velden(stelVast(zonder, "2026-11-20"))).containsExactly("motiveringLeerroute/R-3");
    }

    @Test
    void eenB1routeTegenEenOngunstigeLeerbaarheidstoetsVraagtEenMotivering() {
        String dossier = dossierMetRoute("B");
        consulent()
                .put(
                        "/api/v1/inburgeraars/" + dossier + "/leerbaarheidstoets",
                        Map.of(
                                "resultaat",
                                "B1-route niet haalbaar",
                                "behaaldeScore",
                                "31,00",
                                "benodigdeScore",
                                "50,00",
                                "datumAfname",
                                "2026-10-01"));
        assertThat(velden(stelVast(concept(dossier), "2026-10-20"))).containsExactly("motiveringLeerroute/R-3");
    }

    @Test
    void hetSchakelvensterGeldtOpDeDagtekeningVanDeNieuweVersie() {
        String dossier = dossierMetRoute("B");
        JsonNode v1 = vastgesteld(dossier, "2026-10-20");
        LocalDate laatsteDag = null;
        for (JsonNode t : consulent()
                .get("/api/v1/inburgeraars/" + dossier + "/termijnen")
                .json()) {
            if (t.get("soort").asString().equals("SCHAKELEN")) {
                laatsteDag = LocalDate.parse(t.get("uiterlijkeDatum").asString());
            }
        }
        assertThat(laatsteDag).isBetween(LocalDate.of(2028, 4, 19), LocalDate.of(2028, 4, 22));
        // The concept is opened inside the window ...
        clock.zet(laatsteDag.minusDays(10));
        Api.Antwoord v2 = consulent()
                .post(
                        "/api/v1/pips/" + v1.get("id").asString() + "/wijzigingen",
                        Map.of("reden", "SCHAKELEN", "leerroute", "Z", "toelichting", "B1 blijkt niet haalbaar"));
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        TestDossiers.vulZroute(consulent(), v2.json().get("id").asString());
        JsonNode concept = consulent()
                .get("/api/v1/pips/" + v2.json().get("id").asString())
                .json();
        // ... but vastgesteld after it: refused on its dagtekening.
        clock.zet(laatsteDag.plusMonths(1));
        Api.Antwoord teLaat = stelVast(concept, laatsteDag.plusDays(1).toString());
        assertThat(velden(teLaat)).containsExactly("leerroute/T-6");
        assertThat(consulent()
                        .get("/api/v1/pips/" + v1.get("id").asString())
                        .json()
                        .get("status")
                        .asString())
                .as("the current version stays in force")
                .isEqualTo("VASTGESTELD");
        Api.Antwoord opDeLaatsteDag = stelVast(concept, laatsteDag.toString());
        assertThat(opDeLaatsteDag.status()).as(opDeLaatsteDag.body()).isEqualTo(200);
    }

    @Test
    void eenCorrectieKanDeLeerrouteNietBuitenHetSchakelvensterOmzetten() {
        String dossier = dossierMetRoute("B");
        JsonNode v1 = vastgesteld(dossier, "2026-10-20");
        clock.zet(LocalDate.of(2028, 6, 1));
        Api.Antwoord v2 = consulent()
                .post(
                        "/api/v1/pips/" + v1.get("id").asString() + "/wijzigingen",
                        Map.of("reden", "CORRECTIE", "toelichting", "Aanbieder gewijzigd"));
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        Map<String, Object> inhoud = inhoud(v2.json());
        inhoud.put("leerroute", "O");
        inhoud.put(
                "afspraken",
                afspraken(v2.json()).stream()
                        .filter(a -> !a.get("onderdeel").equals("MAP"))
                        .toList());
        inhoud.put("motiveringLeerroute", "Wil studeren");
        JsonNode concept = bewaar(v2.json(), inhoud);
        assertThat(velden(stelVast(concept, "2028-06-01"))).containsExactly("leerroute/T-6");
    }

    @Test
    void niveauA2InDeB1RouteKanAlleenNaAfschalen() {
        JsonNode v1 = vastgesteld(dossierMetRoute("B"), "2026-10-20");
        Api.Antwoord v2 = consulent()
                .post(
                        "/api/v1/pips/" + v1.get("id").asString() + "/wijzigingen",
                        Map.of("reden", "CORRECTIE", "toelichting", "Niveau aangepast"));
        Map<String, Object> inhoud = inhoud(v2.json());
        inhoud.put("niveau", "A2");
        assertThat(velden(consulent().put("/api/v1/pips/" + v2.json().get("id").asString(), inhoud)))
                .containsExactly("niveau/T-7");
    }

    @Test
    void eenZrouteVanEenGezinsmigrantVraagtGeenParticipatieuren() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("doelgroep", "Gezinsmigrant en overige migrant");
        body.put("gedetailleerdeDoelgroep", "Gezinsvormer");
        body.put("datumKennisgeving", "2026-09-01");
        body.put("datumInschrijvingBrp", "2026-09-15");
        Api.Antwoord registratie = consulent().post("/api/v1/inburgeraars", body);
        assertThat(registratie.status()).as(registratie.body()).isEqualTo(201);
        String dossier = registratie.header("Location").replaceAll(".*/", "");
        consulent()
                .put(
                        "/api/v1/inburgeraars/" + dossier + "/intake",
                        Map.of("routebesluit", Map.of("leerroute", "Z", "reden", "Besproken met de inburgeraar")));
        JsonNode pip = concept(dossier);
        assertThat(velden(stelVast(pip, "2026-10-20"))).containsExactly("afspraken.LEERROUTE.uren/R-5");
        Map<String, Object> inhoud = inhoud(pip);
        List<Map<String, Object>> lijst = afspraken(pip);
        lijst.get(0).put("uren", 800);
        inhoud.put("afspraken", lijst);
        assertThat(stelVast(bewaar(pip, inhoud), "2026-10-20").status()).isEqualTo(200);
    }
}
