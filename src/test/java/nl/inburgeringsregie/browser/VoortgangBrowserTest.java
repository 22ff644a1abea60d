package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.aanbieders.AanbiedersTestdata;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, route and voortgangsgesprekken in a browser (ADR 0040; T-10, T-13): from the dossier the consultant opens
 * "Route en voortgang": the route status (every requirement of the B1-route still open) and the plan (the first
 * conversation, due 20-11-2026, not held by 04-12-2026); records a conversation dated tomorrow with a half-typed action
 * and gets both refusals at their fields with everything typed still there; corrects them, and the conversation closes
 * the first planned one (late). The agreed action stands on "Mijn acties" and leaves it when done; "PIP openen om aan te
 * passen" opens the PIP's change form with the reason filled in. Each screen passes axe (WCAG 2.1 AA).
 */
class VoortgangBrowserTest extends BrowserTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private DuoSimulator duo;

    @AfterEach
    void herstel() {
        duo.herstel();
        clock.reset();
    }

    @Test
    void legEenGesprekVastMetEenActieEnWerkDieAf() {
        clock.zet(LocalDate.of(2026, 12, 5));
        String naam = "Voortgang" + TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("geslachtsnaam", naam);
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), body, "B");

        logIn("consulent");
        page.navigate(url("/inburgeraars/" + dossier));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Route en voortgang"))
                .first()
                .click();
        // The route status: a B1-route PIP without any result yet, everything open (T-13).
        assertThat(page.locator("#routestatus")).containsText("Examen Spreken (B1)");
        assertThat(page.locator("#routestatus")).containsText("Nog geen examen bekend bij DUO");
        assertThat(page.locator("#route-ontbreekt")).containsText("Module arbeidsmarkt en participatie (MAP)");
        Locator plan = page.locator("#gespreksplan");
        assertThat(plan.locator("tbody tr").first()).containsText("20-11-2026");
        assertThat(plan.locator("tbody tr").first()).containsText("Niet op tijd gevoerd");
        controleerToegankelijkheid("voortgang-plan");

        page.getByLabel("Datum van het gesprek").fill("2026-12-06");
        page.getByLabel("Vorm").selectOption("FYSIEK");
        page.getByLabel("Samenvatting").fill("Gaat goed met de lessen");
        page.getByLabel("Zelfredzaamheid").fill("Regelt de post nu zelf");
        Locator actie1 = page.locator("fieldset.actierij").first();
        actie1.getByLabel("Wat").fill("Diploma laten waarderen");
        actie1.getByLabel("Uiterlijk").fill("2027-01-15");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gesprek vastleggen"))
                .click();
        Locator fouten = page.locator(".foutsamenvatting");
        assertThat(fouten).containsText("in de toekomst");
        assertThat(fouten).containsText("Kies wie de actie uitvoert");
        assertThat(page.getByLabel("Samenvatting")).hasValue("Gaat goed met de lessen");
        assertThat(page.getByLabel("Zelfredzaamheid")).hasValue("Regelt de post nu zelf");
        assertThat(page.locator("fieldset.actierij").first().getByLabel("Wat")).hasValue("Diploma laten waarderen");
        controleerToegankelijkheid("voortgang-fout");

        page.getByLabel("Datum van het gesprek").fill("2026-12-05");
        page.locator("fieldset.actierij").first().getByLabel("Wie").selectOption("consulent");
        page.getByLabel("Het PIP heeft een nieuwe versie nodig").check();
        page.getByLabel("Waarom het PIP aangepast moet worden").fill("Wil naar de onderwijsroute");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gesprek vastleggen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("vastgelegd");
        assertThat(page.locator("#gespreksplan tbody tr").first()).containsText("Te laat gevoerd");
        Locator gesprek = page.locator("article.gesprek").first();
        assertThat(gesprek).containsText("Gesprek 1 van het plan, 05-12-2026");
        assertThat(gesprek).containsText("Regelt de post nu zelf");
        assertThat(gesprek).containsText("Diploma laten waarderen");
        controleerToegankelijkheid("voortgang-vastgelegd");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn acties"))
                .click();
        Locator rij = page.locator("tr", new Page.LocatorOptions().setHasText(naam));
        assertThat(rij).hasCount(1);
        assertThat(rij).containsText("Diploma laten waarderen");
        controleerToegankelijkheid("mijn-acties");
        rij.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("gedaan");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(naam)))
                .hasCount(0);

        page.navigate(url("/inburgeraars/" + dossier + "/voortgang"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PIP openen om aan te passen"))
                .click();
        assertThat(page.locator("#toelichting")).hasValue("Wil naar de onderwijsroute");
        assertThat(page.locator("#reden")).hasValue("GEWIJZIGDE_OMSTANDIGHEDEN");
    }

    /** R-5 in the browser: the Z-route's eindgesprek before the hours are met is refused, the typed text kept. */
    @Test
    void eenEindgesprekZrouteVoorDeUrenWordtGeweigerdMetBehoudVanDeInvoer() {
        clock.zet(LocalDate.of(2026, 12, 5));
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(TestData.bsn()), "Z");
        logIn("consulent");
        page.navigate(url("/inburgeraars/" + dossier + "/voortgang"));
        assertThat(page.locator("#routestatus")).containsText("Participatie-uren");
        page.getByLabel("Datum van het eindgesprek", new Page.GetByLabelOptions().setExact(true))
                .fill("2026-12-04");
        page.getByLabel("Ja, voldoende ingezet: afronding naar DUO").check();
        page.getByLabel("Motivering").fill("Altijd aanwezig bij het taalcafé");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Eindgesprek vastleggen"))
                .click();
        Locator fouten = page.locator(".foutsamenvatting");
        assertThat(fouten).containsText("nog 800 participatie-uren");
        assertThat(fouten).containsText("lesuren");
        assertThat(page.getByLabel("Motivering")).hasValue("Altijd aanwezig bij het taalcafé");
        assertThat(page.getByLabel("Datum van het eindgesprek", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("2026-12-04");
        controleerToegankelijkheid("zroute-eindgesprek-fout");
    }

    /** T-5 (ADR 0041): the late-offer ground on the route page, and one click downloads the gemeente's statement. */
    @Test
    void deVerklaringUitblijvenAanbodWordtNaastDeGrondGedownload() throws Exception {
        clock.zet(LocalDate.of(2026, 12, 5));
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(TestData.bsn()), "B");
        // PIP of 20-10-2026: the course should have started by 20-01-2027; none did.
        clock.zet(LocalDate.of(2027, 1, 21));
        logIn("consulent");
        page.navigate(url("/inburgeraars/" + dossier + "/voortgang"));
        assertThat(page.locator("#verlengingsgronden")).containsText("20-01-2027");
        assertThat(page.locator("#verlengingsgronden")).containsText("nog niet gestart");
        controleerToegankelijkheid("voortgang-verklaring-aanbod");
        Download download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Verklaring uitblijven inburgeringsaanbod (PDF)"))
                .click());
        byte[] pdf = Files.readAllBytes(download.path());
        Assertions.assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        Assertions.assertThat(download.suggestedFilename()).startsWith("verklaring-uitblijven-aanbod-");
    }

    /** ADR 0042 in the browser: the timeline shows the placement's start and DUO's missed exam, newest first. */
    @Test
    void deTijdlijnToontDePlaatsingEnHetExamen() {
        clock.zet(LocalDate.of(2027, 2, 1));
        AanbiedersTestdata data = new AanbiedersTestdata(this::api, baseUrl(), jdbc);
        String bsn = TestData.bsn();
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(bsn), "B");
        String plaatsing = data.plaats(dossier, data.b1Contract(data.b1Aanbieder()));
        data.start(plaatsing, LocalDate.of(2027, 1, 4));
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1), "Asielstatushouder", null));
        duo.zet(
                "/personen/" + bsn + "/examens/resultaten",
                List.of(Map.of(
                        "examendatum", "2027-01-20",
                        "resultaat", "Geen",
                        "redenGeenResultaat", "Absent",
                        "onderdeel", "SP",
                        "niveau", "B1")));

        logIn("consulent");
        page.navigate(url("/inburgeraars/" + dossier + "/duo"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gegevens ophalen bij DUO"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("opgehaald");
        page.navigate(url("/inburgeraars/" + dossier + "/voortgang"));
        Locator rijen = page.locator("#tijdlijn tbody tr");
        assertThat(rijen.first()).containsText("20-01-2027");
        assertThat(rijen.first()).containsText("Examen Spreken op niveau B1: geen resultaat, niet verschenen");
        assertThat(rijen.nth(1)).containsText("04-01-2027");
        assertThat(rijen.nth(1)).containsText("Gestart bij Taalschool");
        assertThat(rijen.last()).containsText("20-10-2026");
        controleerToegankelijkheid("voortgang-tijdlijn");
    }
}
