package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The hours ledger over real HTTP (issue 15, ADR 0031, T-7): the provider's attendance is the source of
 * its hours, totalled per kind with their sources for the gemeente's consultant; an hour at a provider whose keurmerk
 * had lapsed on its day does not count for afschalen; a correction lowers the total.
 */
class UrenApiTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    private AanbiedersTestdata data;

    @BeforeEach
    void zetKlok() {
        clock.zet(LocalDate.of(2027, 3, 1));
        data = new AanbiedersTestdata(this::api, baseUrl(), jdbc);
    }

    @AfterEach
    void herstel() {
        clock.reset();
    }

    private static Map<String, Object> les(String datum, Object aanwezig) {
        Map<String, Object> body = new HashMap<>();
        body.put("periode", "LES");
        body.put("datum", datum);
        body.put("urenAanwezig", aanwezig);
        body.put("urenAfwezig", 0);
        return body;
    }

    private static JsonNode totaal(JsonNode uren, String soort) {
        for (JsonNode t : uren.get("totalen")) {
            if (t.get("soort").asString().equals(soort)) {
                return t;
            }
        }
        throw new AssertionError("no total " + soort);
    }

    @Test
    void deAanwezigheidIsDeBronVanDeUrenMetTotalenPerSoortEnKeurmerk() {
        // Blik op Werk until 10 January 2027: the lesson of the 5th counts for afschalen, the one of the 12th not.
        String aanbieder = data.b1Aanbieder("2027-01-10");
        String dossier = data.dossier();
        String plaatsing = data.plaats(dossier, data.b1Contract(aanbieder));
        data.start(plaatsing, LocalDate.of(2027, 1, 4));
        Api docent = api(data.account(aanbieder));
        String pad = "/api/v1/plaatsingen/" + plaatsing + "/presentie";
        assertThat(docent.post(pad, les("2027-01-05", 4)).status()).isEqualTo(200);
        assertThat(docent.post(pad, les("2027-01-12", 3.5)).status()).isEqualTo(200);

        Api.Antwoord a = api("consulent").get("/api/v1/inburgeraars/" + dossier + "/uren");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode uren = a.json();
        JsonNode nt2 = totaal(uren, "NT2");
        assertThat(nt2.get("uren").asDouble()).isEqualTo(7.5);
        assertThat(nt2.get("bronnen").size()).as("split by keurmerk on the day").isEqualTo(2);
        assertThat(nt2.get("bronnen").get(0).get("bron").asString()).isEqualTo("PLAATSING");
        assertThat(nt2.get("bronnen").get(0).get("bronId").asString()).isEqualTo(plaatsing);
        assertThat(uren.get("nt2BijKeurmerk").asDouble()).isEqualTo(4.0);
        assertThat(totaal(uren, "KNM").get("uren").asDouble()).isZero();
        assertThat(totaal(uren, "PARTICIPATIE").get("bronnen").size()).isZero();
        assertThat(uren.get("doelen").toString()).contains("LESUREN", "NT2_KEURMERK", "T-7", "R-5");

        // A correction is a lower total, not a second row.
        assertThat(docent.post(pad, les("2027-01-12", 1)).status()).isEqualTo(200);
        assertThat(totaal(
                                api("consulent")
                                        .get("/api/v1/inburgeraars/" + dossier + "/uren")
                                        .json(),
                                "NT2")
                        .get("uren")
                        .asDouble())
                .isEqualTo(5.0);

        assertThat(jdbc.sql("select count(*) from audit_log where inburgeraar_id = ? and username = 'consulent'"
                                + " and detail = 'uren'")
                        .param(UUID.fromString(dossier))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void alleenDeGemeenteZietDeUren() {
        String dossier = data.dossier();
        assertThat(api("consulent.velsen")
                        .get("/api/v1/inburgeraars/" + dossier + "/uren")
                        .status())
                .isEqualTo(404);
        assertThat(api("aanbieder")
                        .get("/api/v1/inburgeraars/" + dossier + "/uren")
                        .status())
                .isEqualTo(403);
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + UUID.randomUUID() + "/uren")
                        .status())
                .isEqualTo(404);
        JsonNode leeg = api("consulent")
                .get("/api/v1/inburgeraars/" + dossier + "/uren")
                .json();
        assertThat(leeg.get("nt2BijKeurmerk").asDouble()).isZero();
        assertThat(leeg.get("doelen").get(0).get("procent").asInt()).isZero();
    }

    @Test
    void deConsulentZietDeUrenMetVoortgangsbalkenBijDePlaatsingen() {
        String aanbieder = data.b1Aanbieder();
        String dossier = data.dossier();
        String plaatsing = data.plaats(dossier, data.b1Contract(aanbieder));
        data.start(plaatsing, LocalDate.of(2027, 1, 4));
        Map<String, Object> week = les("2027-01-04", 240);
        week.put("periode", "WEEK");
        assertThat(api(data.account(aanbieder))
                        .post("/api/v1/plaatsingen/" + plaatsing + "/presentie", week)
                        .status())
                .isEqualTo(200);

        String pagina = WebSessie.login(baseUrl(), "consulent")
                .get("/inburgeraars/" + dossier + "/plaatsingen")
                .body();
        assertThat(pagina)
                .contains("Gevolgde uren", "NT2-lessen", "240 van 600 uur", "240 van 800 uur")
                .contains("<progress id=\"doel-NT2_KEURMERK\" max=\"100\" value=\"40\"");
    }
}
