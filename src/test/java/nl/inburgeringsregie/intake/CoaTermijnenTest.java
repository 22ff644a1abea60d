package nl.inburgeringsregie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import nl.inburgeringsregie.termijnen.Termijnen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * T-12 over HTTP (ADR 0037): COA's profile within 2 weeks of the koppeling, housing within 10 weeks, the joint handover
 * conversation within 12; met late stays visible as late (T-15); only asielstatushouders with a koppeling; only the
 * own gemeente's worklist.
 */
class CoaTermijnenTest extends IntegrationTest {

    @Autowired
    private Termijnen termijnen;

    @AfterEach
    void klok() {
        clock.reset();
    }

    private String registreer(String bsn, String koppeling) {
        Map<String, Object> body = TestData.inburgeraar(bsn);
        body.put("datumKennisgeving", "2028-02-10");
        body.put("datumKoppeling", koppeling);
        return TestDossiers.registreer(api("consulent"), body);
    }

    private Api.Antwoord importeer(String bsn, String datumOverdracht) {
        return api("consulent")
                .post(
                        "/api/v1/coa-overdrachten",
                        Map.of(
                                "bsn",
                                bsn,
                                "gemeentecode",
                                "0392",
                                "datumOverdracht",
                                datumOverdracht,
                                "deelnemers",
                                List.of("COA-begeleider", "consulent")));
    }

    private JsonNode termijn(String dossier, String soort) {
        Api.Antwoord a = api("consulent").get("/api/v1/inburgeraars/" + dossier + "/termijnen");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        for (JsonNode t : a.json()) {
            if (t.get("soort").asString().equals(soort)) {
                return t;
            }
        }
        return null;
    }

    private List<String> werkvoorraad(Api api, String soort) {
        Api.Antwoord a = api.get("/api/v1/werkvoorraad?grootte=200&van=2028-02-01&tot=2028-06-30&soort=" + soort);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json()
                .get("regels")
                .valueStream()
                .map(r -> r.get("inburgeraarId").asString())
                .toList();
    }

    @Test
    void eenProfielOpDeLaatsteDagIsOpTijdEnVerdwijntVanDeWerkvoorraad() {
        // Koppeling on Friday 18-02-2028: two weeks later is Friday 03-03-2028, across the leap day.
        clock.zet(LocalDate.of(2028, 3, 3));
        String bsn = TestData.bsn();
        String dossier = registreer(bsn, "2028-02-18");

        JsonNode profiel = termijn(dossier, "COA_PROFIEL");
        assertThat(profiel.get("uiterlijkeDatum").asString()).isEqualTo("2028-03-03");
        assertThat(profiel.get("status").asString()).isEqualTo("BINNENKORT");
        assertThat(profiel.get("regel").asString()).isEqualTo("T-12");
        assertThat(profiel.get("toelichting").asString()).contains("03-03-2028", "18-02-2028", "regel T-12");
        assertThat(termijn(dossier, "HUISVESTING").get("uiterlijkeDatum").asString())
                .isEqualTo("2028-04-28");
        assertThat(termijn(dossier, "COA_OVERDRACHTSGESPREK")
                        .get("uiterlijkeDatum")
                        .asString())
                .isEqualTo("2028-05-12");
        assertThat(werkvoorraad(api("consulent"), "COA_PROFIEL")).contains(dossier);
        String pagina =
                WebSessie.login(baseUrl(), "consulent").get("/werkvoorraad").body();
        assertThat(pagina)
                .contains(dossier, "COA-profiel ontvangen", "COA-profiel opvragen en importeren", "regel T-12")
                .contains("/inburgeraars/" + dossier + "/bewerken");
        assertThat(WebSessie.login(baseUrl(), "consulent.velsen")
                        .get("/werkvoorraad")
                        .body())
                .doesNotContain(dossier);
        assertThat(werkvoorraad(api("consulent.velsen"), "COA_PROFIEL"))
                .as("another gemeente")
                .doesNotContain(dossier);
        assertThat(api("consulent.velsen")
                        .get("/api/v1/inburgeraars/" + dossier + "/termijnen")
                        .status())
                .isEqualTo(404);

        Api.Antwoord ontvangen = importeer(bsn, "2028-03-02");
        assertThat(ontvangen.status()).as(ontvangen.body()).isEqualTo(200);
        profiel = termijn(dossier, "COA_PROFIEL");
        assertThat(profiel.get("status").asString()).isEqualTo("VOLDAAN");
        assertThat(profiel.hasNonNull("gemistOp")).isFalse();
        assertThat(profiel.get("toelichting").asString()).contains("ontvangen op 03-03-2028");
        JsonNode gesprek = termijn(dossier, "COA_OVERDRACHTSGESPREK");
        assertThat(gesprek.get("status").asString()).isEqualTo("VOLDAAN");
        assertThat(gesprek.get("toelichting").asString()).contains("02-03-2028");
        assertThat(werkvoorraad(api("consulent"), "COA_PROFIEL")).doesNotContain(dossier);
        assertThat(werkvoorraad(api("consulent"), "COA_OVERDRACHTSGESPREK")).doesNotContain(dossier);
        // The daily job's rebuild (the gemeente's rows, row-level security) sees the imported profile too.
        clock.zet(LocalDate.of(2028, 3, 6));
        termijnen.werkGemeenteBij("0392");
        assertThat(werkvoorraad(api("consulent"), "COA_PROFIEL")).doesNotContain(dossier);
        assertThat(werkvoorraad(api("consulent"), "COA_OVERDRACHTSGESPREK")).doesNotContain(dossier);
        // Housing is still to be arranged.
        assertThat(werkvoorraad(api("consulent"), "HUISVESTING")).contains(dossier);
    }

    @Test
    void eenProfielDeDagNaDeLaatsteDagIsVoldaanMaarTeLaat() {
        // Koppeling on the leap day: the profile is due 14-03-2028.
        clock.zet(LocalDate.of(2028, 3, 15));
        String bsn = TestData.bsn();
        String dossier = registreer(bsn, "2028-02-29");
        JsonNode profiel = termijn(dossier, "COA_PROFIEL");
        assertThat(profiel.get("uiterlijkeDatum").asString()).isEqualTo("2028-03-14");
        assertThat(profiel.get("status").asString()).isEqualTo("VERLOPEN");
        assertThat(werkvoorraad(api("consulent"), "COA_PROFIEL")).contains(dossier);

        Api.Antwoord ontvangen = importeer(bsn, "2028-03-15");
        assertThat(ontvangen.status()).as(ontvangen.body()).isEqualTo(200);
        profiel = termijn(dossier, "COA_PROFIEL");
        assertThat(profiel.get("status").asString()).isEqualTo("VOLDAAN");
        assertThat(profiel.get("gemistOp").asString()).as("T-15").isEqualTo("2028-03-14");
        assertThat(profiel.get("toelichting").asString()).contains("1 dagen te laat", "14-03-2028", "regel T-15");
        // The same profile again changes nothing.
        assertThat(importeer(bsn, "2028-03-15").status()).isEqualTo(200);
        assertThat(termijn(dossier, "COA_PROFIEL").get("gemistOp").asString()).isEqualTo("2028-03-14");
    }

    @Test
    void gehuisvestOpDeLaatsteDagIsVoldaan() {
        clock.zet(LocalDate.of(2028, 5, 10));
        String dossier = registreer(TestData.bsn(), "2028-02-29");
        assertThat(termijn(dossier, "HUISVESTING").get("status").asString()).isEqualTo("VERLOPEN");
        assertThat(werkvoorraad(api("consulent"), "HUISVESTING")).contains(dossier);

        Api consulent = api("consulent");
        @SuppressWarnings("unchecked")
        Map<String, Object> gegevens = new HashMap<>(Api.JSON.readValue(
                consulent.get("/api/v1/inburgeraars/" + dossier).body(), Map.class));
        gegevens.put("datumHuisvesting", "2028-05-09");
        Api.Antwoord gewijzigd = consulent.put("/api/v1/inburgeraars/" + dossier, gegevens);
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);

        JsonNode huisvesting = termijn(dossier, "HUISVESTING");
        assertThat(huisvesting.get("status").asString()).isEqualTo("VOLDAAN");
        assertThat(huisvesting.get("uiterlijkeDatum").asString()).isEqualTo("2028-05-09");
        assertThat(huisvesting.hasNonNull("gemistOp"))
                .as("housed on the last day")
                .isFalse();
        assertThat(werkvoorraad(api("consulent"), "HUISVESTING")).doesNotContain(dossier);
    }

    @Test
    void eenGezinsmigrantHeeftGeenCoaTermijnen() {
        clock.zet(LocalDate.of(2028, 3, 15));
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("doelgroep", "Gezinsmigrant en overige migrant");
        body.put("gedetailleerdeDoelgroep", "Gezinsvormer");
        body.put("datumKennisgeving", "2028-02-10");
        body.remove("datumKoppeling");
        body.put("datumInschrijvingBrp", "2028-02-12");
        String dossier = TestDossiers.registreer(api("consulent"), body);
        assertThat(termijn(dossier, "COA_PROFIEL")).isNull();
        assertThat(termijn(dossier, "HUISVESTING")).isNull();
        assertThat(termijn(dossier, "COA_OVERDRACHTSGESPREK")).isNull();
    }
}
