package nl.inburgeringsregie.proefgesprek;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.WebSessie;
import nl.inburgeringsregie.termijnen.TermijnSoort;
import nl.inburgeringsregie.termijnen.TermijnSoorten;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13 point 4: a module outside {@code termijnen} adds a kind of deadline through {@code TermijnBron} alone. The
 * registry parses its code, its fact change rewrites the read model in its transaction
 * ({@code TermijnfeitenGewijzigd}), and the API and the team's worklist list it with its label; a code no module
 * contributes stays a 400 naming the parameter.
 */
class EenModuleVoegtEenTermijnsoortToeTest extends IntegrationTest {

    @Autowired
    TermijnSoorten soorten;

    @Autowired
    GesprekTermijnen gesprekken;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    private String registreer() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("datumKennisgeving", "2026-01-02");
        body.put("datumKoppeling", "2025-12-20");
        body.put("datumHuisvesting", "2026-01-15");
        Api.Antwoord antwoord = api("consulent").post("/api/v1/inburgeraars", body);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        return antwoord.header("Location").replaceAll(".*/", "");
    }

    private List<String> soortenInLeesmodel(String id) {
        return jdbc.sql("select soort from termijn where inburgeraar_id = ?::uuid order by soort")
                .param(id)
                .query(String.class)
                .list();
    }

    @Test
    void deRegistratieKentDeSoortVanDeModuleNaDeVijfVanDeRoute() {
        assertThat(soorten.van("TEST_GESPREK")).containsSame(GesprekTermijnen.TEST_GESPREK);
        assertThat(soorten.alle())
                .extracting(TermijnSoort::code)
                .containsSubsequence(
                        "BREDE_INTAKE",
                        "PIP_VASTSTELLEN",
                        "INBURGERINGSTERMIJN",
                        "SCHAKELEN",
                        "VERLENGING_AANVRAGEN",
                        "TEST_GESPREK");
        assertThat(soorten.van("TEST_GESPREKKEN")).isEmpty();
        assertThat(soorten.van("test_gesprek")).isEmpty();
    }

    @Test
    void eenGeplandGesprekKomtInHetLeesmodelDeApiEnDeTeamlijst() {
        clock.zet(LocalDate.of(2026, 3, 6));
        String id = registreer();
        assertThat(soortenInLeesmodel(id))
                .as("only a dossier with a planned conversation has the deadline")
                .doesNotContain("TEST_GESPREK")
                .hasSize(5);

        gesprekken.plan(UUID.fromString(id), LocalDate.of(2026, 3, 12));

        assertThat(soortenInLeesmodel(id)).contains("TEST_GESPREK").hasSize(6);
        Api consulent = api("consulent");
        JsonNode termijnen =
                consulent.get("/api/v1/inburgeraars/" + id + "/termijnen").json();
        JsonNode gesprek = termijnen.get(5);
        assertThat(gesprek.get("soort").asString()).isEqualTo("TEST_GESPREK");
        assertThat(gesprek.get("uiterlijkeDatum").asString()).isEqualTo("2026-03-12");
        assertThat(gesprek.get("status").asString()).isEqualTo("BINNENKORT");
        assertThat(gesprek.get("regel").asString()).isEqualTo("TEST-1");
        assertThat(gesprek.get("toelichting").asString())
                .isEqualTo("Proefgesprek op 12-03-2026: voorbereiden in de twee weken ervoor (regel TEST-1).");

        Api.Antwoord lijst = consulent.get("/api/v1/werkvoorraad?grootte=200&soort=TEST_GESPREK");
        assertThat(lijst.status()).as(lijst.body()).isEqualTo(200);
        assertThat(lijst.json().get("regels"))
                .extracting(r ->
                        r.get("inburgeraarId").asString() + " " + r.get("soort").asString())
                .contains(id + " TEST_GESPREK")
                .allSatisfy(r -> assertThat(r).endsWith(" TEST_GESPREK"));

        String team = WebSessie.login(baseUrl(), "teamleider")
                .get("/werkvoorraad/team?soort=TEST_GESPREK")
                .body();
        assertThat(team)
                .contains(id)
                .contains("<option value=\"TEST_GESPREK\" selected=\"selected\">Proefgesprek</option>")
                .contains("<span>Proefgesprek</span>")
                .doesNotContain("??");
    }

    @Test
    void eenOnbekendeSoortBlijftEen400DatDeParameterNoemt() {
        Api.Antwoord antwoord = api("consulent").get("/api/v1/werkvoorraad?soort=TEST_ONBEKEND");
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.body()).contains("soort");
    }
}
