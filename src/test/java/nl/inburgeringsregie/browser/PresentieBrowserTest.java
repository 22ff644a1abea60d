package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, second part, in a browser (ADR 0031): the demo taalschool's user reports a week's attendance on the
 * participant's page, and the consultant sees the hours on the dossier's placements with a progress bar; each screen
 * passes axe (WCAG 2.1 AA).
 */
class PresentieBrowserTest extends BrowserTest {

    @Test
    void deAanbiederMeldtEenWeekEnDeConsulentZietDeUren() {
        String naam = "Aanwezig" + TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("geslachtsnaam", naam);
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), body, "B");
        String contract = null;
        for (JsonNode c : api("beheerder").get("/api/v1/contracten").json()) {
            if (c.get("contractnummer").asString().equals("IJZK-2022-B1")) {
                contract = c.get("id").asString();
            }
        }
        Api.Antwoord plaatsing = api("consulent")
                .post(
                        "/api/v1/inburgeraars/" + dossier + "/plaatsingen",
                        Map.of("contractId", contract, "aanmelddatum", "2026-11-02"));
        String id = plaatsing.json().get("id").asString();
        api("consulent").post("/api/v1/plaatsingen/" + id + "/start", Map.of("datum", "2026-11-16"));

        logIn("aanbieder");
        // The list of all participants (the same person may also stand under "Te melden").
        page.getByRole(AriaRole.TABLE)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(naam + ", Rania"))
                .click();
        page.getByLabel("Periode").selectOption(new SelectOption().setValue("WEEK"));
        page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)).fill("2026-11-16");
        page.getByLabel("Uren aanwezig").fill("12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Presentie melden"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De presentie is opgeslagen.");
        assertThat(page.locator("table").nth(1)).containsText("Week (vanaf maandag)");
        controleerToegankelijkheid("deelnemer-presentie");

        page.context().clearCookies();
        logIn("consulent");
        page.navigate(url("/inburgeraars/" + dossier + "/plaatsingen"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gevolgde uren")))
                .isVisible();
        assertThat(page.getByText("12 van 600 uur")).isVisible();
        assertThat(page.getByLabel("NT2-uren bij een keurmerkinstelling (afschalen, regel T-7)"))
                .hasAttribute("value", "2");
        controleerToegankelijkheid("plaatsingen-uren");
    }
}
