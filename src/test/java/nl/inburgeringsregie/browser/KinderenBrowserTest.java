package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, children part in a browser (rule I-2, ADR 0039): from the dossier the consultant opens "Kinderen en VVE",
 * sees the child of VVE age and not the one past its 4th birthday, records a referral (a date in the future first,
 * refused with its rule) and both I-2 acts, after which the page no longer asks for attention. Each screen passes axe
 * (WCAG 2.1 AA).
 */
class KinderenBrowserTest extends BrowserTest {

    @Test
    void deConsulentMeldtEenKindAanEnLegtRegelI2Vast() {
        LocalDate vandaag = LocalDate.now(clock);
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put(
                "kinderen",
                List.of(
                        Map.of(
                                "voornaam",
                                "Yara",
                                "geboortedatum",
                                vandaag.minusYears(3).toString()),
                        Map.of(
                                "voornaam",
                                "Adam",
                                "geboortedatum",
                                vandaag.minusYears(6).toString())));
        String dossier = TestDossiers.registreer(api("consulent"), body);

        logIn("consulent");
        page.navigate(url("/inburgeraars/" + dossier));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kinderen en VVE"))
                .click();
        assertThat(page.locator("main table")).containsText("Yara");
        assertThat(page.locator("main table")).not().containsText("Adam");
        assertThat(page.locator(".melding--waarschuwing")).containsText("VVE-leeftijd");
        controleerToegankelijkheid("kinderen-vve");

        page.getByLabel("Voorziening").selectOption(new SelectOption().setLabel("voorschool (VVE)"));
        page.getByLabel("Status").selectOption(new SelectOption().setLabel("aangemeld"));
        page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true))
                .fill(vandaag.plusDays(1).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelding opslaan"))
                .click();
        assertThat(page.locator(".foutsamenvatting")).containsText("regel I-2");
        controleerToegankelijkheid("kinderen-vve-fout");

        page.getByLabel("Voorziening").selectOption(new SelectOption().setLabel("voorschool (VVE)"));
        page.getByLabel("Status").selectOption(new SelectOption().setLabel("aangemeld"));
        page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)).fill(vandaag.toString());
        page.getByLabel("Toelichting (bijvoorbeeld de VVE-indicatie)").fill("Indicatie van het consultatiebureau");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelding opslaan"))
                .click();
        assertThat(page.locator(".melding--succes")).containsText("vastgelegd");
        assertThat(page.locator("main table")).containsText("voorschool (VVE): aangemeld");

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Ouders zijn vandaag over VVE geïnformeerd"))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Vandaag gezegd dat de inburgeraar zonder partner mag praten"))
                .click();
        assertThat(page.locator("dl.samenvatting")).containsText("vastgelegd door");
        assertThat(page.locator(".melding--waarschuwing")).hasCount(0);
        controleerToegankelijkheid("kinderen-vve-klaar");
    }
}
