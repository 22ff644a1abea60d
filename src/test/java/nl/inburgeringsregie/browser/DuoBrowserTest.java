package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A consultant on a dossier's DUO page: fetches what DUO knows, reports a MAP date with a verwijtbaar flag DUO would
 * refuse (the rule is shown at once), then the right one; the team lead compares the gemeente with DUO. Scanned with axe.
 */
class DuoBrowserTest extends BrowserTest {

    @Autowired
    DuoSimulator duo;

    @AfterEach
    void klok() {
        clock.reset();
    }

    @Test
    void deConsulentZietWatDuoWeetEnMeldtHetEindgesprekMap() {
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

        logIn("consulent");
        page.navigate(url("/inburgeraars/" + id));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DUO"))
                .first()
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gegevens ophalen bij DUO"))
                .click();
        assertThat(page.getByText("De gegevens van DUO zijn opgehaald")).isVisible();
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Leerbaarheidstoets: resultaten")))
                .containsText("B1-route haalbaar");
        controleerToegankelijkheid("duo-dossier");

        page.getByLabel("Onderdeel").selectOption("map");
        page.getByLabel("Datum (leeg: eerder gemelde datum intrekken)").fill("2026-11-20");
        page.getByLabel("Verwijtbaar (alleen bij overschrijding van de termijn, regel R-9)")
                .selectOption("Ja");
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("MAP-eindgesprek of PVT-ondertekening"))
                .getByRole(AriaRole.BUTTON)
                .click();
        assertThat(page.locator(".foutsamenvatting")).containsText("(regel R-9)");
        controleerToegankelijkheid("duo-melding-fout");

        page.getByLabel("Onderdeel").selectOption("map");
        page.getByLabel("Datum (leeg: eerder gemelde datum intrekken)").fill("2026-11-20");
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("MAP-eindgesprek of PVT-ondertekening"))
                .getByRole(AriaRole.BUTTON)
                .click();
        assertThat(page.getByText("De melding staat klaar")).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Meldingen aan DUO")))
                .containsText("MAP");

        page.context().clearCookies();
        logIn("teamleider");
        page.navigate(url("/koppeling/afstemming"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergelijk met DUO: Haarlem (0392)"))
                .click();
        // The page refreshes itself when the comparison is done (issue 21 point 8); scanned once it has.
        assertThat(page.locator("#vergelijking-voortgang"))
                .hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(240_000));
        assertThat(page.locator("#vergelijkingen")).containsText("Haarlem (0392)");
        controleerToegankelijkheid("duo-afstemming");
    }
}
