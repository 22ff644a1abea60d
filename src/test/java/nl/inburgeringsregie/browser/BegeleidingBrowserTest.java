package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.Map;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, begeleiding part in a browser (ADR 0036): the consultant assigns the demo partner organisation; the
 * begeleider (demo account {@code begeleider}) finds the person on their worklist with the handover due soon (T-9),
 * records a contact (a negative time first, refused with its rule), signals the consultant and hands over; the
 * begeleider cannot open the intake; the consultant marks the signal seen. Each screen passes axe (WCAG 2.1 AA).
 */
class BegeleidingBrowserTest extends BrowserTest {

    @Test
    void consulentEnBegeleiderDoenElkHunDeel() {
        LocalDate vandaag = LocalDate.now(clock);
        String naam = "Begeleid" + TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("geslachtsnaam", naam);
        body.put("datumHuisvesting", vandaag.minusMonths(12).plusDays(10).toString());
        String dossier = TestDossiers.registreer(api("consulent"), body);

        logIn("consulent");
        page.navigate(url("/inburgeraars/" + dossier));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Begeleiding en nazorg"))
                .click();
        page.getByLabel("Partnerorganisatie")
                .selectOption(new SelectOption().setLabel("Stichting Welkom Kennemerland"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toewijzen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("toegewezen");
        controleerToegankelijkheid("begeleiding-consulent");

        page.context().clearCookies();
        logIn("begeleider");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Werklijst maatschappelijke begeleiding")))
                .isVisible();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(naam)))
                .containsText("Overdracht binnenkort");
        controleerToegankelijkheid("begeleiding-werklijst");
        Assertions.assertThat(page.navigate(url("/inburgeraars/" + dossier + "/intake"))
                        .status())
                .as("no intake (health) for the begeleider")
                .isEqualTo(403);
        page.navigate(url("/begeleiding"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(naam + ", Rania"))
                .click();

        page.getByLabel("Wonen").check();
        page.getByLabel("Bestede tijd (minuten)").fill("-5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contactmoment opslaan"))
                .click();
        assertThat(page.locator(".foutsamenvatting")).containsText("regel R-11");
        controleerToegankelijkheid("begeleiding-fout");

        page.getByLabel("Wonen").check();
        page.getByLabel("Inkomen").check();
        page.getByLabel("Bestede tijd (minuten)").fill("90");
        page.getByLabel("Telt als participatie-uren voor de Z-route (regels R-5, R-11)")
                .check();
        page.getByLabel("Signaal aan de consulent (optioneel)").fill("Vraag over de huurtoeslag.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contactmoment opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("vastgelegd");
        assertThat(page.locator("main table")).containsText("Wonen, Inkomen");

        page.getByLabel("Datum overdracht").fill(vandaag.toString());
        page.getByLabel("Ontvangend team").fill("Sociaal wijkteam Haarlem-Oost");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overdracht vastleggen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("overdracht is vastgelegd");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Overdrachtsdocument (PDF)")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overdracht vastleggen")))
                .hasCount(0);
        controleerToegankelijkheid("begeleiding-overgedragen");

        page.context().clearCookies();
        logIn("consulent");
        page.navigate(url("/inburgeraars/" + dossier + "/begeleiding"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Markeer het signaal als gezien"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Signaal gezien");
        assertThat(page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Markeer het signaal als gezien")))
                .hasCount(0);
    }
}
