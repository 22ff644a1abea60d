package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 point 10: the registration form asks what a desk knows at registration, not the route's milestones;
 * nationality and languages are chosen from labelled lists (the ISO code is the stored value; an invalid code is a
 * field error); the messages speak of Man, Vrouw or Onbekend; a malformed dossier address is a 400 page that blames
 * the address, not "iets mis aan onze kant".
 */
class RegistratieAanDeBalieBrowserTest extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private Locator registreren() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registreren"));
    }

    @Test
    void deBalieKiestNationaliteitEnTalenUitLijstenMetNamen() {
        logIn("consulent");
        page.navigate(url("/inburgeraars/nieuw"));
        // What the desk does not know at registration is not asked.
        assertThat(page.locator("main")).not().containsText("Mijlpalen van de route");
        assertThat(page.getByLabel("Wacht op informatie van derden sinds")).hasCount(0);
        assertThat(page.locator("[name=wachtOpDerdenReden]")).hasCount(0);
        // Labelled lists, ISO codes as values.
        Locator nationaliteit = page.getByLabel("Nationaliteit 1", EXACT);
        assertThat(nationaliteit.locator("option[value=ER]")).hasText("Eritrea");
        assertThat(nationaliteit.locator("option[value=XX]")).hasText("Staatloos / onbekend");
        Locator taal = page.getByLabel("Taal 1", EXACT);
        assertThat(taal.locator("option[value=ti]")).hasText("Tigrinya");
        assertThat(taal.locator("option[value=prs]")).hasText("Dari");
        assertThat(page.getByLabel("Tolk voor taal").locator("option[value=ar]"))
                .hasText("Arabisch");
        controleerToegankelijkheid("registreren-keuzelijsten");

        // Nothing filled in: the sex is asked for in words, not as M, V or O.
        registreren().click();
        Locator fouten = page.locator(".foutsamenvatting");
        assertThat(fouten).containsText("Kies het geslacht: Man, Vrouw of Onbekend.");
        assertThat(fouten).not().containsText("M, V of O");

        // A code that is on no list (a tampered page) is an error at that field; nothing is saved.
        String bsn = TestData.bsn();
        page.getByLabel("BSN").fill(bsn);
        page.getByLabel("Geslachtsnaam").fill("Tesfay");
        page.getByLabel("Geboortedatum", EXACT).fill("1995-06-14");
        page.locator("input[name=geslacht][value=M]").check();
        page.locator("input[name=doelgroep][value=ASIELSTATUSHOUDER]").check();
        page.getByLabel("Nationaliteit 1", EXACT).selectOption("ER");
        page.evaluate(
                "() => { const s = document.getElementById('nationaliteiten1'); s.add(new Option('ZZ', 'ZZ')); s.value = 'ZZ'; }");
        page.getByLabel("Taal 1", EXACT).selectOption("ti");
        registreren().click();
        assertThat(page.locator("#nationaliteiten1-fout")).containsText("'ZZ' is geen landcode");
        assertThat(page.locator(".foutsamenvatting a[href='#nationaliteiten1']"))
                .isVisible();
        assertThat(page.getByLabel("Nationaliteit 1", EXACT)).hasValue("ER");
        assertThat(page.getByLabel("Taal 1", EXACT)).hasValue("ti");
        assertThat(api("consulent").get("/api/v1/inburgeraars?zoek=" + bsn).body())
                .doesNotContain("Tesfay");
        controleerToegankelijkheid("registreren-ongeldige-nationaliteit");

        // The right choice registers the codes; the edit form shows them again, with the progress fields.
        page.getByLabel("Nationaliteit 2", EXACT).selectOption("");
        registreren().click();
        assertThat(page.getByText("De inburgeraar is geregistreerd.")).isVisible();
        assertThat(page.locator("main")).containsText("Eritrea (ER)");
        assertThat(page.locator("main")).containsText("Tigrinya (ti)");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gegevens wijzigen"))
                .click();
        assertThat(page.getByLabel("Nationaliteit 1", EXACT)).hasValue("ER");
        assertThat(page.getByLabel("Taal 1", EXACT)).hasValue("ti");
        assertThat(page.getByLabel("Wacht op informatie van derden sinds")).isVisible();
    }

    @Test
    void eenOngeldigDossieradresIsEen400DieHetAdresNoemt() {
        logIn("consulent");
        for (String pad : new String[] {"/inburgeraars/abc", "/inburgeraars/abc/intake", "/inburgeraars/12345/pip"}) {
            Response antwoord = page.navigate(url(pad));
            assertThat(antwoord.status()).as(pad).isEqualTo(400);
            assertThat(page.locator("main h1")).hasText("Dit adres klopt niet");
            assertThat(page.locator("main")).containsText("Controleer het adres");
            assertThat(page.locator("main")).not().containsText("aan onze kant");
        }
        controleerToegankelijkheid("ongeldig-adres");
    }
}
