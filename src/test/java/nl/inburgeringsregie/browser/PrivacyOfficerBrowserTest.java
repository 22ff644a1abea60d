package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 points 6, 15 and 16 in the browser: the privacy officer registers an inzage request and finds it on the
 * worklist with its deadline, opens the export, sets a legal hold, and reviews a consultant's break-the-glass
 * assignment. Every screen scanned with axe.
 */
class PrivacyOfficerBrowserTest extends BrowserTest {

    @AfterEach
    void klok() {
        clock.reset();
    }

    @Test
    void dePrivacyOfficerBehandeltEenInzageverzoekZetEenBewaarblokkadeEnBeoordeeltEenDoorbraak() {
        String bsn = TestData.bsn();
        Api consulent = api("consulent");
        String id = TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(bsn)));
        Map<String, Object> verslag = new LinkedHashMap<>();
        verslag.put("leefgebied", "MENTALE_GEZONDHEID");
        verslag.put("situatie", "Heeft nachtmerries; contact met de huisarts");
        consulent.put("/api/v1/inburgeraars/" + id + "/intake", Map.of("leefgebieden", List.of(verslag)));
        String versie = Api.JSON
                .readTree(consulent.get("/api/v1/inburgeraars/" + id).body())
                .get("versie")
                .asString();
        WebSessie.login(baseUrl(), "l.smit")
                .postMetCsrf(
                        "/inburgeraars/" + id + "/consulent",
                        Map.of(
                                "versie",
                                versie,
                                "consulent",
                                "l.smit",
                                "reden",
                                "Waarneming tijdens verlof van de consulent"),
                        "/inburgeraars/" + id);

        clock.zet(LocalDate.of(2026, 12, 3));
        logIn("privacy");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Privacyverzoeken").setExact(true))
                .click();
        page.getByLabel("Soort verzoek").selectOption("INZAGE");
        page.getByLabel("BSN van de betrokkene").fill(bsn);
        page.getByLabel("Verzoek gedaan door").fill("de betrokkene zelf");
        page.getByLabel("Ontvangen op").fill("2026-12-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verzoek registreren"))
                .click();
        assertThat(page.getByText("Het verzoek is geregistreerd.")).isVisible();
        assertThat(page.locator("#verzoek-gegevens")).containsText("01-01-2027");
        controleerToegankelijkheid("privacy-verzoek");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Privacyverzoeken").setExact(true))
                .click();
        assertThat(page.locator("#open-verzoeken")).containsText(bsn);
        assertThat(page.locator("#open-verzoeken tr", new Page.LocatorOptions().setHasText(bsn)))
                .containsText("01-01-2027");
        controleerToegankelijkheid("privacy-verzoeken");

        page.locator("#open-verzoeken tr", new Page.LocatorOptions().setHasText(bsn))
                .getByRole(AriaRole.LINK)
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inzage-export bekijken"))
                .click();
        assertThat(page.locator("main")).containsText("Heeft nachtmerries");
        assertThat(page.locator("#toegang")).containsText("Geëxporteerd");
        controleerToegankelijkheid("privacy-inzage");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Bewaren").setExact(true))
                .click();
        page.getByLabel("Dossiernummer").fill(id);
        page.getByLabel("Reden", new Page.GetByLabelOptions().setExact(true))
                .fill("Bezwaar tegen de beschikking loopt");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Blokkade zetten"))
                .click();
        assertThat(page.getByText("De bewaarblokkade is gezet.")).isVisible();
        assertThat(page.locator("#blokkades")).containsText(id);
        controleerToegankelijkheid("privacy-bewaren");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Doorbraken").setExact(true))
                .click();
        var rij = page.locator("#doorbraken tr", new Page.LocatorOptions().setHasText(id));
        assertThat(rij).containsText("Waarneming tijdens verlof");
        assertThat(rij).containsText("Lotte Smit"); // issue 21 point 2: a name, not the user name
        controleerToegankelijkheid("privacy-doorbraken");
        rij.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByText("De doorbraak is als beoordeeld gemarkeerd.")).isVisible();
        assertThat(page.locator("#doorbraken tr", new Page.LocatorOptions().setHasText(id)))
                .containsText("Thomas Mulder, ");
    }
}
