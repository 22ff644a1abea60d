package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The consultant's first real flow, in a browser: log in with the keyboard, register a newcomer (after a
 * wrong BSN), find them in the caseload, open the dossier, hand it to a colleague and see it all in the
 * journal.
 */
class RegistratieBrowserTest extends BrowserTest {

    @Test
    void inloggenRegistrerenVindenEnToewijzen() {
        String bsn = TestData.bsn();
        // A surname no other test uses: letters derived from the unique BSN.
        String achternaam = "Zerai"
                + bsn.chars()
                        .skip(3)
                        .mapToObj(c -> String.valueOf((char) ('a' + c - '0')))
                        .reduce("", String::concat);

        // Keyboard only: the username field has focus, Tab to the password, Enter to sign in.
        page.navigate(url("/login"));
        assertThat(page.getByLabel("Gebruikersnaam")).isFocused();
        page.keyboard().type("consulent");
        page.keyboard().press("Tab");
        page.keyboard().type("demo");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Caseload")))
                .isVisible();

        menu("Inburgeraar registreren").click();
        page.getByLabel("BSN").fill("123456789");
        page.getByLabel("Geslachtsnaam").fill(achternaam);
        page.getByLabel("Voornamen").fill("Selam");
        page.getByLabel("Geboortedatum", new Page.GetByLabelOptions().setExact(true))
                .fill("1996-04-02");
        page.locator("input[name=geslacht][value=V]").check();
        page.getByLabel("Nationaliteit 1", new Page.GetByLabelOptions().setExact(true))
                .selectOption("ER");
        page.getByLabel("Land van herkomst").selectOption("ER");
        page.getByLabel("Taal 1", new Page.GetByLabelOptions().setExact(true)).selectOption("ti");
        page.getByLabel("Taal 2", new Page.GetByLabelOptions().setExact(true)).selectOption("en");
        page.getByLabel("Er is een tolk nodig").check();
        page.getByLabel("Tolk voor taal").selectOption("ti");
        page.locator("input[name=doelgroep][value=ASIELSTATUSHOUDER]").check();
        page.locator("input[name=wet][value=WI2021]").check();
        page.getByLabel("Datum kennisgeving inburgeringsplicht (DUO)").fill("2026-09-01");
        page.getByLabel("Datum koppeling aan gemeente (COA)").fill("2026-08-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registreren"))
                .click();

        // The wrong BSN is named at the top and at the field; nothing was saved.
        Locator samenvatting = page.locator(".foutsamenvatting");
        assertThat(samenvatting).containsText("elfproef");
        assertThat(page.locator("#bsn-fout")).isVisible();
        assertThat(page.getByLabel("Geslachtsnaam")).hasValue(achternaam);

        page.getByLabel("BSN").fill(bsn);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registreren"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Selam " + achternaam);
        assertThat(page.getByText("De inburgeraar is geregistreerd.")).isVisible();
        assertThat(page.locator("table[aria-labelledby=journaal]")).containsText("Registratie");
        assertThat(page.locator("main")).containsText("Eritrea (ER)");
        assertThat(page.locator("main")).containsText("Tigrinya (ti), Engels (en)");
        // The deadlines load into the dossier: T-1 runs from the later of notice and housing; housing is unknown.
        assertThat(page.locator("#termijnen")).containsText("PIP vaststellen");
        assertThat(page.locator("#termijnen")).containsText("de datum huisvesting ontbreekt (regel T-1)");
        String dossier = page.url();

        // Find them again in the caseload by the start of the surname.
        menu("Caseload").click();
        page.getByLabel("Zoek op naam of BSN").fill(achternaam.substring(0, achternaam.length() - 1));
        page.getByLabel("Zoek op naam of BSN").press("Enter");
        Locator rij = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(achternaam)));
        assertThat(rij).hasCount(1);
        rij.click();
        assertThat(page).hasURL(dossier);

        // Hand the dossier to a colleague; the journal shows who, when and old → new.
        page.getByLabel("Consulent toewijzen").selectOption("l.smit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toewijzen"))
                .click();
        assertThat(page.getByText("De consulent is toegewezen.")).isVisible();
        Locator nieuwsteRegel =
                page.locator("table[aria-labelledby=journaal] tbody tr").first();
        // People by their names, not their user names (issue 21 point 2).
        assertThat(nieuwsteRegel).containsText("Sanne de Vries");
        assertThat(nieuwsteRegel).containsText("Lotte Smit");
    }

    private Locator menu(String naam) {
        return page.getByLabel("Hoofdmenu")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(naam).setExact(true));
    }
}
