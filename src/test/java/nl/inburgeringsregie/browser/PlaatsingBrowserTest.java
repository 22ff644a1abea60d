package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Map;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 in a browser (ADR 0031): a consultant places a person with the demo taalschool's B1 contract from the dossier,
 * and the taalschool's user (demo account {@code aanbieder}) finds the person on "Mijn deelnemers"; each screen passes
 * axe (WCAG 2.1 AA).
 */
class PlaatsingBrowserTest extends BrowserTest {

    @Test
    void eenConsulentPlaatstEnDeAanbiederZietDeDeelnemer() {
        String naam = "Plaatsbaar" + TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("geslachtsnaam", naam);
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), body, "B");

        logIn("consulent");
        page.navigate(url("/inburgeraars/" + dossier));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plaatsingen"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Plaatsingen bij aanbieders")))
                .isVisible();
        // Without a contract the form names the field.
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Plaatsen").setExact(true))
                .click();
        assertThat(page.locator(".foutsamenvatting")).isVisible();
        controleerToegankelijkheid("plaatsing-fout");

        page.getByLabel("Contract")
                .selectOption(new SelectOption().setLabel("Taalschool Kennemerland – IJZK-2022-B1 (B1-route)"));
        page.getByLabel("Datum van aanmelding").fill("2026-11-02");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Plaatsen").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("geplaatst");
        // The page also shows the hours ledger's table (issue 15, second part): name the placements' table.
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Plaatsingen bij aanbieders")))
                .containsText("Taalschool Kennemerland");
        controleerToegankelijkheid("plaatsingen");

        page.context().clearCookies();
        logIn("aanbieder");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mijn deelnemers")))
                .isVisible();
        assertThat(page.locator("table")).containsText(naam);
        controleerToegankelijkheid("mijn-deelnemers");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(naam + ", Rania"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(naam + ", Rania")))
                .isVisible();
        controleerToegankelijkheid("deelnemer");
    }

    @Test
    void deBeheerderZietAanbiedersContractenEnCapaciteit() {
        logIn("beheerder");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Aanbieders").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aanbieders en contracten")))
                .isVisible();
        controleerToegankelijkheid("aanbieders");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("IJZK-2022-B1"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Capaciteit")))
                .isVisible();
        controleerToegankelijkheid("contract");
        page.navigate(url("/beheer/aanbieders"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Taalschool Kennemerland"))
                .click();
        assertThat(page.getByText("aanbieder", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        controleerToegankelijkheid("aanbieder");
    }
}
