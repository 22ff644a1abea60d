package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.inburgeringsregie.gebruikers.DemoAccounts;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, part 1, in the browser: a missed deadline stays marked "te laat" with its date (T-15) on the dossier page,
 * the worklist and the timeline, also after a later housing date would have given a later deadline.
 */
class TermijnGeschiedenisBrowserTest extends BrowserTest {

    @Autowired
    private DemoAccounts demoAccounts;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    @Test
    void eenGemisteTermijnStaatTeLaatMetDeDatumOpDossierWerkvoorraadEnTijdlijn() {
        clock.zet(LocalDate.of(2026, 1, 20));
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("datumKennisgeving", "2026-01-02");
        body.put("datumKoppeling", "2025-12-20");
        body.put("datumHuisvesting", "2026-01-15");
        // A consultant of its own: the shared demo consultant's first page of 100 need not reach this dossier.
        demoAccounts.zorgVoorConsulenten(DemoAccounts.HAARLEM, Map.of("w.telaat", "Wies Telaat"));
        body.put("consulent", "w.telaat");
        Api consulent = api("consulent");
        String id = TestDossiers.registreer(consulent, body);
        clock.zet(LocalDate.of(2026, 3, 30));
        @SuppressWarnings("unchecked")
        Map<String, Object> dossier = new HashMap<>(
                Api.JSON.readValue(consulent.get("/api/v1/inburgeraars/" + id).body(), Map.class));
        dossier.put("datumHuisvesting", "2026-02-20");
        Assertions.assertThat(
                        consulent.put("/api/v1/inburgeraars/" + id, dossier).status())
                .isEqualTo(200);

        logIn("w.telaat");
        page.navigate(url("/inburgeraars/" + id));
        assertThat(page.locator("#termijnen")).containsText("te laat: uiterste datum 26-03-2026 gemist");
        assertThat(page.locator("#termijnen")).containsText("een gemiste termijn blijft gemist (regel T-15)");
        controleerToegankelijkheid("dossier-termijn-te-laat");

        page.navigate(url("/werkvoorraad"));
        assertThat(page.locator("main")).containsText("te laat: uiterste datum 26-03-2026 gemist");

        page.navigate(url("/inburgeraars/" + id + "/termijnen"));
        assertThat(page.locator(".tijdlijn")).containsText("te laat: uiterste datum 26-03-2026 gemist");
        controleerToegankelijkheid("tijdlijn-termijn-te-laat");
    }
}
