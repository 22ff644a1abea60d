package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.DemoAccounts;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 21 point 11: the team lead filters the team view by gemeente and consultant, sees each person once with the
 * gemeente of the dossier, reassigns with the control above the list and finds the list filtered as before. Scanned
 * with axe.
 */
class TeamBrowserTest extends BrowserTest {

    @Autowired
    DemoAccounts demoAccounts;

    @Test
    void deTeamleiderFiltertOpGemeenteEnWijstToeZonderHetFilterKwijtTeRaken() {
        String van = "h4b." + UUID.randomUUID().toString().substring(0, 6);
        String naar = "h4c." + UUID.randomUUID().toString().substring(0, 6);
        demoAccounts.zorgVoorConsulenten(DemoAccounts.VELSEN, Map.of(van, "Vera " + van, naar, "Nora " + naar));
        for (String naam : new String[] {"Yılmaz", "Doğan"}) {
            Map<String, Object> body = TestData.inburgeraar(TestData.bsn(), "0453");
            body.put("geslachtsnaam", naam);
            body.put("consulent", van);
            body.put("datumHuisvesting", "2026-01-15");
            api("consulent.velsen").post("/api/v1/inburgeraars", body);
        }

        logIn("teamleider");
        page.navigate(url("/werkvoorraad/team"));
        page.getByLabel("Gemeente").selectOption("0453");
        page.getByLabel("Consulent", new Page.GetByLabelOptions().setExact(true))
                .selectOption(van);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filteren"))
                .click();

        Locator lijst = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Lopende termijnen"));
        // One row per person, though each has more than one running deadline; the gemeente in its own column.
        assertThat(lijst.locator("tbody tr")).hasCount(2);
        assertThat(lijst.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName("Gemeente")))
                .isVisible();
        assertThat(lijst.locator("tbody tr").first()).containsText("Velsen");
        assertThat(lijst.locator("tbody tr").first().getByRole(AriaRole.LIST)).isVisible();
        controleerToegankelijkheid("team-gefilterd");

        // The reassign control is above the list.
        Locator naarKeuze = page.getByLabel("Geselecteerde dossiers toewijzen aan");
        Assertions.assertThat(naarKeuze.boundingBox().y).isLessThan(lijst.boundingBox().y);

        lijst.locator("tbody tr").first().getByRole(AriaRole.CHECKBOX).check();
        naarKeuze.selectOption(naar);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toewijzen"))
                .click();
        assertThat(page.getByText("1 dossier is toegewezen.")).isVisible();
        // Still Velsen and the same consultant: one person left.
        assertThat(page.getByLabel("Gemeente")).hasValue("0453");
        assertThat(page.getByLabel("Consulent", new Page.GetByLabelOptions().setExact(true)))
                .hasValue(van);
        assertThat(lijst.locator("tbody tr")).hasCount(1);
        controleerToegankelijkheid("team-na-toewijzen");
    }
}
