package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Map;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * From intake to a vastgesteld PIP in the browser, its letter, a change by schakelen and the versions side by side;
 * every screen scanned with axe.
 */
class PipBrowserTest extends BrowserTest {

    /** The day the scenarios play on: after their dagtekening of 20-10-2026, inside the 18-month schakel window (T-6). */
    @BeforeEach
    void zetDeDag() {
        clock.zet(LocalDate.of(2026, 11, 30));
    }

    @AfterEach
    void herstelDeDag() {
        clock.reset();
    }

    @Test
    void vanRoutebesluitNaarVastgesteldPipEnEenNieuweVersie() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("datumKennisgeving", "2026-09-01");
        body.put("datumHuisvesting", "2026-09-15");
        String id = api("consulent")
                .post("/api/v1/inburgeraars", body)
                .header("Location")
                .replaceAll(".*/", "");
        api("consulent")
                .put(
                        "/api/v1/inburgeraars/" + id + "/intake",
                        Map.of("routebesluit", Map.of("leerroute", "B", "reden", "Besproken met de inburgeraar")));

        logIn("consulent");
        page.navigate(url("/inburgeraars/" + id));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PIP").setExact(true))
                .click();
        controleerToegankelijkheid("pip-leeg");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept-PIP maken"))
                .click();
        assertThat(page.getByLabel("Leerroute", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("B");
        controleerToegankelijkheid("pip-concept");

        // The newcomer disagrees: the municipality must record its decision (P-2).
        page.getByLabel("De inburgeraar is het niet eens met (een deel van) het plan")
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept bewaren"))
                .click();
        assertThat(page.locator(".foutsamenvatting")).containsText("regel P-2");
        page.getByLabel("Wat de inburgeraar ervan vindt").fill("Wil liever eerst werken");
        page.getByLabel("Besluit en afweging van de gemeente (regel P-2)").fill("Taal eerst; werk via de MAP");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept bewaren"))
                .click();
        assertThat(page.getByText("Het concept is bewaard.")).isVisible();

        page.getByLabel("Dagtekening").fill("2026-10-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("PIP vaststellen"))
                .click();
        assertThat(page.getByText("Het PIP is vastgesteld.")).isVisible();
        controleerToegankelijkheid("pip-vastgesteld");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beschikking (PDF)")))
                .isVisible();

        // A change by schakelen makes version 2; the two versions side by side.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alle versies"))
                .click();
        page.getByLabel("Reden van de wijziging").selectOption("SCHAKELEN");
        page.getByLabel("Toelichting").fill("B1 blijkt niet haalbaar na overleg met de taalschool");
        page.getByLabel("Nieuwe leerroute (bij schakelen)").selectOption("Z");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe versie maken"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Versie 2");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alle versies"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergelijken"))
                .click();
        assertThat(page.locator("tr.verschil").first()).isVisible();
        assertThat(page.locator("main"))
                .containsText("Schakelen naar een andere leerroute"); // a label, not the constant (issue 21 point 2)
        controleerToegankelijkheid("pip-vergelijking");

        // The termijn is on the timeline.
        page.navigate(url("/inburgeraars/" + id + "/termijnen"));
        assertThat(page.locator("main")).containsText("tot en met 20-10-2029");
    }

    /** Issue 12, part 3: vaststellen refused lists each missing onderdeel in Dutch; filled in, the PIP is vastgesteld. */
    @Test
    void eenZroutePipZonderDeUrenVanDeWetNoemtWatOntbreekt() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("datumKennisgeving", "2026-09-01");
        body.put("datumHuisvesting", "2026-09-15");
        String id = api("consulent")
                .post("/api/v1/inburgeraars", body)
                .header("Location")
                .replaceAll(".*/", "");
        api("consulent")
                .put(
                        "/api/v1/inburgeraars/" + id + "/intake",
                        Map.of("routebesluit", Map.of("leerroute", "Z", "reden", "Besproken met de inburgeraar")));

        logIn("consulent");
        page.navigate(url("/inburgeraars/" + id + "/pip"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept-PIP maken"))
                .click();
        assertThat(page.getByLabel("Leerroute", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Z");
        page.getByLabel("Dagtekening").fill("2026-10-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("PIP vaststellen"))
                .click();
        var fouten = page.locator(".foutsamenvatting li");
        assertThat(fouten).hasCount(2);
        assertThat(fouten.nth(0)).containsText("ten minste 800 uur taalles en KNM");
        assertThat(fouten.nth(1)).containsText("800 participatie-uren");
        assertThat(page.locator(".foutsamenvatting")).containsText("regel R-5");
        controleerToegankelijkheid("pip-onderdelen-ontbreken");

        // The consultant plans the hours: 800 on the leerroute, 800 participation hours in the empty row.
        page.locator("#afspraak-0-uren").fill("800");
        page.locator("#afspraak-5-onderdeel").selectOption("PARTICIPATIE");
        page.locator("#afspraak-5-eigenaar").selectOption("INBURGERAAR");
        page.locator("#afspraak-5-frequentie").fill("wekelijks");
        page.locator("#afspraak-5-uren").fill("800");
        page.locator("#afspraak-5-omschrijving").fill("Vrijwilligerswerk bij de voedselbank");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept bewaren"))
                .click();
        assertThat(page.getByText("Het concept is bewaard.")).isVisible();
        page.getByLabel("Dagtekening").fill("2026-10-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("PIP vaststellen"))
                .click();
        assertThat(page.getByText("Het PIP is vastgesteld.")).isVisible();
    }
}
