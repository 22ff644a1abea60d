package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;
import nl.inburgeringsregie.intake.Leefgebied;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The consultant takes a brede intake in the browser: drafts save themselves, nothing is lost when the session
 * expires, the LBT gives an advice, and finishing moves the dossier on. Every state is scanned with axe.
 */
class IntakeBrowserTest extends BrowserTest {

    private String dossier() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("datumKennisgeving", "2026-09-01");
        body.put("datumHuisvesting", "2026-09-15");
        return api("consulent")
                .post("/api/v1/inburgeraars", body)
                .header("Location")
                .replaceAll(".*/", "");
    }

    @Test
    void eenIntakeVanConceptTotAdviesEnAfronding() {
        String id = dossier();
        logIn("consulent");
        page.navigate(url("/inburgeraars/" + id));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Brede intake").setExact(true))
                .last()
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Brede intake").setLevel(1)))
                .isVisible();
        controleerToegankelijkheid("intake-leeg");

        // A draft saves itself while typing.
        page.locator("#OPLEIDING-situatie").fill("Middelbare school in Aleppo afgerond");
        page.locator("#OPLEIDING-situatie").blur();
        assertThat(page.locator("#bewaarstatus")).containsText("Concept bewaard");
        page.reload();
        assertThat(page.locator("#OPLEIDING-situatie")).hasValue("Middelbare school in Aleppo afgerond");

        // The session expires while typing: the text stays in the browser and comes back after logging in.
        page.context().clearCookies();
        page.locator("#WERKERVARING-situatie").fill("Tien jaar kok in een restaurant");
        page.locator("#WERKERVARING-situatie").blur();
        assertThat(page.locator("#bewaarstatus")).containsText("sessie is verlopen");
        logIn("consulent");
        page.navigate(url("/inburgeraars/" + id + "/intake"));
        assertThat(page.locator("#herstel")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invoer terugzetten"))
                .click();
        assertThat(page.locator("#WERKERVARING-situatie")).hasValue("Tien jaar kok in een restaurant");
        assertThat(page.locator("#bewaarstatus")).containsText("Concept bewaard");

        // The leerbaarheidstoets gives the advice.
        page.getByLabel("Uitslag").selectOption("B1_ROUTE_HAALBAAR");
        page.getByLabel("Behaalde score").fill("70,00");
        page.getByLabel("Benodigde score").fill("50,00");
        page.getByLabel("Datum van afname").fill("2026-10-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leerbaarheidstoets vastleggen"))
                .click();
        assertThat(page.getByText("De leerbaarheidstoets is vastgelegd.")).isVisible();
        assertThat(page.locator("#routeadvies .uitslag h2")).hasText("B1-route");
        controleerToegankelijkheid("intake-met-advies");

        // Finishing asks for what the law requires, then moves the dossier on.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Intake afronden"))
                .click();
        assertThat(page.locator(".foutsamenvatting")).containsText("Vertel de persoon");
        controleerToegankelijkheid("intake-fouten");
        for (Leefgebied leefgebied : Leefgebied.values()) {
            if (page.locator("#" + leefgebied.name() + "-situatie").count() > 0
                    && page.locator("#" + leefgebied.name() + "-situatie")
                            .inputValue()
                            .isBlank()) {
                page.locator("#" + leefgebied.name() + "-situatie").fill("Besproken in het gesprek van 2 oktober");
            }
        }
        page.getByLabel("Verteld dat de persoon ook zonder partner mag praten").check();
        page.getByLabel("Een tolk aangeboden").check();
        page.getByLabel("Gekozen leerroute").selectOption("B");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Intake afronden"))
                .click();
        assertThat(page.getByText("De brede intake is afgerond")).isVisible();
        assertThat(page.locator(".samenvatting")).containsText("Tien jaar kok in een restaurant");
        controleerToegankelijkheid("intake-afgerond");
        page.navigate(url("/inburgeraars/" + id));
        assertThat(page.locator("main")).containsText(Pattern.compile("PIP"));
    }

    @Test
    void deWarmeOverdrachtUploadenEnTerugzienInDeIntake() {
        String bsn = TestData.bsn();
        // Coupled after the gemeente's T-12 start (coa-termijnen.vanaf, 2026-01-01 in the tests' configuration).
        Map<String, Object> persoon = TestData.inburgeraar(bsn);
        persoon.put("datumKoppeling", "2026-01-05");
        String id = api("consulent")
                .post("/api/v1/inburgeraars", persoon)
                .header("Location")
                .replaceAll(".*/", "");
        logIn("consulent");
        page.navigate(url("/coa-overdrachten"));
        controleerToegankelijkheid("coa-upload");

        page.getByLabel("Bestand (JSON of CSV)")
                .setInputFiles(new FilePayload(
                        "fout.csv",
                        "text/csv",
                        ("bsn;gemeentecode;datumOverdracht\n123456789;0392;2026-01-12\n")
                                .getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeren"))
                .click();
        assertThat(page.locator(".foutsamenvatting")).containsText("rijen[1].bsn");
        controleerToegankelijkheid("coa-fouten");

        page.getByLabel("Bestand (JSON of CSV)")
                .setInputFiles(new FilePayload(
                        "coa.csv",
                        "text/csv",
                        ("bsn;gemeentecode;datumOverdracht;deelnemers;opleiding\n" + bsn
                                        + ";0392;12-01-2026;COA-begeleider, klantmanager;Middelbare school in Asmara\n")
                                .getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeren"))
                .click();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Geïmporteerd");
        controleerToegankelijkheid("coa-rapport");
        page.navigate(url("/inburgeraars/" + id + "/intake"));
        assertThat(page.locator("main")).containsText("Vooraf ingevuld uit de warme overdracht");
        assertThat(page.locator("#leefgebied-OPLEIDING")).containsText("Bron: COA, 12-01-2026");
        assertThat(page.locator("#OPLEIDING-situatie")).hasValue("Middelbare school in Asmara");

        // T-12 (ADR 0037): the joint handover conversation recorded on the intake page; a date in the future is refused
        // with its rule, the recorded one counts today (T-15) with the stated date beside it, and the form is gone.
        assertThat(page.locator("#coa")).containsText("Koppeling op 05-01-2026");
        page.getByLabel("Gehouden op").fill("2099-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gesprek vastleggen"))
                .click();
        assertThat(page.locator("#coa .foutsamenvatting")).containsText("regel T-15");
        controleerToegankelijkheid("coa-gesprek-fout");
        page.getByLabel("Gehouden op").fill("2026-01-14");
        page.getByLabel("Deelnemers (niet verplicht)").fill("COA-trajectbegeleider, consulent");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gesprek vastleggen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Vastgelegd");
        assertThat(page.locator("#coa-gesprek-vastgelegd"))
                .containsText("Gesprek vastgelegd op "
                        + LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        assertThat(page.locator("#coa-gesprek-vastgelegd")).containsText("gehouden op 14-01-2026");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gesprek vastleggen")))
                .hasCount(0);
        controleerToegankelijkheid("coa-gesprek-vastgelegd");
    }
}
