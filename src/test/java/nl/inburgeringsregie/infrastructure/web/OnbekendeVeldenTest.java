package nl.inburgeringsregie.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 6: a request body with a field the operation does not know is refused, 400 problem+json naming the
 * field, on every API operation (with a body type, or with none); nothing is saved. Before, it was silently ignored.
 */
class OnbekendeVeldenTest extends IntegrationTest {

    private static final String ONBEKEND = "Dit veld is onbekend; het verzoek kent alleen de velden die de "
            + "API-documentatie (/api/v1/openapi.json) noemt.";

    private Api consulent() {
        return api("consulent");
    }

    private static void geweigerd(Api.Antwoord antwoord, String veld) {
        assertThat(antwoord.ongeldigeVelden()).containsExactly(veld);
        assertThat(antwoord.json().get("title").asString()).isEqualTo("Ongeldige invoer");
        assertThat(antwoord.json().get("invalidParams").get(0).get("reason").asString())
                .isEqualTo(ONBEKEND);
    }

    @Test
    void eenOnbekendVeldNaastEenGeldigeRegistratieWordtGeweigerdEnNietsBewaard() {
        String bsn = TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(bsn);
        body.put("bijnaam", "Ran");

        geweigerd(consulent().post("/api/v1/inburgeraars", body), "bijnaam");

        // Nothing saved: the same body without the unknown field registers (no 409 for an existing BSN).
        body.remove("bijnaam");
        Api.Antwoord zonder = consulent().post("/api/v1/inburgeraars", body);
        assertThat(zonder.status()).as(zonder.body()).isEqualTo(201);
    }

    @Test
    void eenOnbekendVeldInEenGeneestObjectWordtMetZijnPadGenoemd() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("telefoon", "0612345678");
        contact.put("fax", "0201234567");
        body.put("contact", contact);

        geweigerd(consulent().post("/api/v1/inburgeraars", body), "contact.fax");

        body.put("contact", Map.of("telefoon", "0612345678"));
        body.put("kinderen", List.of(Map.of("voornaam", "Sami", "geboortedatum", "2019-05-01", "schoenmaat", 28)));
        geweigerd(consulent().post("/api/v1/inburgeraars", body), "kinderen[0].schoenmaat");
    }

    @Test
    void ookAndereOperatiesWeigerenEenOnbekendVeld() {
        Map<String, Object> vraag = new LinkedHashMap<>();
        vraag.put("geboortedatum", "1994-03-12");
        vraag.put("nationaliteiten", List.of("SY"));
        vraag.put("verblijfsdoel", "asiel");
        vraag.put("jarenLeerplichtigInNederland", 0);
        vraag.put("nederlandsDiploma", false);
        assertThat(consulent().post("/api/v1/plichtindicaties", vraag).status()).isEqualTo(200);
        vraag.put("haarkleur", "zwart");
        geweigerd(consulent().post("/api/v1/plichtindicaties", vraag), "haarkleur");

        String id = dossier();
        geweigerd(
                consulent()
                        .put(
                                "/api/v1/inburgeraars/" + id + "/intake",
                                Map.of("routebesluit", Map.of("leerroute", "B", "reden", "Besproken", "extra", 1))),
                "routebesluit.extra");
    }

    @Test
    void eenOperatieZonderInhoudWeigertElkGenoemdVeld() {
        String id = dossier();
        Api.Antwoord intake = consulent()
                .put(
                        "/api/v1/inburgeraars/" + id + "/intake",
                        Map.of("routebesluit", Map.of("leerroute", "B", "reden", "Besproken met de inburgeraar")));
        assertThat(intake.status()).as(intake.body()).isEqualTo(200);

        // POST …/pips drafts from the intake and takes no body: a field in one is refused, not ignored.
        geweigerd(consulent().post("/api/v1/inburgeraars/" + id + "/pips", Map.of("leerroute", "Z")), "leerroute");
        Api.Antwoord geenJson =
                consulent().send("POST", "/api/v1/inburgeraars/" + id + "/pips", "nee", "application/json");
        assertThat(geenJson.status()).as(geenJson.body()).isEqualTo(400);
        assertThat(consulent().get("/api/v1/inburgeraars/" + id + "/pips").json())
                .isEmpty();

        // An empty object, as before, drafts the concept.
        Api.Antwoord concept = consulent().post("/api/v1/inburgeraars/" + id + "/pips", Map.of());
        assertThat(concept.status()).as(concept.body()).isEqualTo(201);
    }

    private String dossier() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("datumKennisgeving", "2026-09-01");
        body.put("datumHuisvesting", "2026-09-15");
        Api.Antwoord antwoord = consulent().post("/api/v1/inburgeraars", body);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        return antwoord.header("Location").replaceAll(".*/", "");
    }
}
