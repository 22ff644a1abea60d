package nl.inburgeringsregie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The brede intake through the API: drafts, the LBT, the advice, special-category data and finishing. */
class IntakeApiTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private String registreer() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("datumKennisgeving", "2026-09-01");
        body.put("datumHuisvesting", "2026-09-15");
        return api("consulent")
                .post("/api/v1/inburgeraars", body)
                .header("Location")
                .replaceAll(".*/", "");
    }

    private static Map<String, Object> verslag(String leefgebied, String situatie, Integer score) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("leefgebied", leefgebied);
        v.put("situatie", situatie);
        v.put("score", score);
        return v;
    }

    @Test
    void eenConceptWordtBewaardEnEenVerouderdeVersieGeweigerd() {
        String id = registreer();
        Api consulent = api("consulent");
        JsonNode leeg = consulent.get("/api/v1/inburgeraars/" + id + "/intake").json();
        assertThat(leeg.get("status").asString()).isEqualTo("CONCEPT");
        assertThat(leeg.has("versie")).isFalse();

        Map<String, Object> concept = new HashMap<>();
        concept.put(
                "leefgebieden",
                List.of(
                        verslag("OPLEIDING", "Middelbare school in Aleppo afgerond", null),
                        verslag("DIGITALE_VAARDIGHEDEN", "Gebruikt een smartphone, nog geen computer", 2)));
        concept.put("alfabetisering", "LATIJNS_GEALFABETISEERD");
        Api.Antwoord bewaard = consulent.put("/api/v1/inburgeraars/" + id + "/intake", concept);
        assertThat(bewaard.status()).as(bewaard.body()).isEqualTo(200);
        int versie = bewaard.json().get("versie").asInt();

        concept.put("versie", versie);
        concept.put("wilStuderen", true);
        assertThat(consulent
                        .put("/api/v1/inburgeraars/" + id + "/intake", concept)
                        .status())
                .isEqualTo(200);
        assertThat(consulent
                        .put("/api/v1/inburgeraars/" + id + "/intake", concept)
                        .status())
                .as("stale")
                .isEqualTo(409);
        JsonNode terug = consulent.get("/api/v1/inburgeraars/" + id + "/intake").json();
        assertThat(terug.get("leefgebieden")).hasSize(2);
        assertThat(terug.get("wilStuderen").asBoolean()).isTrue();
    }

    @Test
    void ongeldigeScoresEnLeefgebiedenWordenMetRegelGeweigerd() {
        String id = registreer();
        Map<String, Object> concept = Map.of(
                "leefgebieden",
                List.of(verslag("OPLEIDING", "tekst", 3), verslag("DIGITALE_VAARDIGHEDEN", "tekst", 9)));
        Api.Antwoord antwoord = api("consulent").put("/api/v1/inburgeraars/" + id + "/intake", concept);
        assertThat(antwoord.ongeldigeVelden())
                .containsExactlyInAnyOrder("leefgebieden[0].score", "leefgebieden[1].score");
        assertThat(antwoord.json().get("invalidParams").get(0).get("regel").asString())
                .isEqualTo("I-1");
    }

    @Test
    void gezondheidIsAlleenVoorDeConsulentVanHetDossierEnElkeInzageWordtVastgelegd() {
        String id = registreer();
        Api consulent = api("consulent");
        Map<String, Object> concept = Map.of(
                "leefgebieden",
                List.of(verslag(
                        "MENTALE_GEZONDHEID", "Slaapt slecht sinds de vlucht; heeft contact met de huisarts", null)));
        assertThat(consulent
                        .put("/api/v1/inburgeraars/" + id + "/intake", concept)
                        .status())
                .isEqualTo(200);

        JsonNode teamleider =
                api("teamleider").get("/api/v1/inburgeraars/" + id + "/intake").json();
        assertThat(teamleider.get("bijzondereGegevensVerborgen").asBoolean()).isTrue();
        assertThat(teamleider.get("leefgebieden")).isEmpty();
        assertThat(teamleider.toString()).doesNotContain("Slaapt slecht");
        Map<String, Object> wijziging =
                new HashMap<>(Map.of("leefgebieden", List.of(verslag("MENTALE_GEZONDHEID", "Andere tekst", null))));
        wijziging.put("versie", teamleider.get("versie").asInt());
        assertThat(api("teamleider")
                        .put("/api/v1/inburgeraars/" + id + "/intake", wijziging)
                        .ongeldigeVelden())
                .containsExactly("leefgebieden[0]");

        JsonNode eigen = consulent.get("/api/v1/inburgeraars/" + id + "/intake").json();
        assertThat(eigen.get("bijzondereGegevensVerborgen").asBoolean()).isFalse();
        assertThat(eigen.get("leefgebieden").get(0).get("situatie").asString()).contains("Slaapt slecht");
        assertThat(jdbc.sql(
                                "select count(*) from audit_log where inburgeraar_id = ?::uuid and action = 'BIJZONDERE_GEGEVENS_BEKEKEN' and username = 'consulent'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from audit_log where inburgeraar_id = ?::uuid and action = 'BIJZONDERE_GEGEVENS_BEKEKEN' and username = 'teamleider'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void deLeerbaarheidstoetsMetDuosVeldenBepaaltHetAdvies() {
        String id = registreer();
        Api consulent = api("consulent");
        Map<String, Object> fout =
                Map.of("resultaat", "B1-route haalbaar", "behaaldeScore", "54.5", "benodigdeScore", "50,00");
        assertThat(consulent
                        .put("/api/v1/inburgeraars/" + id + "/leerbaarheidstoets", fout)
                        .ongeldigeVelden())
                .containsExactlyInAnyOrder("behaaldeScore", "datumAfname");
        assertThat(consulent
                        .get("/api/v1/inburgeraars/" + id + "/routeadvies")
                        .json()
                        .has("leerroute"))
                .isFalse();

        Api.Antwoord lbt = consulent.put(
                "/api/v1/inburgeraars/" + id + "/leerbaarheidstoets",
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
        assertThat(lbt.json().get("resultaat").asString()).isEqualTo("B1-route haalbaar");
        JsonNode advies =
                consulent.get("/api/v1/inburgeraars/" + id + "/routeadvies").json();
        assertThat(advies.get("leerroute").asString()).isEqualTo("B");
        assertThat(advies.get("niveau").asString()).isEqualTo("B1");
        assertThat(advies.get("geschatteIntensiteitB1Route").asInt()).isEqualTo(600);
        assertThat(advies.get("redenen"))
                .allSatisfy(r -> assertThat(r.get("regel").asString()).matches("[RI]-\\d"));
    }

    @Test
    void deIntakeAfrondenVraagtAllesWatDeWetEistEnZetHetDossierDoor() {
        String id = registreer();
        Api consulent = api("consulent");
        Map<String, Object> afronden = new HashMap<>(Map.of("afronden", true));
        List<String> ontbreekt = consulent
                .put("/api/v1/inburgeraars/" + id + "/intake", afronden)
                .ongeldigeVelden();
        assertThat(ontbreekt)
                .contains(
                        "leefgebieden.LEERBAARHEID",
                        "leefgebieden.FINANCIELE_SITUATIE",
                        "checklist.zonderPartnerAangeboden",
                        "checklist.tolkAangeboden",
                        "leerbaarheidstoets",
                        "routebesluit");

        consulent.put(
                "/api/v1/inburgeraars/" + id + "/leerbaarheidstoets",
                Map.of(
                        "resultaat",
                        "B1-route niet haalbaar",
                        "behaaldeScore",
                        "31,00",
                        "benodigdeScore",
                        "50,00",
                        "datumAfname",
                        "2026-10-01"));
        List<Map<String, Object>> verslagen = new ArrayList<>();
        for (Leefgebied leefgebied : Leefgebied.values()) {
            verslagen.add(verslag(leefgebied.name(), "Besproken op 02-10-2026", leefgebied.schaal() ? 3 : null));
        }
        Map<String, Object> intake = new HashMap<>();
        intake.put(
                "versie",
                consulent
                        .get("/api/v1/inburgeraars/" + id + "/intake")
                        .json()
                        .get("versie")
                        .asInt());
        intake.put("leefgebieden", verslagen);
        intake.put(
                "checklist",
                Map.of("vveInformatieGegeven", true, "zonderPartnerAangeboden", true, "tolkAangeboden", true));
        intake.put("routebesluit", Map.of("leerroute", "B"));
        intake.put("afronden", true);
        assertThat(consulent
                        .put("/api/v1/inburgeraars/" + id + "/intake", intake)
                        .ongeldigeVelden())
                .as("B against a Z advice needs a reason (R-3)")
                .containsExactly("routebesluit.reden");
        intake.put("routebesluit", Map.of("leerroute", "Z", "geschatteIntensiteitB1Route", 700));
        assertThat(consulent
                        .put("/api/v1/inburgeraars/" + id + "/intake", intake)
                        .ongeldigeVelden())
                .contains("routebesluit.geschatteIntensiteitB1Route");
        intake.put("routebesluit", Map.of("leerroute", "Z"));
        Api.Antwoord afgerond = consulent.put("/api/v1/inburgeraars/" + id + "/intake", intake);
        assertThat(afgerond.status()).as(afgerond.body()).isEqualTo(200);
        assertThat(afgerond.json().get("status").asString()).isEqualTo("AFGEROND");
        assertThat(afgerond.json().get("routebesluit").get("adviesLeerroute").asString())
                .isEqualTo("Z");

        JsonNode dossier = consulent.get("/api/v1/inburgeraars/" + id).json();
        assertThat(dossier.get("fase").asString()).isEqualTo("PIP");
        assertThat(dossier.get("voortgang").get("datumBredeIntakeAfgerond").asString())
                .isEqualTo(LocalDate.now(clock).toString());
        JsonNode termijnen =
                consulent.get("/api/v1/inburgeraars/" + id + "/termijnen").json();
        assertThat(termijnen.get(0).get("soort").asString()).isEqualTo("BREDE_INTAKE");
        assertThat(termijnen.get(0).get("status").asString()).isEqualTo("VOLDAAN");
        intake.put("versie", afgerond.json().get("versie").asInt());
        assertThat(consulent
                        .put("/api/v1/inburgeraars/" + id + "/intake", intake)
                        .status())
                .isEqualTo(409);
    }
}
