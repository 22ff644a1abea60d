package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Pattern;
import nl.inburgeringsregie.gebruikers.DemoAccounts;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, part 2 in the browser: the worklist's "PIP vastleggen" and "Intake afronden" lead to the PIP and intake
 * screens (not to a form where the date is typed), the dossier form has no milestone dates or phase select (T-15), and
 * uitschrijven is a button on the dossier page that asks a reason and writes it in the journal.
 */
class AfgeleideFeitenBrowserTest extends BrowserTest {

    @Autowired
    DemoAccounts demoAccounts;

    @Test
    void deWerkvoorraadLeidtNaarPipEnIntakeEnUitschrijvenVraagtEenReden() {
        demoAccounts.zorgVoorConsulenten(DemoAccounts.HAARLEM, Map.of("b.uitschrijver", "Bas Uitschrijver"));
        Map<String, Object> body = TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn()));
        body.put("consulent", "b.uitschrijver");
        String id = TestDossiers.registreer(api("consulent"), body);

        logIn("b.uitschrijver");
        page.navigate(url("/werkvoorraad"));
        Locator rij = page.locator(
                "tr", new Page.LocatorOptions().setHas(page.locator("a[href='/inburgeraars/" + id + "']")));
        rij.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("PIP vastleggen"))
                .first()
                .click();
        assertThat(page).hasURL(Pattern.compile("/inburgeraars/" + id + "/pip$"));
        page.navigate(url("/werkvoorraad"));
        rij.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Intake afronden"))
                .first()
                .click();
        assertThat(page).hasURL(Pattern.compile("/inburgeraars/" + id + "/intake$"));

        // The form asks no milestone dates and no phase.
        page.navigate(url("/inburgeraars/" + id + "/bewerken"));
        assertThat(page.locator("input[name=dagtekeningPip]")).hasCount(0);
        assertThat(page.locator("input[name=datumBredeIntakeAfgerond]")).hasCount(0);
        assertThat(page.locator("input[name=einddatumInburgeringstermijn]")).hasCount(0);
        assertThat(page.locator("select[name=fase]")).hasCount(0);
        assertThat(page.locator("#afgeleide-mijlpalen")).containsText("regel T-15");

        // Uitschrijven: without a reason nothing happens; with one the phase changes and the journal says why.
        page.navigate(url("/inburgeraars/" + id));
        Locator knop = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitschrijven"));
        knop.click();
        assertThat(page.locator(".dossierkop")).containsText("Aanmelding");
        page.getByLabel("Reden van uitschrijving").fill("Verhuisd naar Duitsland");
        knop.click();
        assertThat(page.locator(".melding--succes")).hasText("Het dossier is uitgeschreven.");
        // Its deadlines stop.
        assertThat(page.locator("#termijnen")).containsText("Niet van toepassing: het dossier is uitgeschreven.");
        assertThat(page.locator(".dossierkop")).containsText("Uitgeschreven");
        assertThat(page.locator("table[aria-labelledby=journaal]")).containsText("Verhuisd naar Duitsland");
        assertThat(page.locator("table[aria-labelledby=journaal]")).containsText("Reden uitschrijving");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitschrijven")))
                .hasCount(0);
        controleerToegankelijkheid("dossier-uitgeschreven");
    }

    @Test
    void dePlichtindicatieVraagtSindsWanneerEnEenLaatWi2013DossierToontEenWaarschuwing() {
        logIn("consulent");
        page.navigate(url("/plichtindicatie"));
        page.getByLabel("Geboortedatum").fill("1992-02-02");
        page.getByLabel("Nationaliteit(en)").fill("TR");
        page.getByLabel("Verblijfsdoel").selectOption("gezinsvorming");
        page.getByLabel("In Nederland sinds (datum van het verblijfsrecht)").fill("2020-08-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indicatie bepalen"))
                .click();
        assertThat(page.locator("#uitslag")).containsText("Waarschijnlijk niet inburgeringsplichtig");
        assertThat(page.locator("#uitslag")).containsText("DUO beslist");
        assertThat(page.locator("#uitslag")).containsText("vrijgesteld");
        page.getByLabel("Nationaliteit(en)").fill("SY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indicatie bepalen"))
                .click();
        assertThat(page.locator("#uitslag-wet")).containsText("Wet inburgering 2013");
        controleerToegankelijkheid("plichtindicatie-sinds");

        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("wet", "WI2013");
        body.put("datumKennisgeving", "2022-03-01");
        String id = TestDossiers.registreer(api("consulent"), body);
        page.navigate(url("/inburgeraars/" + id));
        assertThat(page.locator("#waarschuwingen")).containsText("regel PL-4");
        controleerToegankelijkheid("dossier-waarschuwing");
    }
}
