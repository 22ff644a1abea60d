package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.BrowserTest;
import nl.inburgeringsregie.support.RuweWaarden;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21 point 2: nothing shown is raw. A well-filled dossier (registered, intake with a routebesluit, a vastgesteld
 * PIP and a new version, DUO's picture fetched, meldingen to DUO sent and one refused, a reconciliation that found a
 * difference, a journal, an audit trail) is walked in the browser as a consultant, a team lead and a privacy officer:
 * the named screens first, then every page their links reach (one page per kind of address). The text a person sees on
 * each page (not attributes, not hidden inputs) may hold no constant of the project's enums (collected by reflection),
 * no other SCREAMING_SNAKE code, no ISO date, no {@code true}/{@code false}/{@code []}, no missing message and no
 * long-form IPv6 address. In package duo for the delivery job and the comparison it has to wait for.
 */
class RuweWaardenBrowserTest extends BrowserTest {

    private static final Pattern UUID_IN_PAD =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MAX_PAGINAS_PER_ROL = 45;

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

    @Test
    void geenEnkeleRuweWaardeOpDeSchermenVanConsulentTeamleiderEnPrivacyOfficer() {
        clock.zet(LocalDate.of(2026, 11, 25));
        Api consulent = api("consulent");
        // The dossier: PIP vastgesteld (melding to DUO sent and accepted), then a new version; DUO's picture fetched.
        String bsn = TestData.bsn();
        String dossier = TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(bsn)));
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true,
                        LocalDate.of(2026, 8, 20),
                        LocalDate.of(2026, 9, 1),
                        "Asielstatushouder",
                        "Asielstatushouder"));
        String v1 = TestDossiers.pipConcept(consulent, dossier, "B");
        TestDossiers.stelVast(consulent, v1);
        verstuurTotBeantwoord(dossier);
        Api.Antwoord v2 = consulent.post(
                "/api/v1/pips/" + v1 + "/wijzigingen",
                Map.of("reden", "GEWIJZIGDE_OMSTANDIGHEDEN", "toelichting", "Werkt sinds november overdag"));
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        duo.zet(
                "/personen/" + bsn + "/lbt/resultaten",
                List.of(Map.of(
                        "resultaat",
                        "B1-route haalbaar",
                        "behaaldeScore",
                        "62,00",
                        "benodigdeScore",
                        "55,00",
                        "datumAfname",
                        "2026-09-20")));
        WebSessie sessie = WebSessie.login(baseUrl(), "consulent");
        assertThat(sessie.postMetCsrf(
                                "/inburgeraars/" + dossier + "/duo/vernieuw",
                                Map.of(),
                                "/inburgeraars/" + dossier + "/duo")
                        .statusCode())
                .isEqualTo(302);
        // A melding DUO refuses on its content.
        duo.storing(new DuoSimulator.Storing(403, "De datum van het eindgesprek ligt na 2026-11-21."));
        TestDossiers.moduleAfgerond(consulent, dossier, "map", LocalDate.of(2026, 11, 20));
        verstuurTotBeantwoord(dossier);
        duo.herstel();
        // A second person DUO holds under another doelgroep: the reconciliation finds a difference. In Velsen, whose
        // comparison asks DUO about far fewer dossiers than Haarlem's, where every test registers its persons.
        String anderBsn = TestData.bsn();
        String ander = TestDossiers.registreer(
                api("consulent.velsen"), TestDossiers.huisvest(TestData.inburgeraar(anderBsn, "0453")));
        duo.zetPlicht(
                anderBsn,
                new DuoSimulator.Plicht(
                        true,
                        LocalDate.of(2026, 8, 20),
                        LocalDate.of(2026, 9, 1),
                        "Gezinsmigrant en overige migrant",
                        null));
        vergelijk(WebSessie.login(baseUrl(), "teamleider"));

        List<String> gevonden = new ArrayList<>();
        logIn("consulent");
        loop(
                List.of(
                        "/",
                        "/werkvoorraad",
                        "/inburgeraars",
                        "/signalen",
                        "/inburgeraars/" + dossier,
                        "/inburgeraars/" + dossier + "/bewerken",
                        "/inburgeraars/" + dossier + "/intake",
                        "/inburgeraars/" + dossier + "/intake/samenvatting",
                        "/inburgeraars/" + dossier + "/pip",
                        "/pips/" + v1,
                        "/pips/" + v2.json().get("id").asString(),
                        "/inburgeraars/" + dossier + "/pip/vergelijking",
                        "/inburgeraars/" + dossier + "/duo",
                        "/inburgeraars/" + dossier + "/termijnen"),
                gevonden);
        page.context().clearCookies();
        logIn("teamleider");
        loop(
                List.of(
                        "/werkvoorraad/team",
                        "/koppeling/notificaties",
                        "/koppeling/afstemming",
                        "/inburgeraars/" + dossier,
                        "/inburgeraars/" + ander),
                gevonden);
        page.context().clearCookies();
        logIn("privacy");
        loop(List.of("/auditlog", "/auditlog?inburgeraar=" + dossier, "/auditlog?gebruiker=consulent"), gevonden);

        assertThat(gevonden).as("raw values on screen (page: value … context)").isEmpty();
    }

    /** Starts a comparison of Velsen as a team lead would and waits until this one is done. */
    private void vergelijk(WebSessie teamleider) {
        await().atMost(Duration.ofSeconds(240))
                .until(() -> afstemming
                        .laatsteVergelijking("0453")
                        .map(v -> v.klaar() != null)
                        .orElse(true));
        Instant voor = clock.instant(); // the comparison stamps its start with the application's clock
        assertThat(teamleider
                        .postMetCsrf(
                                "/koppeling/afstemming/vergelijk",
                                Map.of("gemeentecode", "0453"),
                                "/koppeling/afstemming")
                        .statusCode())
                .isEqualTo(302);
        await().atMost(Duration.ofSeconds(240))
                .until(() -> afstemming
                        .laatsteVergelijking("0453")
                        .filter(v -> !v.gestart().isBefore(voor) && v.klaar() != null)
                        .isPresent());
    }

    /**
     * Visits the pages, then every page their links reach (one per kind of address, not a file to download); collects
     * what is raw.
     */
    private void loop(List<String> start, List<String> gevonden) {
        Deque<String> wachtrij = new ArrayDeque<>(start);
        Set<String> soorten = new LinkedHashSet<>();
        Set<String> verplicht = new LinkedHashSet<>(start);
        int bezocht = 0;
        while (!wachtrij.isEmpty() && bezocht < MAX_PAGINAS_PER_ROL) {
            String pad = wachtrij.poll();
            if (!verplicht.contains(pad) && !soorten.add(soort(pad))) {
                continue;
            }
            soorten.add(soort(pad));
            Page.NavigateOptions opties = new Page.NavigateOptions();
            var antwoord = page.navigate(url(pad), opties);
            if (antwoord == null
                    || antwoord.status() != 200
                    || !String.valueOf(antwoord.headerValue("content-type")).contains("text/html")) {
                continue;
            }
            wachtOpHtmx();
            bezocht++;
            String tekst = (String) page.evaluate("() => document.body.innerText");
            RuweWaarden.controleer(pad, tekst, gevonden);
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) page.evaluate(
                    "() => Array.from(document.querySelectorAll('a[href]:not([download])')).map(a => a.href)");
            for (String link : links) {
                URI uri = URI.create(link.replace(" ", "%20"));
                if (!("localhost".equals(uri.getHost()) && uri.getPort() == port)) {
                    continue;
                }
                String volgende = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                if (volgende.contains("logout")
                        || volgende.contains("beschikking")
                        || volgende.startsWith("/api/")
                        || volgende.startsWith("/static/")
                        || volgende.startsWith("/webjars/")
                        || volgende.startsWith("/duo")) {
                    continue;
                }
                if (!soorten.contains(soort(volgende))) {
                    wachtrij.add(volgende);
                }
            }
        }
    }

    /** The kind of an address: its path with ids and digits generalised, and the names of its query parameters. */
    private static String soort(String pad) {
        String[] delen = pad.split("\\?", 2);
        String soort = UUID_IN_PAD.matcher(delen[0]).replaceAll("{id}").replaceAll("\\d+", "{n}");
        if (delen.length > 1) {
            Set<String> namen = new TreeSet<>();
            for (String p : delen[1].split("&")) {
                namen.add(p.split("=", 2)[0]);
            }
            soort += "?" + String.join("&", namen);
        }
        return soort;
    }

    @Test
    void deVerzamelingKentDeConstantenDieHetIssueNoemt() {
        assertThat(RuweWaarden.enumConstanten())
                .contains(
                        "VASTGESTELD",
                        "GEWIJZIGDE_OMSTANDIGHEDEN",
                        "GEZINSMIGRANT_EN_OVERIGE_MIGRANT",
                        "WI2021",
                        "AANMELDING",
                        "CONSULENT",
                        "PRIVACY_OFFICER");
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
