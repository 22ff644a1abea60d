package nl.inburgeringsregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
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
 * Issue 21 point 2, on the screens the consultant's walk ({@code RuweWaardenBrowserTest}) never reaches: the
 * functioneel beheerder's journal after an account and a gemeente's settings changed, and the privacy officer's
 * request, inzage export, legal hold and break-the-glass review. The state is prepared over HTTP as the screens' own
 * forms post it (the forms themselves are {@code BeheerBrowserTest}'s and {@code PrivacyOfficerBrowserTest}'s); each
 * page's text holds no raw value ({@link RuweWaarden}), no gemeente code without its name, and no table cell holds a
 * user name where a person's name belongs.
 */
class RuweWaardenBeheerEnPrivacyBrowserTest extends BrowserTest {

    /** A gemeente code on its own: not "Haarlem (0392)", not part of a longer number or an id. */
    private static final Pattern KALE_GEMEENTECODE = Pattern.compile("(?<![\\w(-])(0392|0453)(?![\\w)-])");

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void klok() {
        clock.reset();
    }

    @Test
    void hetJournaalVanBeheerToontNamenEnLabels() {
        String gebruikersnaam = "rw." + achtervoegsel();
        WebSessie beheerder = WebSessie.login(baseUrl(), "beheerder");
        assertThat(beheerder
                        .postMetCsrf(
                                "/beheer/gebruikers",
                                Map.of(
                                        "gebruikersnaam", gebruikersnaam,
                                        "naam", "Ruwe Waarden",
                                        "rollen", "CONSULENT",
                                        "gemeenten", "0392",
                                        "actief", "true"),
                                "/beheer/gebruikers/nieuw")
                        .statusCode())
                .isEqualTo(200);
        // Name, role, gemeente and active all change: four journal lines besides "aangemaakt".
        assertThat(beheerder
                        .postMetCsrf(
                                "/beheer/gebruikers/" + gebruikersnaam,
                                Map.of(
                                        "naam", "Ruwe Waarden-Jansen",
                                        "rollen", "TEAMLEIDER",
                                        "gemeenten", "0453"),
                                "/beheer/gebruikers/" + gebruikersnaam)
                        .statusCode())
                .isEqualTo(302);
        Map<String, String> instellingen = Map.of(
                "brief.telefoon", "0255 123456",
                "termijnen.intakeWeken", "9",
                "termijnen.pipStartStatushouder", "KOPPELING");
        List<String> gevonden = new ArrayList<>();
        try {
            assertThat(beheerder
                            .postMetCsrf("/beheer/gemeenten/0453", instellingen, "/beheer/gemeenten/0453")
                            .statusCode())
                    .isEqualTo(302);

            logIn("beheerder");
            for (String pad : List.of(
                    "/beheer", "/beheer/gebruikers/" + gebruikersnaam, "/beheer/gemeenten/0453", "/gebruikers")) {
                bekijk(pad, gevonden);
            }
            page.navigate(url("/beheer/gebruikers/" + gebruikersnaam));
            String journaal = page.locator(".beheer-journaal").innerText();
            assertThat(journaal)
                    .contains("Ingrid Visser", "Account van Ruwe Waarden-Jansen", "Teamleider", "Velsen (0453)", "Nee");
            page.navigate(url("/beheer/gemeenten/0453"));
            assertThat(page.locator(".beheer-journaal").innerText())
                    .contains(
                            "Telefoon",
                            "0255 123456",
                            "Streeftermijn brede intake",
                            "Vanaf de koppeling aan de gemeente")
                    .doesNotContain("brief.telefoon", "termijnen.intakeWeken");
        } finally {
            Map<String, String> terug = new LinkedHashMap<>();
            instellingen.keySet().forEach(k -> terug.put(k, ""));
            beheerder.postMetCsrf("/beheer/gemeenten/0453", terug, "/beheer/gemeenten/0453");
        }
        assertThat(gevonden).as("raw values on screen (page: value … context)").isEmpty();
    }

    @Test
    void deSchermenVanDePrivacyOfficerTonenNamenEnLabels() {
        clock.zet(LocalDate.of(2026, 12, 3));
        String bsn = TestData.bsn();
        Api consulent = api("consulent");
        String id = TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(bsn)));
        Map<String, Object> verslag = new LinkedHashMap<>();
        verslag.put("leefgebied", "MENTALE_GEZONDHEID");
        verslag.put("situatie", "Slaapt slecht");
        consulent.put("/api/v1/inburgeraars/" + id + "/intake", Map.of("leefgebieden", List.of(verslag)));
        String versie = Api.JSON
                .readTree(consulent.get("/api/v1/inburgeraars/" + id).body())
                .get("versie")
                .asString();
        // A break-the-glass assignment (I-5): a colleague takes the dossier with a reason.
        WebSessie.login(baseUrl(), "l.smit")
                .postMetCsrf(
                        "/inburgeraars/" + id + "/consulent",
                        Map.of("versie", versie, "consulent", "l.smit", "reden", "Waarneming tijdens verlof"),
                        "/inburgeraars/" + id);
        WebSessie privacy = WebSessie.login(baseUrl(), "privacy");
        HttpResponse<String> verzoek = privacy.postMetCsrf(
                "/privacy/verzoeken",
                Map.of(
                        "soort", "INZAGE",
                        "gemeentecode", "0392",
                        "bsn", bsn,
                        "verzoeker", "de betrokkene zelf",
                        "ontvangenOp", "2026-12-01",
                        "omschrijving", "Alles wat over mij bewaard wordt"),
                "/privacy/verzoeken");
        String verzoekPad =
                verzoek.headers().firstValue("location").orElseThrow().replaceAll("^https?://[^/]+", "");
        assertThat(verzoekPad).startsWith("/privacy/verzoeken/");
        assertThat(privacy.postMetCsrf(
                                "/privacy/bewaren",
                                Map.of("dossier", id, "reden", "Bezwaar tegen de beschikking loopt"),
                                "/privacy/bewaren")
                        .statusCode())
                .isEqualTo(302);

        logIn("privacy");
        List<String> gevonden = new ArrayList<>();
        for (String pad : List.of(
                "/privacy/verzoeken", verzoekPad, verzoekPad + "/inzage", "/privacy/bewaren", "/privacy/doorbraken")) {
            bekijk(pad, gevonden);
        }
        page.navigate(url("/privacy/doorbraken"));
        assertThat(page.locator("#doorbraken").innerText()).contains("Lotte Smit");
        page.navigate(url(verzoekPad + "/inzage"));
        assertThat(page.locator("main").innerText())
                .contains("Slaapt slecht", "Thomas Mulder", "Haarlem (0392)", "Lotte Smit");
        assertThat(gevonden).as("raw values on screen (page: value … context)").isEmpty();
    }

    /** Opens a page and collects what is raw: values, bare gemeente codes, and user names in table cells. */
    private void bekijk(String pad, List<String> gevonden) {
        var antwoord = page.navigate(url(pad));
        assertThat(antwoord.status()).as(pad).isEqualTo(200);
        wachtOpHtmx();
        String tekst = (String) page.evaluate("() => document.body.innerText");
        RuweWaarden.controleer(pad, tekst, gevonden);
        RuweWaarden.zoek(pad, tekst, KALE_GEMEENTECODE, gevonden);
        List<String> gebruikersnamen =
                jdbc.sql("select username from app_user").query(String.class).list();
        // Every cell except those of a column headed "Gebruikersnaam" (the accounts list, where it is the point) and
        // the
        // audit log's "Detail" (the names of the changed fields, one of which, "consulent", is also a demo user name).
        @SuppressWarnings("unchecked")
        List<String> cellen = (List<String>) page.evaluate("""
                () => Array.from(document.querySelectorAll('table')).flatMap(t => {
                  const koppen = Array.from(t.querySelectorAll('thead th')).map(th => th.innerText.trim());
                  return Array.from(t.querySelectorAll('tbody tr')).flatMap(tr =>
                    Array.from(tr.children).filter((c, i) => koppen[i] !== 'Gebruikersnaam' && koppen[i] !== 'Detail').map(c => c.innerText));
                })""");
        for (String cel : cellen) {
            for (String deel : cel.split(",|\\n")) {
                if (gebruikersnamen.contains(deel.strip())) {
                    gevonden.add(pad + ": user name " + deel.strip() + " … " + cel.replace('\n', ' '));
                }
            }
        }
    }

    private static String achtervoegsel() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
