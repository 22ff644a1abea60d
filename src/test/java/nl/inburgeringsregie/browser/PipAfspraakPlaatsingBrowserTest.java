package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import nl.inburgeringsregie.aanbieders.AanbiedersTestdata;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 in a browser (ADR 0031 amendment): the PIP version page shows beside the agreement of the LEERROUTE the
 * placement's provider and status, and a new version's form says that vaststellen writes that provider into the
 * agreement and the beschikking; both screens pass axe (WCAG 2.1 AA).
 */
class PipAfspraakPlaatsingBrowserTest extends BrowserTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void deAfspraakToontDePlaatsing() {
        AanbiedersTestdata data = new AanbiedersTestdata(this::api, baseUrl(), jdbc);
        Api consulent = api("consulent");
        String aanbieder = data.b1Aanbieder();
        String naam = api("beheerder")
                .get("/api/v1/aanbieders/" + aanbieder)
                .json()
                .get("naam")
                .asString();
        String dossier = data.dossier();
        data.plaats(dossier, data.b1Contract(aanbieder));
        String v1 = consulent
                .get("/api/v1/inburgeraars/" + dossier + "/pips")
                .json()
                .get(0)
                .get("id")
                .asString();

        logIn("consulent");
        page.navigate(url("/pips/" + v1));
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Afspraken")))
                .containsText("Geplaatst bij " + naam + " (Geplaatst)");
        controleerToegankelijkheid("pip-afspraak-plaatsing");

        Api.Antwoord v2 = consulent.post(
                "/api/v1/pips/" + v1 + "/wijzigingen",
                Map.of("reden", "GEWIJZIGDE_OMSTANDIGHEDEN", "toelichting", "Geplaatst bij een taalschool"));
        page.navigate(url("/pips/" + v2.json().get("id").asString()));
        assertThat(page.getByText("Bij het vaststellen komt deze aanbieder in de afspraak")
                        .first())
                .isVisible();
        controleerToegankelijkheid("pip-concept-plaatsing");
    }
}
