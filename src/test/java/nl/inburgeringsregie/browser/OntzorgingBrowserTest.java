package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 in a browser (ADR 0032): the budgetcoach (demo account {@code budgetcoach}) finds a new asielstatushouder on
 * bijstand on the ontzorgen worklist, records the authorisation and the fixed costs (a wrong IBAN first, named at the
 * field), and the consultant sees the ontzorging from the dossier; each screen passes axe (WCAG 2.1 AA).
 */
class OntzorgingBrowserTest extends BrowserTest {

    @Test
    void deBudgetcoachLegtEenOntzorgingVastEnDeConsulentZietHaar() {
        String naam = "Ontzorgd" + TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("geslachtsnaam", naam);
        body.put("datumStartBijstand", "2026-11-02");
        String dossier = TestDossiers.registreer(api("consulent"), body);

        logIn("budgetcoach");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Werklijst ontzorgen")))
                .isVisible();
        controleerToegankelijkheid("ontzorging-werklijst");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(naam + ", Rania"))
                .click();
        page.getByLabel("Datum getekende machtiging").fill("2026-10-30");
        Locator huur = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Huur"));
        huur.getByLabel("Ontvanger").fill("Woonstichting Kennemerland");
        huur.getByLabel("IBAN").fill("NL91ABNA0417164301");
        huur.getByLabel("Bedrag per maand in euro").fill("612.40");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                .click();
        assertThat(page.locator(".foutsamenvatting")).containsText("ISO 13616");
        controleerToegankelijkheid("ontzorging-fout");

        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Huur"))
                .getByLabel("IBAN")
                .fill("NL91ABNA0417164300");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("vastgelegd");
        assertThat(page.locator("main")).containsText("02-11-2026 tot en met 02-05-2027");
        controleerToegankelijkheid("ontzorging");

        page.context().clearCookies();
        logIn("consulent");
        page.navigate(url("/inburgeraars/" + dossier));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Ontzorging").setExact(true))
                .click();
        assertThat(page.locator("main table")).containsText("Woonstichting Kennemerland");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")))
                .hasCount(0);
    }
}
