package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Map;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, interpreters part in a browser (ADR 0038): the consultant plans an appointment from the dossier page; the
 * interpreter and its language (Arabic) come prefilled from the dossier (I-1); a date in the past is refused first,
 * naming its rule. The appointment stands on "Tolk nog te boeken" (menu), the consultant books the interpreter there and
 * it leaves the list; the dossier's appointments show who booked it. Each screen passes axe (WCAG 2.1 AA).
 */
class TolkBrowserTest extends BrowserTest {

    @Test
    void planMetTolkZieHemOpDeLijstBoekHemEnHijVerdwijnt() {
        LocalDate dag = LocalDate.now(clock).plusDays(3);
        String naam = "Tolkafspraak" + TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("geslachtsnaam", naam);
        String dossier = TestDossiers.registreer(api("consulent"), body);

        logIn("consulent");
        page.navigate(url("/inburgeraars/" + dossier));
        wachtOpHtmx();
        Locator afspraken = page.locator("#afspraken");
        assertThat(afspraken.getByLabel("Tolk nodig")).isChecked();
        assertThat(afspraken.getByLabel("Taal van de tolk")).hasValue("ar");
        afspraken.getByLabel("Soort afspraak").selectOption("VOORTGANGSGESPREK");
        afspraken
                .getByLabel("Datum", new Locator.GetByLabelOptions().setExact(true))
                .fill(LocalDate.now(clock).toString());
        // Today at 00:01 passes the date field's minimum (today) but has passed: the server refuses it.
        afspraken
                .getByLabel("Tijd", new Locator.GetByLabelOptions().setExact(true))
                .fill("00:01");
        afspraken
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Afspraak plannen"))
                .click();
        assertThat(page.locator(".foutsamenvatting")).containsText("al voorbij");
        controleerToegankelijkheid("afspraak-fout");

        page.getByLabel("Soort afspraak").selectOption("VOORTGANGSGESPREK");
        page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)).fill(dag.toString());
        page.getByLabel("Tijd", new Page.GetByLabelOptions().setExact(true)).fill("10:00");
        page.getByLabel("Plaats").fill("Stadhuis, spreekkamer 2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afspraak plannen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("gepland");
        Locator rij = page.locator("tr", new Page.LocatorOptions().setHasText("Voortgangsgesprek"));
        assertThat(rij).containsText("Arabisch");
        assertThat(rij).containsText("tolk nog niet geboekt");
        controleerToegankelijkheid("afspraken-dossier");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tolk nog te boeken"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tolk nog te boeken")))
                .isVisible();
        Locator opLijst = page.locator("tr", new Page.LocatorOptions().setHasText(naam));
        assertThat(opLijst).hasCount(1);
        assertThat(opLijst).containsText("Arabisch");
        controleerToegankelijkheid("tolk-te-boeken");

        opLijst.getByLabel("Geboekt bij (bureau of tolk)").fill("Tolkenbureau Kennemerland");
        opLijst.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tolk geboekt"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("geboekt");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(naam)))
                .hasCount(0);
        controleerToegankelijkheid("tolk-geboekt");

        page.navigate(url("/inburgeraars/" + dossier + "/afspraken"));
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Voortgangsgesprek")))
                .containsText("geboekt bij Tolkenbureau Kennemerland");
    }
}
