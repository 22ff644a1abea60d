package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.inburgeringsregie.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** Every screen passes axe-core's WCAG 2.1 A and AA checks, in each state a user meets it in. */
class ToegankelijkheidBrowserTest extends BrowserTest {

    @Test
    void inlogschermen() {
        page.navigate(url("/login"));
        controleerToegankelijkheid("login");
        page.navigate(url("/login?error"));
        controleerToegankelijkheid("login-fout");
        page.navigate(url("/login?uitgelogd"));
        controleerToegankelijkheid("login-uitgelogd");
    }

    @Test
    void schermenVanDeConsulent() {
        logIn("consulent");
        page.navigate(url("/inburgeraars"));
        controleerToegankelijkheid("caseload");
        page.getByLabel("Zoek op naam of BSN").fill("zzzz-niemand");
        page.getByLabel("Zoek op naam of BSN").press("Enter");
        assertThat(page.locator("main")).containsText("Geen inburgeraars gevonden");
        controleerToegankelijkheid("caseload-leeg");

        page.navigate(url("/inburgeraars"));
        page.locator("table a[href*='/inburgeraars/']").first().click();
        assertThat(page.locator("#journaal")).isVisible();
        controleerToegankelijkheid("dossier");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gegevens wijzigen"))
                .click();
        controleerToegankelijkheid("dossier-bewerken");

        page.navigate(url("/inburgeraars/nieuw"));
        controleerToegankelijkheid("registreren");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registreren"))
                .click();
        assertThat(page.locator(".foutsamenvatting")).isVisible();
        controleerToegankelijkheid("registreren-fouten");

        page.navigate(url("/plichtindicatie"));
        controleerToegankelijkheid("plichtindicatie");
        page.getByLabel("Geboortedatum").fill("1994-03-12");
        page.getByLabel("Nationaliteit(en)").fill("SY");
        page.getByLabel("Verblijfsdoel").selectOption("asiel");
        page.getByLabel("Jaren in Nederland gewoond tussen 5 en 18 jaar (leerplichtige leeftijd)")
                .fill("0");
        page.getByLabel("Nee", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indicatie bepalen"))
                .click();
        assertThat(page.locator(".uitslag")).containsText("Waarschijnlijk inburgeringsplichtig");
        assertThat(page.locator(".uitslag")).containsText("DUO beslist");
        controleerToegankelijkheid("plichtindicatie-uitslag");

        page.navigate(url("/inburgeraars/00000000-0000-0000-0000-000000000000"));
        controleerToegankelijkheid("niet-gevonden");

        page.navigate(url("/werkvoorraad"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mijn werkvoorraad")))
                .isVisible();
        controleerToegankelijkheid("werkvoorraad");
        page.locator("main table a[href*='/inburgeraars/']").first().click();
        assertThat(page.locator("#termijnen table")).isVisible();
        controleerToegankelijkheid("dossier-met-termijnen");
        page.locator("#termijnen")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Termijnen en tijdlijn bekijken"))
                .click();
        assertThat(page.locator("ol.tijdlijn")).isVisible();
        controleerToegankelijkheid("tijdlijn");
        page.navigate(url("/signalen"));
        controleerToegankelijkheid("signalen");
    }

    @Test
    void schermenVanDeTeamleider() {
        logIn("teamleider");
        page.navigate(url("/werkvoorraad/team"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Per consulent")))
                .isVisible();
        controleerToegankelijkheid("team");
        page.navigate(url("/koppeling/notificaties"));
        controleerToegankelijkheid("duo-berichten");
        page.navigate(url("/koppeling/afstemming"));
        controleerToegankelijkheid("duo-afstemming");
    }

    @Test
    void schermenVanAndereRollen() {
        logIn("begeleider");
        controleerToegankelijkheid("start-begeleider");
        page.navigate(url("/inburgeraars"));
        controleerToegankelijkheid("geen-toegang");

        sluitEnOpen();
        logIn("privacy");
        page.navigate(url("/auditlog"));
        controleerToegankelijkheid("auditlog");

        sluitEnOpen();
        logIn("beheerder");
        page.navigate(url("/gebruikers"));
        controleerToegankelijkheid("gebruikers");
    }

    private void sluitEnOpen() {
        page.context().clearCookies();
    }
}
