package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 13 in a browser: the functioneel beheerder opens Beheer from the menu, adds an account (after a wrong
 * user name), sees its one-time password, changes a gemeente's setting and finds both in the journal; every screen
 * passes axe (WCAG 2.1 AA).
 */
class BeheerBrowserTest extends BrowserTest {

    @Test
    void deBeheerderVoegtEenAccountToeEnWijzigtEenInstellingVanDeGemeente() {
        String naam = "b." + TestData.bsn();
        logIn("beheerder");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Beheer").setExact(true))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Beheer").setExact(true)))
                .isVisible();
        controleerToegankelijkheid("beheer-overzicht");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Account toevoegen"))
                .click();
        page.getByLabel("Gebruikersnaam").fill("Fout Naam");
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Browser Consulent");
        page.getByLabel("Consulent (klantmanager inburgering)").check();
        page.getByLabel("Haarlem (0392)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account toevoegen"))
                .click();
        assertThat(page.locator(".foutsamenvatting")).containsText("gebruikersnaam");
        controleerToegankelijkheid("beheer-account-fout");
        page.getByLabel("Gebruikersnaam").fill(naam);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account toevoegen"))
                .click();
        assertThat(page.locator("#eenmalig-wachtwoord")).hasText(Pattern.compile("[A-Za-z0-9]{16}"));
        controleerToegankelijkheid("beheer-wachtwoord");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar het account"))
                .click();
        assertThat(page.locator(".beheer-journaal")).containsText("Aangemaakt");
        controleerToegankelijkheid("beheer-account");

        page.navigate(url("/beheer"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Instellingen van Velsen (0453)"))
                .click();
        try {
            page.getByLabel("Telefoon").fill("0255 000000");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                    .click();
            assertThat(page.locator(".melding--succes")).isVisible();
            assertThat(page.getByLabel("Telefoon")).hasValue("0255 000000");
            // Issue 21 point 2: the setting by its label, the beheerder by name, not the key and the user name.
            assertThat(page.locator(".beheer-journaal tr", new Page.LocatorOptions().setHasText("0255 000000")))
                    .containsText("Ingrid Visser");
            assertThat(page.locator(".beheer-journaal")).not().containsText("brief.telefoon");
            controleerToegankelijkheid("beheer-gemeente");
        } finally {
            page.getByLabel("Telefoon").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                    .click();
        }
    }
}
