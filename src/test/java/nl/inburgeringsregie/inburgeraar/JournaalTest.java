package nl.inburgeringsregie.inburgeraar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The dossier journal: every change with who, when and old → new, newest first. */
class JournaalTest extends IntegrationTest {

    @Test
    void elkeWijzigingStaatInHetJournaalMetOudEnNieuw() {
        Api consulent = api("consulent");
        String pad = consulent
                .post("/api/v1/inburgeraars", TestData.inburgeraar(TestData.bsn()))
                .header("Location");
        Map<String, Object> dossier =
                new HashMap<>(Api.JSON.readValue(consulent.get(pad).body(), Map.class));
        dossier.put("datumHuisvesting", "2025-03-01");
        dossier.put("geslachtsnaam", "Haddad-Ali");
        assertThat(consulent.put(pad, dossier).status()).isEqualTo(200);

        Api teamleider = api("teamleider");
        Map<String, Object> toewijzing =
                new HashMap<>(Api.JSON.readValue(teamleider.get(pad).body(), Map.class));
        toewijzing.put("consulent", "teamleider");
        assertThat(teamleider.put(pad, toewijzing).status()).isEqualTo(200);

        JsonNode journaal = consulent.get(pad + "/journaal").json();
        assertThat(journaal.get(0).get("soort").asString()).isEqualTo("TOEWIJZING");
        assertThat(journaal.get(0).get("gebruiker").asString()).isEqualTo("teamleider");
        assertThat(journaal.get(0).get("oudeWaarde").asString()).isEqualTo("consulent");
        assertThat(journaal.get(0).get("nieuweWaarde").asString()).isEqualTo("teamleider");
        assertThat(regel(journaal, "datumHuisvesting").get("oudeWaarde")).isNull();
        assertThat(regel(journaal, "datumHuisvesting").get("nieuweWaarde").asString())
                .isEqualTo("2025-03-01");
        assertThat(regel(journaal, "geslachtsnaam").get("oudeWaarde").asString())
                .isEqualTo("Haddad");
        assertThat(regel(journaal, "geslachtsnaam").get("nieuweWaarde").asString())
                .isEqualTo("Haddad-Ali");
        assertThat(journaal.get(journaal.size() - 1).get("soort").asString()).isEqualTo("REGISTRATIE");
        assertThat(journaal.get(journaal.size() - 1).get("gebruiker").asString())
                .isEqualTo("consulent");
    }

    @Test
    void ongewijzigdOpslaanSchrijftNiets() {
        Api consulent = api("consulent");
        String pad = consulent
                .post("/api/v1/inburgeraars", TestData.inburgeraar(TestData.bsn()))
                .header("Location");
        int voor = consulent.get(pad + "/journaal").json().size();
        Map<String, Object> dossier = Api.JSON.readValue(consulent.get(pad).body(), Map.class);
        Api.Antwoord antwoord = consulent.put(pad, dossier);
        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.json().get("versie").asInt()).isEqualTo(((Number) dossier.get("versie")).intValue());
        assertThat(consulent.get(pad + "/journaal").json().size()).isEqualTo(voor);
    }

    @Test
    void toewijzenAanIemandZonderConsulentrolWordtGeweigerd() {
        Api consulent = api("consulent");
        String pad = consulent
                .post("/api/v1/inburgeraars", TestData.inburgeraar(TestData.bsn()))
                .header("Location");
        Map<String, Object> dossier =
                new HashMap<>(Api.JSON.readValue(consulent.get(pad).body(), Map.class));
        dossier.put("consulent", "privacy");
        Api.Antwoord antwoord = consulent.put(pad, dossier);
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("consulent");
        dossier.put("consulent", "consulent.velsen");
        assertThat(consulent.put(pad, dossier).status())
                .as("a Velsen consultant cannot hold a Haarlem dossier")
                .isEqualTo(400);
    }

    private static JsonNode regel(JsonNode journaal, String veld) {
        for (JsonNode regel : journaal) {
            if (veld.equals(regel.path("veld").asString(null))) {
                return regel;
            }
        }
        throw new AssertionError("No journal entry for " + veld + " in " + journaal);
    }
}
