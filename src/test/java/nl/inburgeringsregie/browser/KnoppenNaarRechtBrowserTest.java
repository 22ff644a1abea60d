package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 point 9: a user without a right does not see the button. The budgetcoach (since issue 17 only the ontzorgen
 * rights) reaches no dossier page, the intake, the PIP or the DUO page, and so no form on them; the privacy officer
 * (only AUDITLOG_INZIEN) sees no dossier work at all; the klantmanager still has every button. An intake autosave
 * refused for lack of the right says so instead of "Uw sessie is verlopen".
 */
class KnoppenNaarRechtBrowserTest extends BrowserTest {

    /** Three dossiers of the consultant: a draft intake with a PIP concept, a vastgesteld PIP, and a fresh one. */
    private record Dossiers(
            String metConcept, String pipConcept, String metVastgesteldPip, String vastgesteldPip, String nieuw) {}

    private Dossiers dossiers() {
        Api consulent = api("consulent");
        String metConcept =
                TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        String pipConcept = TestDossiers.pipConcept(consulent, metConcept, "B");
        consulent.put(
                "/api/v1/inburgeraars/" + metConcept + "/intake",
                Map.of(
                        "leefgebieden",
                        List.of(Map.of("leefgebied", "OPLEIDING", "situatie", "Middelbare school in Homs afgerond"))));
        String metVastgesteldPip = TestDossiers.metVastgesteldPip(consulent, TestData.inburgeraar(TestData.bsn()), "B");
        String vastgesteldPip = consulent
                .get("/api/v1/inburgeraars/" + metVastgesteldPip + "/pips")
                .json()
                .get(0)
                .get("id")
                .asString();
        String nieuw = TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        return new Dossiers(metConcept, pipConcept, metVastgesteldPip, vastgesteldPip, nieuw);
    }

    /** The pages of dossier work, each with what must be on it for the klantmanager. */
    private static List<String> paginas(Dossiers d) {
        return List.of(
                "/inburgeraars/" + d.metConcept(),
                "/inburgeraars/" + d.metConcept() + "/intake",
                "/inburgeraars/" + d.nieuw() + "/pip",
                "/inburgeraars/" + d.metVastgesteldPip() + "/pip",
                "/pips/" + d.pipConcept(),
                "/inburgeraars/" + d.metConcept() + "/duo",
                "/inburgeraars/" + d.metVastgesteldPip() + "/voortgang");
    }

    private Locator knop(String naam) {
        return page.locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(naam).setExact(true));
    }

    @Test
    void deBudgetcoachZietGeenDossierwerkAlleenDeOntzorging() {
        Dossiers d = dossiers();
        logIn("budgetcoach");
        // Issue 17 (ADR 0032): no intake, no PIP, no DUO page, no caseload; nothing of the intake reaches her.
        for (String pad : paginas(d)) {
            page.navigate(url(pad));
            assertThat(page.locator("main form[method=post]").count()).as(pad).isZero();
            assertThat(page.locator("main")).not().containsText("Middelbare school in Homs afgerond");
        }
        assertThat(page.getByLabel("Hoofdmenu")
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ontzorgen")))
                .isVisible();
        page.navigate(url("/inburgeraars/" + d.metConcept() + "/ontzorging"));
        assertThat(page.locator("main h1")).isVisible();
        assertThat(page.locator("main")).not().containsText("Terug naar het dossier");
        controleerToegankelijkheid("ontzorging-budgetcoach");
    }

    @Test
    void dePrivacyOfficerZietAlleenHaarPrivacytakenEnGeenDossierwerk() {
        Dossiers d = dossiers();
        logIn("privacy");
        Locator menu = page.getByLabel("Hoofdmenu");
        // The audit log and the AVG tasks of issue 14 (requests, retention, break-the-glass review): nothing else.
        assertThat(menu.getByRole(AriaRole.LINK)).hasCount(4);
        for (String taak : new String[] {"Auditlog", "Privacyverzoeken", "Bewaren", "Doorbraken"}) {
            assertThat(menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(taak)))
                    .isVisible();
        }
        for (String pad : paginas(d)) {
            page.navigate(url(pad));
            assertThat(page.locator("main h1")).hasText("Geen toegang");
            assertThat(page.locator("main form")).hasCount(0);
            assertThat(page.locator("main button")).hasCount(0);
        }
        controleerToegankelijkheid("geen-toegang-privacy");
    }

    @Test
    void deKlantmanagerHoudtElkeKnop() {
        Dossiers d = dossiers();
        logIn("consulent");
        page.navigate(url("/inburgeraars/" + d.metConcept()));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gegevens wijzigen")))
                .isVisible();
        assertThat(knop("Uitschrijven")).isVisible();
        assertThat(knop("Toewijzen")).isVisible();
        page.navigate(url("/inburgeraars/" + d.metConcept() + "/intake"));
        assertThat(knop("Intake afronden")).isVisible();
        assertThat(knop("Leerbaarheidstoets vastleggen")).isVisible();
        page.navigate(url("/inburgeraars/" + d.nieuw() + "/pip"));
        assertThat(knop("Concept-PIP maken")).isVisible();
        page.navigate(url("/inburgeraars/" + d.metVastgesteldPip() + "/pip"));
        assertThat(knop("Nieuwe versie maken")).isVisible();
        assertThat(knop("PIP intrekken")).isVisible();
        page.navigate(url("/pips/" + d.pipConcept()));
        assertThat(knop("PIP vaststellen")).isVisible();
        page.navigate(url("/inburgeraars/" + d.metConcept() + "/duo"));
        assertThat(knop("Gegevens ophalen bij DUO")).isVisible();
        assertThat(knop("Mij als contactpersoon melden")).isVisible();
        // Issue 16: the PVT and the MAP are ended on "Route en voortgang", where the melding is made.
        page.navigate(url("/inburgeraars/" + d.metVastgesteldPip() + "/voortgang"));
        assertThat(knop("Ondertekening vastleggen en melden aan DUO")).isVisible();
        assertThat(knop("Eindgesprek MAP vastleggen en melden aan DUO")).isVisible();

        // A form of a page whose session is over (its CSRF token no longer valid) is refused with that reason, not
        // with "Uw rol geeft geen toegang".
        page.navigate(url("/inburgeraars/" + d.metConcept()));
        page.evaluate("() => document.querySelectorAll('input[name=_csrf]').forEach(i => i.value = 'verouderd')");
        knop("Toewijzen").click();
        assertThat(page.locator("main h1")).hasText("Uw sessie is verlopen");
        assertThat(page.locator("main")).not().containsText("Uw rol geeft geen toegang");
        controleerToegankelijkheid("sessie-verouderd");
    }

    @Test
    void eenAutosaveZonderRechtZegtDatEnNietDatDeSessieIsVerlopen() {
        Dossiers d = dossiers();
        logIn("consulent");
        page.navigate(url("/inburgeraars/" + d.metConcept() + "/intake"));
        assertThat(page.locator("#intakeformulier")).isVisible();

        // Meanwhile a budgetcoach signs in in this browser (another tab): the page's session is now hers, and so is
        // the form's CSRF token, which a new page would carry.
        WebSessie budgetcoach = WebSessie.login(baseUrl(), "budgetcoach");
        String token = budgetcoach.csrfVan("/ontzorging");
        page.context().clearCookies();
        page.context()
                .addCookies(List.of(new Cookie("JSESSIONID", budgetcoach.cookie("JSESSIONID")).setUrl(baseUrl())));
        page.evaluate("t => document.querySelectorAll('input[name=_csrf]').forEach(i => i.value = t)", token);

        page.locator("#OPLEIDING-situatie").fill("Daarna twee jaar hbo bouwkunde");
        page.locator("#OPLEIDING-situatie").blur();
        assertThat(page.locator("#bewaarstatus")).containsText("niet het recht");
        assertThat(page.locator("#bewaarstatus")).not().containsText("sessie is verlopen");
        // Nothing was saved.
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + d.metConcept() + "/intake")
                        .body())
                .doesNotContain("hbo bouwkunde");
        controleerToegankelijkheid("intake-autosave-geen-recht");
    }

    @Test
    void deServerZegtWaaromHijWeigert() {
        Dossiers d = dossiers();
        String pad = "/inburgeraars/" + d.metConcept() + "/intake/concept";
        Map<String, String> velden = Map.of("leefgebieden[OPLEIDING].situatie", "Poging zonder recht");
        // The budgetcoach with a valid token: refused for the right; no session header.
        HttpResponse<String> zonderRecht =
                WebSessie.login(baseUrl(), "budgetcoach").postMetCsrf(pad, velden, "/ontzorging");
        assertThat(zonderRecht.statusCode()).isEqualTo(403);
        assertThat(zonderRecht.headers().firstValue("Inburgeringsregie-Geweigerd"))
                .isEmpty();
        // The klantmanager with a token of an earlier session: refused for the session, and the page says so.
        HttpResponse<String> verouderd = WebSessie.login(baseUrl(), "consulent").postMetToken(pad, velden, "verouderd");
        assertThat(verouderd.statusCode()).isEqualTo(403);
        assertThat(verouderd.headers().firstValue("Inburgeringsregie-Geweigerd"))
                .hasValue("sessie");
    }
}
