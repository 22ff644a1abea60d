package nl.inburgeringsregie.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Issue 15's done-when in a browser (ADR 0031): a consultant places a newcomer with the demo taalschool and records
 * the start; the taalschool's user (demo account {@code aanbieder}) sees the report due on its page, reports a week of
 * attendance and the progress on the participant's page and two weeks by CSV upload (a bad file first: nothing
 * stored, the row and field named with rule AB-6); the consultant then sees the hours, the progress bar and the
 * progress; another provider's participant answers 404; DUO (the simulator, knowing the person) accepted the aanbod
 * made from the placement and the hours' running total, as the consultant's DUO page shows. Every screen passes axe
 * (WCAG 2.1 AA).
 */
class AanbiederPortaalBrowserTest extends BrowserTest {

    /** A Wednesday: the last completed week is 30 November to 6 December 2026. */
    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 9);

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private DuoSimulator duo;

    @AfterEach
    void herstel() {
        clock.reset();
        duo.herstel();
    }

    @Test
    void deConsulentPlaatstDeAanbiederMeldtEnDeConsulentZietUrenEnVoortgang() {
        clock.zet(VANDAAG);
        String naam = "Portaal" + TestData.bsn();
        String bsn = TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(bsn);
        body.put("geslachtsnaam", naam);
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), body, "B");
        // DUO knows the asielstatushouder (as it would in production), so it accepts the aanbod and the hours.
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1), "Asielstatushouder", null));

        // The consultant places the newcomer and records the start.
        logIn("consulent");
        page.navigate(url("/inburgeraars/" + dossier + "/plaatsingen"));
        page.getByLabel("Contract")
                .selectOption(new SelectOption().setLabel("Taalschool Kennemerland – IJZK-2022-B1 (B1-route)"));
        page.getByLabel("Datum van aanmelding").fill("2026-11-02");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Plaatsen").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("geplaatst");
        page.getByLabel("Startdatum").fill("2026-11-16");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Gestart").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Plaatsingen bij aanbieders")))
                .containsText("16-11-2026");
        controleerToegankelijkheid("portaal-geplaatst");
        String plaatsing = jdbc.sql("select id::text from plaatsing where inburgeraar_id = ?::uuid")
                .param(dossier)
                .query(String.class)
                .single();

        // The provider sees the report due and reports on the participant's page.
        page.context().clearCookies();
        logIn("aanbieder");
        Locator teMelden = page.locator("ul[aria-labelledby='te-melden-presentie']");
        assertThat(teMelden).containsText(naam);
        controleerToegankelijkheid("portaal-te-melden");
        teMelden.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(naam + ", Rania"))
                .click();
        page.getByLabel("Periode").selectOption("WEEK");
        page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)).fill("2026-11-16");
        page.getByLabel("Uren aanwezig").fill("10");
        page.getByLabel("Uren afwezig").fill("2");
        page.getByLabel("Reden van afwezigheid").selectOption("true");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Presentie melden"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De presentie is opgeslagen.");
        page.getByLabel("Peildatum").fill("2026-12-04");
        page.getByLabel("Lezen").selectOption("A2");
        page.getByLabel("Spreken").selectOption("A1");
        page.getByLabel("Opmerking").fill("Vertelt over haar week");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voortgang melden"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De voortgang is opgeslagen.");
        controleerToegankelijkheid("portaal-deelnemer-gemeld");

        // Two weeks by CSV: a bad file first (nothing stored, row and field named), then the corrected one.
        page.navigate(url("/mijn-deelnemers"));
        page.getByLabel("CSV-bestand")
                .setInputFiles(csv("plaatsingId;week;urenAanwezig;urenAfwezig;geoorloofd\n" + plaatsing
                        + ";2026-11-23;-3;0;\n" + plaatsing + ";2026-11-30;12;0;\n"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uploaden"))
                .click();
        assertThat(page.locator(".foutsamenvatting")).containsText("Regel 1 (urenAanwezig)");
        assertThat(page.locator(".foutsamenvatting")).containsText("AB-6");
        controleerToegankelijkheid("portaal-csv-fout");
        page.getByLabel("CSV-bestand")
                .setInputFiles(csv("plaatsingId;week;urenAanwezig;urenAfwezig;geoorloofd\n" + plaatsing
                        + ";23-11-2026;11,5;0;\n" + plaatsing + ";2026-11-30;12;0;\n"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uploaden"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Verwerkt: 2 regels.");
        assertThat(page.locator("ul[aria-labelledby='te-melden-presentie']"))
                .not()
                .containsText(naam);
        controleerToegankelijkheid("portaal-csv-verwerkt");

        // Another provider's participant (the demo MBO's): 404, whether by link or typed.
        String ander = jdbc.sql("""
                        select p.inburgeraar_id::text from plaatsing p join aanbieder a on a.id = p.aanbieder_id
                        where a.instellingsnummer = '25LX000002' and not exists (
                            select 1 from plaatsing q join aanbieder b on b.id = q.aanbieder_id
                            where q.inburgeraar_id = p.inburgeraar_id and b.instellingsnummer = '30TK000001')
                        limit 1""").query(String.class).single();
        Response antwoord = page.navigate(url("/deelnemers/" + ander));
        Assertions.assertThat(antwoord.status()).isEqualTo(404);
        Response onbekend = page.navigate(url("/deelnemers/" + UUID.randomUUID()));
        Assertions.assertThat(onbekend.status()).isEqualTo(404);

        // The consultant sees the hours (10 + 11.5 + 12), the progress bar and the progress.
        page.context().clearCookies();
        logIn("consulent");
        page.navigate(url("/inburgeraars/" + dossier + "/plaatsingen"));
        assertThat(page.locator(".urendoel").first()).containsText("33.5");
        assertThat(page.locator("progress").first()).isVisible();
        Locator voortgang = page.getByRole(
                AriaRole.TABLE,
                new Page.GetByRoleOptions().setName("Voortgang bij Taalschool Kennemerland (IJZK-2022-B1)"));
        assertThat(voortgang).containsText("04-12-2026");
        assertThat(voortgang).containsText("Vertelt over haar week");
        controleerToegankelijkheid("portaal-consulent-uren-voortgang");

        // DUO got the aanbod from the placement and the hours' running total from the ledger (ADR 0034), both
        // accepted by the simulator (which validates every message against DUO's OpenAPI files); the DUO page lists
        // them. The total follows the reports after their commit, so the page is read again until it is there.
        String duoPagina = url("/inburgeraars/" + dossier + "/duo");
        Locator meldingen = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Meldingen aan DUO"));
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    page.navigate(duoPagina);
                    String tekst = page.locator("body").innerText();
                    return tekst.contains("Gevolgde uren")
                            && !tekst.contains("Wacht op verzending")
                            && laatsteUren(dossier).contains("33");
                });
        String tabel = meldingen.innerText();
        for (String soort : List.of("Inburgeringsaanbod", "Gevolgde uren")) {
            Assertions.assertThat(tabel.lines().filter(r -> r.contains(soort)))
                    .as(tabel)
                    .anyMatch(r -> r.contains("Verzonden en door DUO geaccepteerd"))
                    .allMatch(r -> r.contains("Verzonden en door DUO geaccepteerd") || r.contains("vervangen"));
        }
        Assertions.assertThat(laatsteUren(dossier))
                .as("the running total, whole hours (10 + 11.5 + 12 = 33.5)")
                .contains("33");
        controleerToegankelijkheid("portaal-consulent-duo");
    }

    /**
     * The latest hours' total sent to DUO: the total follows each report after its commit, so it is awaited, not read
     * once; meldingen of one instant are ordered by their sequence number.
     */
    private String laatsteUren(String dossier) {
        return jdbc.sql("""
                        select bericht from duo_melding where inburgeraar_id = ?::uuid and soort = 'UREN'
                        and status = 'VERZONDEN' order by aangemaakt_op desc, volgnummer desc limit 1""").param(dossier).query(String.class).optional().orElse("");
    }

    private static FilePayload csv(String inhoud) {
        return new FilePayload("presentie.csv", "text/csv", inhoud.getBytes(StandardCharsets.UTF_8));
    }
}
