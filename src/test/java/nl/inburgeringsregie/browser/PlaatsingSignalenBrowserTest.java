package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, the placement signals in a browser (ADR 0033): a consultant whose person was placed with the demo
 * taalschool and whose placement was broken off sees, on "Mijn werkvoorraad", the late offer (T-5) and the placement
 * ended early with its reason (AB-9), each with its rule, and follows the action to the person's placements; the page
 * passes axe (WCAG 2.1 AA).
 */
class PlaatsingSignalenBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    @Test
    void deConsulentZietDeSignalenVanDePlaatsingOpDeWerkvoorraad() {
        clock.zet(LocalDate.of(2026, 12, 1));
        String consulent = "consulent.signalen" + TestData.bsn();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                select ?, 'Consulent signalen', password_hash, '{CONSULENT}', '{0392}' from app_user
                where username = 'consulent'""").param(consulent).update();
        String naam = "Signaal" + TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("geslachtsnaam", naam);
        String dossier = TestDossiers.metVastgesteldPip(api(consulent), body, "B");
        String contract = null;
        for (JsonNode c : api("beheerder").get("/api/v1/contracten").json()) {
            if (c.get("contractnummer").asString().equals("IJZK-2022-B1")) {
                contract = c.get("id").asString();
            }
        }
        Api.Antwoord plaatsing = api(consulent)
                .post(
                        "/api/v1/inburgeraars/" + dossier + "/plaatsingen",
                        Map.of("contractId", contract, "aanmelddatum", "2026-11-02"));
        String id = plaatsing.json().get("id").asString();
        api(consulent).post("/api/v1/plaatsingen/" + id + "/afbreking", Map.of("reden", "Geen kinderopvang gevonden"));

        logIn(consulent);
        page.navigate(url("/werkvoorraad"));
        Locator afgebroken =
                page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Plaatsing afgebroken"));
        assertThat(afgebroken).containsText(naam);
        assertThat(afgebroken).containsText("Geen kinderopvang gevonden");
        assertThat(afgebroken).containsText("regel AB-9");
        Locator aanbod =
                page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Start inburgeringsaanbod"));
        assertThat(aanbod).containsText("20-01-2027");
        assertThat(aanbod).containsText("regel T-5");
        controleerToegankelijkheid("werkvoorraad-plaatsingsignalen");

        afgebroken
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Opnieuw plaatsen"))
                .click();
        page.waitForURL(u -> u.endsWith("/inburgeraars/" + dossier + "/plaatsingen"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .isVisible();
    }
}
