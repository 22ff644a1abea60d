package nl.inburgeringsregie.pip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
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
        String id = consulent().post("/api/v1/inburgeraars", body).header("Location").replaceAll(".*/", "");
        Api.Antwoord intake = consulent().put("/api/v1/inburgeraars/" + id + "/intake",
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
        antwoord.json().get("invalidParams").forEach(p -> namen.add(p.get("name").asString() + "/" + p.get("regel").asString()));
        return namen;
    }

    private static Map<String, Object> inhoud(JsonNode pip) {
        Map<String, Object> inhoud = new HashMap<>(Api.JSON.readValue(pip.toString(), Map.class));
        inhoud.put("versie", pip.get("versie").asInt());
        return inhoud;
    }

    private JsonNode vastgesteld(String dossier, String dagtekening) {
        JsonNode pip = concept(dossier);
        Api.Antwoord vast = consulent().post("/api/v1/pips/" + pip.get("id").asString() + "/vaststelling",
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
        afspraken.add(Map.of("onderdeel", "PARTICIPATIE", "eigenaar", "INBURGERAAR", "omschrijving", "Vrijwilligerswerk",
                "frequentie", "wekelijks", "handhaafbaar", true));
        inhoud.put("afspraken", afspraken);
        assertThat(velden(consulent().put(pad, inhoud))).containsExactlyInAnyOrder("afspraken[2].uren/R-7",
                "afspraken[5].handhaafbaar/H-3");
    }

    @Test
    void vaststellenToetstDeDagtekeningEnZetHetDossierEnDeTermijnDoor() {
        String dossier = dossierMetRoute("B");
        JsonNode pip = concept(dossier);
        String pad = "/api/v1/pips/" + pip.get("id").asString() + "/vaststelling";
        assertThat(velden(consulent().post(pad, Map.of("dagtekeningPip", "2026-09-10")))).containsExactly("dagtekeningPip/P-4");
        assertThat(velden(consulent().post(pad, Map.of("dagtekeningPip", LocalDate.now(clock).plusDays(1).toString()))))
                .contains("dagtekeningPip/P-4");
        Api.Antwoord vast = consulent().post(pad, Map.of("dagtekeningPip", "2026-10-20"));
        assertThat(vast.status()).as(vast.body()).isEqualTo(200);
        assertThat(vast.json().get("status").asString()).isEqualTo("VASTGESTELD");

        JsonNode d = consulent().get("/api/v1/inburgeraars/" + dossier).json();
        assertThat(d.get("fase").asString()).isEqualTo("INBURGERING");
        assertThat(d.get("voortgang").get("dagtekeningPip").asString()).isEqualTo("2026-10-20");
        JsonNode termijnen = consulent().get("/api/v1/inburgeraars/" + dossier + "/termijnen").json();
        JsonNode termijn = termijnen.get(2);
        assertThat(termijn.get("soort").asString()).isEqualTo("INBURGERINGSTERMIJN");
        assertThat(termijn.get("startdatum").asString()).isEqualTo("2026-10-21");
        assertThat(termijnen.get(1).get("status").asString()).as("PIP_VASTSTELLEN").isEqualTo("VOLDAAN");
        JsonNode journaal = consulent().get("/api/v1/inburgeraars/" + dossier + "/journaal").json();
        assertThat(journaal.toString()).contains("PIP versie 1 vastgesteld met dagtekening 2026-10-20");
        assertThat(consulent().put("/api/v1/pips/" + pip.get("id").asString(), inhoud(vast.json())).status())
                .as("a vastgesteld PIP is locked").isEqualTo(409);
    }

    @Test
    void schakelenBinnenAchttienMaandenMaaktEenNieuweVersieZonderDeTermijnTeVerschuiven() {
        String dossier = dossierMetRoute("B");
        JsonNode v1 = vastgesteld(dossier, "2026-10-20");
        Api.Antwoord zonderReden = consulent().post("/api/v1/pips/" + v1.get("id").asString() + "/wijzigingen",
                Map.of("reden", "SCHAKELEN", "leerroute", "Z"));
        assertThat(velden(zonderReden)).containsExactly("toelichting/P-3");
        Api.Antwoord v2 = consulent().post("/api/v1/pips/" + v1.get("id").asString() + "/wijzigingen",
                Map.of("reden", "SCHAKELEN", "leerroute", "Z", "toelichting", "B1 blijkt na een half jaar niet haalbaar"));
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        assertThat(v2.json().get("versienummer").asInt()).isEqualTo(2);
        assertThat(v2.json().get("leerroute").asString()).isEqualTo("Z");
        assertThat(v2.json().has("niveau")).isFalse();
        List<String> onderdelen = new ArrayList<>();
        v2.json().get("afspraken").forEach(a -> onderdelen.add(a.get("onderdeel").asString()));
        assertThat(onderdelen).contains("MAP");

        clock.zet(LocalDate.now().plusDays(1));
        Api.Antwoord vast = consulent().post("/api/v1/pips/" + v2.json().get("id").asString() + "/vaststelling",
                Map.of("dagtekeningPip", LocalDate.now().plusDays(1).toString()));
        assertThat(vast.status()).as(vast.body()).isEqualTo(200);
        JsonNode versies = consulent().get("/api/v1/inburgeraars/" + dossier + "/pips").json();
        assertThat(versies.get(0).get("status").asString()).isEqualTo("VERVANGEN");
        assertThat(versies.get(1).get("status").asString()).isEqualTo("VASTGESTELD");
        assertThat(consulent().get("/api/v1/inburgeraars/" + dossier).json().get("voortgang").get("dagtekeningPip").asString())
                .as("T-3: the termijn start never moves").isEqualTo("2026-10-20");
    }

    @Test
    void naAchttienMaandenAlleenNogVanOnderwijsrouteNaarB1() {
        String b = dossierMetRoute("B");
        JsonNode pipB = vastgesteld(b, "2026-10-20");
        String o = dossierMetRoute("O");
        JsonNode pipO = vastgesteld(o, "2026-10-20");
        clock.zet(LocalDate.of(2028, 6, 1));
        assertThat(velden(consulent().post("/api/v1/pips/" + pipB.get("id").asString() + "/wijzigingen",
                Map.of("reden", "SCHAKELEN", "leerroute", "Z", "toelichting", "te laat"))))
                .containsExactly("leerroute/T-6");
        assertThat(consulent().post("/api/v1/pips/" + pipO.get("id").asString() + "/wijzigingen",
                Map.of("reden", "SCHAKELEN", "leerroute", "B", "toelichting", "Studie blijkt niet haalbaar")).status())
                .isEqualTo(201);
    }

    @Test
    void afschalenKanPasNaZeshonderdLesurenEnAlleenInDeB1Route() {
        String dossier = dossierMetRoute("B");
        JsonNode v1 = vastgesteld(dossier, "2026-10-20");
        String pad = "/api/v1/pips/" + v1.get("id").asString() + "/wijzigingen";
        assertThat(velden(consulent().post(pad, Map.of("reden", "AFSCHALEN", "toelichting", "Spreken blijft moeilijk",
                "afschalenOnderdelen", List.of("SPREKEN"), "lesuren", 450))))
                .containsExactlyInAnyOrder("lesuren/T-7", "lesurenBron/T-7");
        Api.Antwoord v2 = consulent().post(pad, Map.of("reden", "AFSCHALEN", "toelichting", "Spreken blijft moeilijk",
                "afschalenOnderdelen", List.of("SPREKEN", "SCHRIJVEN"), "lesuren", 640, "lesurenBron", "Presentielijst taalschool"));
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        assertThat(v2.json().get("niveau").asString()).isEqualTo("A2");
        assertThat(v2.json().get("afschalenOnderdelen").toString()).contains("SPREKEN", "SCHRIJVEN");
    }

    @Test
    void eenAndereGemeenteZietHetPipNiet() {
        JsonNode pip = concept(dossierMetRoute("B"));
        assertThat(api("consulent.velsen").get("/api/v1/pips/" + pip.get("id").asString()).status()).isEqualTo(404);
        assertThat(api("consulent.velsen").post("/api/v1/pips/" + pip.get("id").asString() + "/vaststelling",
                Map.of("dagtekeningPip", "2026-10-20")).status()).isEqualTo(404);
    }

    @Test
    void intrekkenVraagtEenReden() {
        JsonNode v1 = vastgesteld(dossierMetRoute("B"), "2026-10-20");
        String pad = "/api/v1/pips/" + v1.get("id").asString() + "/intrekking";
        assertThat(velden(consulent().post(pad, Map.of()))).containsExactly("reden/P-3");
        assertThat(consulent().post(pad, Map.of("reden", "Verhuisd naar het buitenland")).json().get("status").asString())
                .isEqualTo("INGETROKKEN");
    }
}
