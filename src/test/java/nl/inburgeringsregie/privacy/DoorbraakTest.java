package nl.inburgeringsregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 point 6 (rule I-5): a consultant who assigns a dossier holding health data to themself (or to a colleague)
 * must give a reason; without one nothing changes; with one the assignment is recorded as break-the-glass, journaled,
 * audited and shown to the privacy officer, who marks it reviewed. A team lead needs no reason; a dossier without
 * health data needs none.
 */
class DoorbraakTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eenConsulentDieZichZelfEenDossierMetGezondheidsgegevensToewijstMoetEenRedenGevenDiePrivacyZiet() {
        String id = dossierMetGezondheid();
        WebSessie smit = WebSessie.login(baseUrl(), "l.smit");
        assertThat(smit.get("/inburgeraars/" + id).body()).contains("reden-toewijzing");

        HttpResponse<String> zonderReden = smit.postMetCsrf(
                "/inburgeraars/" + id + "/consulent",
                Map.of("versie", versie(id), "consulent", "l.smit"),
                "/inburgeraars/" + id);
        assertThat(zonderReden.statusCode()).isEqualTo(302);
        String pagina = smit.get("/inburgeraars/" + id).body();
        assertThat(pagina).contains("alleen een teamleider wijst het zonder reden toe");
        assertThat(consulentVan(id)).as("nothing assigned without a reason").isEqualTo("consulent");
        assertThat(doorbraken(id)).isZero();

        smit.postMetCsrf(
                "/inburgeraars/" + id + "/consulent",
                Map.of(
                        "versie",
                        versie(id),
                        "consulent",
                        "l.smit",
                        "reden",
                        "Sanne is langdurig ziek; ik neem haar caseload waar"),
                "/inburgeraars/" + id);
        assertThat(consulentVan(id)).isEqualTo("l.smit");
        assertThat(doorbraken(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where inburgeraar_id = ?::uuid and action = 'DOORBRAAK' "
                                + "and username = 'l.smit'",
                        Integer.class,
                        id))
                .isEqualTo(1);
        JsonNode journaal =
                api("l.smit").get("/api/v1/inburgeraars/" + id + "/journaal").json();
        assertThat(journaal.toString()).contains("langdurig ziek").contains("doorbraak, regel I-5");
        // Now working on the dossier, the new consultant sees the health data (I-5).
        assertThat(api("l.smit").get("/api/v1/inburgeraars/" + id + "/intake").body())
                .contains("huisarts");

        WebSessie privacy = WebSessie.login(baseUrl(), "privacy");
        String lijst = privacy.get("/privacy/doorbraken").body();
        assertThat(lijst)
                .contains(id)
                .contains("langdurig ziek")
                .contains("Lotte Smit"); // names, not user names (issue 21 point 2)
        long doorbraak = jdbc.queryForObject("select id from doorbraak where inburgeraar_id = ?::uuid", Long.class, id);
        privacy.postMetCsrf("/privacy/doorbraken/" + doorbraak + "/beoordeling", Map.of(), "/privacy/doorbraken");
        assertThat(jdbc.queryForObject("select beoordeeld_door from doorbraak where id = ?", String.class, doorbraak))
                .isEqualTo("privacy");
        privacy.postMetCsrf("/privacy/doorbraken/" + doorbraak + "/beoordeling", Map.of(), "/privacy/doorbraken");
        assertThat(privacy.get("/privacy/doorbraken").body())
                .as("the second click")
                .contains("al beoordeeld");
    }

    @Test
    void deTeamleiderWijstZonderRedenToeEnEenDossierZonderGezondheidsgegevensVraagtGeenReden() {
        String id = dossierMetGezondheid();
        WebSessie teamleider = WebSessie.login(baseUrl(), "teamleider");
        assertThat(teamleider.get("/inburgeraars/" + id).body()).doesNotContain("reden-toewijzing");
        teamleider.postMetCsrf(
                "/inburgeraars/" + id + "/consulent",
                Map.of("versie", versie(id), "consulent", "m.bouzid"),
                "/inburgeraars/" + id);
        assertThat(consulentVan(id)).isEqualTo("m.bouzid");
        assertThat(doorbraken(id)).isZero();

        String zonder =
                TestDossiers.registreer(api("consulent"), TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        WebSessie smit = WebSessie.login(baseUrl(), "l.smit");
        smit.postMetCsrf(
                "/inburgeraars/" + zonder + "/consulent",
                Map.of("versie", versie(zonder), "consulent", "l.smit"),
                "/inburgeraars/" + zonder);
        assertThat(consulentVan(zonder)).isEqualTo("l.smit");
        assertThat(doorbraken(zonder)).isZero();
    }

    @Test
    void viaDeApiWeigertEenToewijzingDieGezondheidsgegevensOpentZonderTeamleiderMetRegelI5() {
        String id = dossierMetGezondheid();
        Api smit = api("l.smit");
        @SuppressWarnings("unchecked")
        Map<String, Object> dossier = new HashMap<>(
                Api.JSON.readValue(smit.get("/api/v1/inburgeraars/" + id).body(), Map.class));
        dossier.put("consulent", "l.smit");
        Api.Antwoord antwoord = smit.put("/api/v1/inburgeraars/" + id, dossier);
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("consulent");
        assertThat(antwoord.json().get("invalidParams").get(0).get("regel").asString())
                .isEqualTo("I-5");
        assertThat(consulentVan(id)).isEqualTo("consulent");

        assertThat(WebSessie.login(baseUrl(), "consulent")
                        .get("/privacy/doorbraken")
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebSessie.login(baseUrl(), "teamleider")
                        .get("/privacy/doorbraken")
                        .statusCode())
                .isEqualTo(403);
    }

    private String dossierMetGezondheid() {
        Api consulent = api("consulent");
        String id = TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        Map<String, Object> verslag = new LinkedHashMap<>();
        verslag.put("leefgebied", "FYSIEKE_GEZONDHEID");
        verslag.put("situatie", "Rugklachten; onder behandeling bij de huisarts");
        assertThat(consulent
                        .put("/api/v1/inburgeraars/" + id + "/intake", Map.of("leefgebieden", List.of(verslag)))
                        .status())
                .isEqualTo(200);
        return id;
    }

    private String versie(String id) {
        return String.valueOf(
                jdbc.queryForObject("select version from inburgeraar where id = ?::uuid", Integer.class, id));
    }

    private String consulentVan(String id) {
        return jdbc.queryForObject("select consulent from inburgeraar where id = ?::uuid", String.class, id);
    }

    private int doorbraken(String id) {
        return jdbc.queryForObject("select count(*) from doorbraak where inburgeraar_id = ?::uuid", Integer.class, id);
    }
}
