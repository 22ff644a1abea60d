package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, point 5: the route decision at the intake starts from the advice; a refusal "U wijkt af van het
 * advies" names the part that differs (leerroute, alfabetiseringsonderwijs, hours) with both values, shows the page as
 * typed and offers no "niet-bewaarde invoer"; a decision as advised follows the advice when the intake changes it.
 */
class RoutebesluitBrowserTest extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Test
    void deWeigeringNoemtWatAfwijktEnHetBesluitBegintBijHetAdvies() {
        Api consulent = api("consulent");
        String id = TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        Api.Antwoord lbt = consulent.put(
                "/api/v1/inburgeraars/" + id + "/leerbaarheidstoets",
                Map.of(
                        "resultaat",
                        "B1-route haalbaar",
                        "behaaldeScore",
                        "70,00",
                        "benodigdeScore",
                        "50,00",
                        "datumAfname",
                        "2026-10-01"));
        assertThat(lbt.status()).as(lbt.body()).isEqualTo(200);

        logIn("consulent");
        page.navigate(url("/inburgeraars/" + id + "/intake"));
        // The form starts from the advice: B1-route, alfabetiseringsonderwijs as advised, 600 hours as advised.
        assertThat(page.getByLabel("Gekozen leerroute")).hasValue("B");
        assertThat(page.locator("#besluit-indicator")).hasValue("");
        assertThat(page.locator("#besluit-indicator option:checked")).containsText("Zoals het advies");
        assertThat(page.locator("#besluit-uren-hint")).containsText("600 uur");
        controleerToegankelijkheid("routebesluit-advies");

        // Deviating without a reason: the refusal names the leerroute, both values; the page keeps what was typed.
        page.locator("#OPLEIDING-situatie").fill("Bouwkunde gestudeerd in Damascus");
        page.getByLabel("Gekozen leerroute").selectOption("Z");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept bewaren"))
                .click();
        assertThat(page.locator(".foutsamenvatting"))
                .containsText(
                        "U wijkt af van het advies bij de leerroute (advies: B1-route, uw keuze: Zelfredzaamheidsroute)");
        assertThat(page.getByLabel("Gekozen leerroute")).hasValue("Z");
        assertThat(page.locator("#OPLEIDING-situatie")).hasValue("Bouwkunde gestudeerd in Damascus");
        assertThat(page.locator("#herstel")).isHidden();
        controleerToegankelijkheid("routebesluit-afwijking");

        // Other hours than advised: the refusal names the hours only.
        page.getByLabel("Gekozen leerroute").selectOption("B");
        page.getByLabel("Geschatte uren B1-route").fill("700");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept bewaren"))
                .click();
        assertThat(page.locator(".foutsamenvatting"))
                .containsText("de geschatte uren B1-route (advies: 600, uw keuze: 700 uur)");
        assertThat(page.locator(".foutsamenvatting")).not().containsText("de leerroute");
        assertThat(page.locator("#herstel")).isHidden();

        // As advised: saved.
        page.getByLabel("Geschatte uren B1-route").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept bewaren"))
                .click();
        assertThat(page.getByText("Het concept is bewaard.")).isVisible();
        assertThat(page.locator("#herstel")).isHidden();

        // The intake then changes the advice (not literate: alfabetiseringsonderwijs A, more hours); a decision taken
        // as
        // advised follows it instead of being refused as a deviation.
        page.getByLabel("Alfabetisering", EXACT).selectOption("NIET_GEALFABETISEERD");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept bewaren"))
                .click();
        assertThat(page.getByText("Het concept is bewaard.")).isVisible();
        assertThat(page.locator("#besluit-indicator option:checked")).containsText("Zoals het advies");
        var besluit =
                consulent.get("/api/v1/inburgeraars/" + id + "/intake").json().get("routebesluit");
        assertThat(besluit.get("leerroute").asString()).isEqualTo("B");
        assertThat(besluit.get("indicator").asString()).isEqualTo("A");
    }
}
