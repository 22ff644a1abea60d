package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 point 7: the privacy officer, with an AVG inzage request in hand, finds the person's audit trail by name
 * (typed without accents) or BSN, and a user by part of their name. Scanned with axe.
 */
class AuditInzageBrowserTest extends BrowserTest {

    @Test
    void dePrivacyOfficerZoektEenAuditspoorOpNaamEnOpBsn() {
        StringBuilder achter = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            achter.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        String bsn = TestData.bsn();
        for (Map.Entry<String, String> p :
                Map.of(bsn, "Ayşe", TestData.bsn(), "Mehmet").entrySet()) {
            Map<String, Object> body = TestData.inburgeraar(p.getKey());
            body.put("geslachtsnaam", "Öztürk" + achter);
            body.put("voornamen", p.getValue());
            api("consulent").post("/api/v1/inburgeraars", body);
        }

        logIn("privacy");
        page.navigate(url("/auditlog"));
        Locator persoon = page.getByLabel("Inburgeraar: BSN of naam");
        persoon.fill("ozturk" + achter);
        persoon.press("Enter");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Gevonden inburgeraars: kies wie u zoekt")))
                .isVisible();
        controleerToegankelijkheid("auditlog-personen");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Mehmet Öztürk" + achter)
                                .setExact(false))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName("Auditspoor van Mehmet Öztürk" + achter)
                                .setExact(false)))
                .isVisible();
        assertThat(page.locator("table tbody")).containsText("Geregistreerd");
        controleerToegankelijkheid("auditlog-spoor");

        page.getByLabel("Inburgeraar: BSN of naam").fill(bsn);
        page.getByLabel("Inburgeraar: BSN of naam").press("Enter");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName("Auditspoor van Ayşe Öztürk" + achter)
                                .setExact(false)))
                .isVisible();

        page.getByLabel("Inburgeraar: BSN of naam").fill("");
        page.getByLabel("Gebruiker: (deel van) naam").fill("sanne");
        page.getByLabel("Gebruiker: (deel van) naam").press("Enter");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Vastgelegde acties van Sanne de Vries (consulent)")))
                .isVisible();
        controleerToegankelijkheid("auditlog-gebruiker");
    }
}
