package nl.inburgeringsregie.duo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21 point 8, in the browser as a team lead: a melding DUO refused names the person, links to the dossier and
 * offers "Bekijk en los op" (not "Opnieuw versturen"); the reconciliation page refreshes itself when the comparison it
 * started is done; a difference is marked as seen with a reason (a blank reason is refused), lands under "Gezien" with
 * who and when, is written in the dossier's journal and the audit log, and stays seen when the next comparison finds
 * it unchanged. Scanned with axe.
 */
class AfstemmingBrowserTest extends BrowserTest {

    @Autowired
    DuoSimulator duo;

    @Autowired
    MeldingenVersturen versturen;

    @Autowired
    Afstemming afstemming;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void herstel() {
        duo.herstel();
        clock.reset();
    }

    private static Map<String, Object> persoon(String bsn, String voornaam) {
        return persoon(bsn, voornaam, "0392");
    }

    private static Map<String, Object> persoon(String bsn, String voornaam, String gemeentecode) {
        Map<String, Object> body = TestDossiers.huisvest(TestData.inburgeraar(bsn, gemeentecode));
        body.put("voornamen", voornaam);
        body.put("geslachtsnaam", "Afstemming");
        return body;
    }

    @Test
    void deTeamleiderZietWieEenWeigeringBetreftEnMarkeertEenVerschilAlsGezienMetReden() {
        clock.zet(LocalDate.of(2026, 11, 25));
        Api consulent = api("consulent");
        String geweigerdBsn = TestData.bsn();
        String geweigerd = TestDossiers.registreer(consulent, persoon(geweigerdBsn, "Weigering" + geweigerdBsn));
        duo.storing(new DuoSimulator.Storing(403, "De persoon is niet inburgeringsplichtig."));
        TestDossiers.stelVast(consulent, TestDossiers.pipConcept(consulent, geweigerd, "B"));
        verstuurTotBeantwoord(geweigerd);
        duo.herstel();
        String verschilBsn = TestData.bsn();
        String naam = "Verschil" + verschilBsn + " Afstemming";
        // In Velsen: its comparison asks DUO about far fewer dossiers than Haarlem's, where every test registers.
        String verschil = TestDossiers.registreer(
                api("consulent.velsen"), persoon(verschilBsn, "Verschil" + verschilBsn, "0453"));
        duo.zetPlicht(
                verschilBsn,
                new DuoSimulator.Plicht(
                        true,
                        LocalDate.of(2026, 8, 20),
                        LocalDate.of(2026, 9, 1),
                        "Gezinsmigrant en overige migrant",
                        null));

        logIn("teamleider");
        // The refused melding: the person's name links to the dossier; the action is "Bekijk en los op", not sending
        // again.
        page.navigate(url("/koppeling/notificaties"));
        Locator weigering =
                page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Weigering" + geweigerdBsn));
        assertThat(weigering).containsText("Geweigerd door DUO");
        assertThat(weigering.getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Weigering" + geweigerdBsn + " Afstemming")))
                .hasAttribute("href", "/inburgeraars/" + geweigerd);
        assertThat(weigering.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opnieuw versturen")))
                .hasCount(0);
        assertThat(weigering).containsText("PIP");
        page.navigate(url("/koppeling/afstemming"));
        Locator inAfstemming =
                page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Weigering" + geweigerdBsn));
        inAfstemming
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bekijk en los op"))
                .click();
        page.waitForURL(u -> u.endsWith("/inburgeraars/" + geweigerd + "/pip"));

        // The comparison: started once, the page shows the new difference by itself.
        await().atMost(Duration.ofSeconds(240))
                .until(() -> afstemming
                        .laatsteVergelijking("0453")
                        .map(v -> v.klaar() != null)
                        .orElse(true));
        page.navigate(url("/koppeling/afstemming"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergelijk met DUO: Velsen (0453)"))
                .click();
        assertThat(page.getByText("De vergelijking met DUO loopt")).isVisible();
        Locator rij = page.locator("table[aria-labelledby=afwijkingen] tr")
                .filter(new Locator.FilterOptions().setHasText(naam));
        assertThat(rij).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(240_000));
        assertThat(page.getByText("De vergelijking met DUO loopt")).hasCount(0);
        assertThat(rij).containsText("Andere doelgroep");
        assertThat(rij).containsText("Asielstatushouder");
        assertThat(rij).containsText("Gezinsmigrant en overige migrant");
        assertThat(rij).containsText("Velsen (0453)");
        controleerToegankelijkheid("afstemming-verschillen");

        // Seen, with a reason: a blank one is refused on the page.
        rij.getByText("Markeer als gezien").click();
        rij.getByLabel("Reden").fill("   ");
        rij.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gezien"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vul een reden in");
        Locator opnieuw = page.locator("table[aria-labelledby=afwijkingen] tr")
                .filter(new Locator.FilterOptions().setHasText(naam));
        opnieuw.getByLabel("Reden").fill("DUO verwerkt de gezinsmigratie pas na het besluit van de IND");
        opnieuw.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gezien"))
                .click();
        assertThat(page.getByText("Het verschil staat als gezien gemarkeerd")).isVisible();
        Locator gezien =
                page.locator("table[aria-labelledby=gezien] tr").filter(new Locator.FilterOptions().setHasText(naam));
        assertThat(gezien).containsText("DUO verwerkt de gezinsmigratie pas na het besluit van de IND");
        assertThat(gezien).containsText("Marieke Bakker");
        assertThat(page.locator("table[aria-labelledby=afwijkingen] tr")
                        .filter(new Locator.FilterOptions().setHasText(naam)))
                .hasCount(0);
        controleerToegankelijkheid("afstemming-gezien");

        // The journal and the audit log keep who, when and why.
        page.navigate(url("/inburgeraars/" + verschil));
        Locator journaal = page.locator("table[aria-labelledby=journaal] tr")
                .filter(new Locator.FilterOptions().setHasText("DUO verwerkt de gezinsmigratie"));
        assertThat(journaal).containsText("Marieke Bakker");
        assertThat(journaal).containsText("Afstemming met DUO");
        assertThat(journaal).containsText("Andere doelgroep");
        Assertions.assertThat(jdbc.sql("""
                select count(*) from audit_log where inburgeraar_id = ?::uuid and username = 'teamleider' and action = 'GEWIJZIGD'
                and detail like '%DUO verwerkt de gezinsmigratie%'""").param(verschil).query(Integer.class).single())
                .isEqualTo(1);

        // The next comparison finds it unchanged: it stays seen.
        page.navigate(url("/koppeling/afstemming"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergelijk met DUO: Velsen (0453)"))
                .click();
        assertThat(page.getByText("De vergelijking met DUO loopt"))
                .hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(240_000));
        assertThat(page.locator("table[aria-labelledby=gezien] tr")
                        .filter(new Locator.FilterOptions().setHasText(naam)))
                .hasCount(1);
        assertThat(page.locator("table[aria-labelledby=afwijkingen] tr")
                        .filter(new Locator.FilterOptions().setHasText(naam)))
                .hasCount(0);
    }

    /**
     * Delivers the dossier's meldingen until DUO answered each (accepted or refused): on a busy machine an attempt may
     * time out (MISLUKT), and is then made due again on the application's clock.
     */
    private void verstuurTotBeantwoord(String dossier) {
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            jdbc.sql("update duo_melding set volgende_poging = ? where inburgeraar_id = ?::uuid and status = 'MISLUKT'")
                    .params(Timestamp.from(clock.instant()), dossier)
                    .update();
            versturen.verstuur();
            return jdbc.sql(
                                    "select count(*) from duo_melding where inburgeraar_id = ?::uuid and status in ('WACHT', 'MISLUKT')")
                            .param(dossier)
                            .query(Integer.class)
                            .single()
                    == 0;
        });
    }
}
