package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 21 point 13: a favicon; on a phone (390 px wide) the header menu folds behind a button, and the DUO page does
 * not scroll sideways. Scanned with axe.
 */
class KleinSchermBrowserTest extends BrowserTest {

    private static final int TELEFOON = 390;
    /** The DUO page's answers call the DUO simulator: slow on a busy machine. */
    private static final LocatorAssertions.IsVisibleOptions LANGZAAM =
            new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    private static final LocatorAssertions.ContainsTextOptions LANGZAAM_TEKST =
            new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

    @Autowired
    DuoSimulator duo;

    @AfterEach
    void klok() {
        clock.reset();
    }

    @Test
    void elkePaginaWijstEenFaviconAanDieBestaat() {
        page.navigate(url("/login"));
        Locator icoon = page.locator("head link[rel=icon]");
        assertThat(icoon).hasCount(1);
        APIResponse antwoord = page.request().get(url(icoon.getAttribute("href")));
        Assertions.assertThat(antwoord.status()).isEqualTo(200);
        Assertions.assertThat(antwoord.headers().get("content-type")).contains("image/svg+xml");

        logIn("consulent");
        page.navigate(url("/werkvoorraad"));
        assertThat(page.locator("head link[rel=icon]")).hasAttribute("href", icoon.getAttribute("href"));
    }

    @Test
    void hetMenuKlaptInOpEenTelefoonEnOpentMetDeMenuknop() {
        page.setViewportSize(TELEFOON, 844);
        logIn("teamleider");
        page.navigate(url("/werkvoorraad"));
        Locator menu = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"));
        Locator knop = menu.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Menu"));
        Locator team = menu.getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName("Team").setExact(true));
        assertThat(knop).isVisible();
        assertThat(knop).hasAttribute("aria-expanded", "false");
        assertThat(team).isHidden();
        geenHorizontaleScroll("werkvoorraad, menu dicht");
        controleerToegankelijkheid("telefoon-menu-dicht");

        knop.click();
        assertThat(knop).hasAttribute("aria-expanded", "true");
        assertThat(team).isVisible();
        geenHorizontaleScroll("werkvoorraad, menu open");
        controleerToegankelijkheid("telefoon-menu-open");
        knop.click();
        assertThat(team).isHidden();

        // The same menu's second use: open it again and follow a link.
        knop.click();
        team.click();
        page.waitForURL(u -> u.endsWith("/werkvoorraad/team"));
        assertThat(knop).hasAttribute("aria-expanded", "false");

        // On a wide screen there is no button and the menu is open.
        page.setViewportSize(1280, 900);
        assertThat(knop).isHidden();
        assertThat(team).isVisible();
    }

    @Test
    void deDuoPaginaScroltNietOpzijOpEenTelefoon() {
        clock.zet(LocalDate.of(2026, 11, 25));
        String bsn = TestData.bsn();
        String id = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(bsn), "B");
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1), "Asielstatushouder", null));
        duo.zet(
                "/personen/" + bsn + "/lbt/resultaten",
                List.of(Map.of(
                        "resultaat",
                        "B1-route haalbaar",
                        "behaaldeScore",
                        "62,00",
                        "benodigdeScore",
                        "55,00",
                        "datumAfname",
                        "2026-09-20")));

        page.setViewportSize(TELEFOON, 844);
        page.setDefaultTimeout(60_000); // fetching from the DUO simulator is slow on a busy machine
        logIn("consulent");
        page.navigate(url("/inburgeraars/" + id + "/duo"));
        geenHorizontaleScroll("DUO-pagina");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gegevens ophalen bij DUO"))
                .click();
        assertThat(page.getByText("De gegevens van DUO zijn opgehaald")).isVisible(LANGZAAM);
        geenHorizontaleScroll("DUO-pagina met de gegevens van DUO");
        controleerToegankelijkheid("telefoon-duo");

        // A melding in the table: made from the MAP's afronding on "Route en voortgang" (issue 16).
        TestDossiers.moduleAfgerond(api("consulent"), id, "map", LocalDate.of(2026, 11, 20));
        page.navigate(url("/inburgeraars/" + id + "/duo"));
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Meldingen aan DUO")))
                .containsText("MAP", LANGZAAM_TEKST);
        geenHorizontaleScroll("DUO-pagina met een melding");
        controleerToegankelijkheid("telefoon-duo-melding");

        // The route page with its modules, and a refused form there (the error summary).
        page.navigate(url("/inburgeraars/" + id + "/voortgang"));
        geenHorizontaleScroll("Route en voortgang");
        Locator pvt = page.locator("#module-PVT");
        pvt.getByLabel("Datum van ondertekening").fill("2026-11-20");
        pvt.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Ondertekening vastleggen en melden aan DUO"))
                .click();
        assertThat(page.locator("#module-PVT .foutsamenvatting")).containsText("(regel R-7)", LANGZAAM_TEKST);
        geenHorizontaleScroll("Route en voortgang met een fout");
        controleerToegankelijkheid("telefoon-route-fout");
    }

    /** The page is no wider than the window: nothing to scroll sideways (names what sticks out when it is). */
    private void geenHorizontaleScroll(String waar) {
        // As Playwright's own assertions do, the layout gets a moment to settle (a page just loaded may still be laying
        // out its fonts and tables); the last measurement decides.
        Map<String, Object> maat = maat();
        for (int poging = 0; poging < 10 && breder(maat); poging++) {
            page.waitForTimeout(300);
            maat = maat();
        }
        int scrollWidth = ((Number) maat.get("scrollWidth")).intValue();
        int clientWidth = ((Number) maat.get("clientWidth")).intValue();
        Assertions.assertThat(scrollWidth)
                .as("%s at %d px scrolls sideways; too wide: %s", waar, TELEFOON, maat.get("breed"))
                .isLessThanOrEqualTo(clientWidth);
    }

    private static boolean breder(Map<String, Object> maat) {
        return ((Number) maat.get("scrollWidth")).intValue() > ((Number) maat.get("clientWidth")).intValue();
    }

    private Map<String, Object> maat() {
        @SuppressWarnings("unchecked")
        Map<String, Object> maat = (Map<String, Object>) page.evaluate("""
                () => {
                  const d = document.scrollingElement;
                  const breed = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > d.clientWidth + 1 && (!e.closest('.tabelrand') || getComputedStyle(e).position === 'absolute'))
                    .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                      + ' ' + Math.round(e.getBoundingClientRect().right));
                  return { scrollWidth: d.scrollWidth, clientWidth: d.clientWidth, breed: breed.join(', ') };
                }""");
        return maat;
    }
}
