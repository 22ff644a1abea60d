package nl.inburgeringsregie.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgeringsregie.gebruikers.DemoAccounts;
import nl.inburgeringsregie.gebruikers.Gemeente;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21 point 11: the team lead's team view shows each dossier's gemeente and filters by it, lists a person once
 * however many of their deadlines run (also across pages), and keeps its filter through a reassignment.
 */
class TeamoverzichtTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoAccounts demoAccounts;

    @Autowired
    MessageSource berichten;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    /** A consultant of their own, so that other tests' dossiers never land in the filtered list. */
    private String nieuweConsulent(Gemeente gemeente) {
        String naam = "h4." + UUID.randomUUID().toString().substring(0, 8);
        demoAccounts.zorgVoorConsulenten(gemeente, Map.of(naam, "Consulent " + naam));
        return naam;
    }

    /** A statushouder housed on the given day: the inburgeringstermijn and the PIP deadline both run. */
    private String registreer(String registrant, String gemeentecode, String consulent, LocalDate huisvesting) {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn(), gemeentecode);
        body.put("consulent", consulent);
        body.put("datumKennisgeving", "2026-01-02");
        body.put("datumKoppeling", "2025-12-20");
        body.put("datumHuisvesting", huisvesting.toString());
        Api.Antwoord antwoord = api(registrant).post("/api/v1/inburgeraars", body);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        return antwoord.header("Location").replaceAll(".*/", "");
    }

    private static int keren(String html, String id) {
        Matcher m = Pattern.compile(Pattern.quote("href=\"/inburgeraars/" + id + "\""))
                .matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void eenPersoonMetMeerdereLopendeTermijnenStaatEenmaalInDeLijstOokOverPaginasHeen() {
        clock.zet(LocalDate.of(2026, 3, 30));
        String consulent = nieuweConsulent(DemoAccounts.HAARLEM);
        List<String> ids = new ArrayList<>();
        // 60 people with two running deadlines each: 120 deadline rows, more than a page of 100, but 60 people.
        for (int i = 0; i < 60; i++) {
            ids.add(registreer(
                    "consulent", "0392", consulent, LocalDate.of(2026, 1, 1).plusDays(i % 40)));
        }
        int lopend = jdbc.sql("""
                select count(*) from termijn where consulent = ? and afsluiting is null and uiterlijke_datum is not null""").param(consulent).query(Integer.class).single();
        assertThat(lopend).as("running deadlines").isGreaterThanOrEqualTo(120);

        String pagina = WebSessie.login(baseUrl(), "teamleider")
                .get("/werkvoorraad/team?consulent=" + consulent)
                .body();
        for (String id : ids) {
            assertThat(keren(pagina, id)).as("rows of %s", id).isEqualTo(1);
        }
        assertThat(pagina).doesNotContain("Volgende pagina").contains("Andere lopende termijnen", "Haarlem");
    }

    @Test
    void deTeamleiderZietDeGemeenteVanElkDossierEnFiltertErOp() {
        String haarlemmer = nieuweConsulent(DemoAccounts.HAARLEM);
        String velsenaar = nieuweConsulent(DemoAccounts.VELSEN);
        String inHaarlem = registreer("consulent", "0392", haarlemmer, LocalDate.of(2026, 1, 15));
        String inVelsen = registreer("consulent.velsen", "0453", velsenaar, LocalDate.of(2026, 1, 15));
        WebSessie teamleider = WebSessie.login(baseUrl(), "teamleider");

        String velsen = teamleider
                .get("/werkvoorraad/team?gemeente=0453&consulent=" + velsenaar)
                .body();
        assertThat(keren(velsen, inVelsen)).isEqualTo(1);
        assertThat(velsen).contains("<option value=\"0453\" selected=\"selected\">Velsen</option>");
        assertThat(velsen).containsPattern("href=\"/inburgeraars/" + inVelsen + "\">[^<]*</a></td>\\s*<td>Velsen</td>");
        // Velsen's consultant in Haarlem: nothing, and the counts and the reassign list are Haarlem's only.
        String haarlem = teamleider
                .get("/werkvoorraad/team?gemeente=0392&consulent=" + velsenaar)
                .body();
        assertThat(keren(haarlem, inVelsen)).isZero();
        assertThat(haarlem)
                .contains("Geen lopende termijnen met deze filters.")
                .doesNotContain("Consulent " + velsenaar);
        String alleHaarlem = teamleider
                .get("/werkvoorraad/team?gemeente=0392&consulent=" + haarlemmer)
                .body();
        assertThat(keren(alleHaarlem, inHaarlem)).isEqualTo(1);
        assertThat(alleHaarlem)
                .containsPattern("href=\"/inburgeraars/" + inHaarlem + "\">[^<]*</a></td>\\s*<td>Haarlem</td>")
                .doesNotContain("Consulent " + velsenaar);

        // A consultant of one gemeente only: no gemeente filter to choose from, and another gemeente's code is ignored.
        assertThat(WebSessie.login(baseUrl(), "consulent.velsen")
                        .get("/werkvoorraad/team")
                        .statusCode())
                .isEqualTo(403);
    }

    /** The confirmation after reassigning counts in Dutch: one dossier, two dossiers. */
    @Test
    void deBevestigingVanHetToewijzenTeltEnkelvoudEnMeervoud() {
        Locale nl = Locale.of("nl", "NL");
        assertThat(berichten.getMessage("team.toegewezen", new Object[] {1}, nl))
                .isEqualTo("1 dossier is toegewezen.");
        assertThat(berichten.getMessage("team.toegewezen", new Object[] {2}, nl))
                .isEqualTo("2 dossiers zijn toegewezen.");
        assertThat(berichten.getMessage("team.toegewezen", new Object[] {1200}, nl))
                .isEqualTo("1.200 dossiers zijn toegewezen.");
    }

    @Test
    void hetFilterBlijftStaanNaHetToewijzenOokAlsErNietsGeselecteerdIs() {
        String van = nieuweConsulent(DemoAccounts.HAARLEM);
        String naar = nieuweConsulent(DemoAccounts.HAARLEM);
        String id = registreer("consulent", "0392", van, LocalDate.of(2026, 1, 15));
        WebSessie teamleider = WebSessie.login(baseUrl(), "teamleider");
        String filter = "/werkvoorraad/team?gemeente=0392&consulent=" + van + "&soort=PIP_VASTSTELLEN";
        assertThat(keren(teamleider.get(filter).body(), id)).isEqualTo(1);

        HttpResponse<String> antwoord = teamleider.postMetCsrf(
                "/werkvoorraad/team/toewijzen?dossier=" + id,
                Map.of(
                        "consulent",
                        naar,
                        "filter.gemeente",
                        "0392",
                        "filter.consulent",
                        van,
                        "filter.soort",
                        "PIP_VASTSTELLEN",
                        "filter.doelgroep",
                        "",
                        "filter.van",
                        "",
                        "filter.tot",
                        ""),
                filter);
        assertThat(antwoord.statusCode()).isEqualTo(302);
        String terug = antwoord.headers().firstValue("Location").orElseThrow();
        assertThat(terug)
                .contains("/werkvoorraad/team?")
                .contains("gemeente=0392", "consulent=" + van, "soort=PIP_VASTSTELLEN")
                .doesNotContain("doelgroep=", "van=&");
        String daarna =
                teamleider.get(terug.replaceFirst("^https?://[^/]+", "")).body();
        assertThat(daarna).contains("1 dossier is toegewezen.", "Geen lopende termijnen met deze filters.");

        // The second click, with nothing selected: the error, and still the same filter.
        HttpResponse<String> leeg = teamleider.postMetCsrf(
                "/werkvoorraad/team/toewijzen",
                Map.of("consulent", naar, "filter.gemeente", "0392", "filter.consulent", van),
                filter);
        assertThat(leeg.headers().firstValue("Location").orElseThrow()).contains("gemeente=0392", "consulent=" + van);
    }

    @Test
    void eenDossiernummerDatGeenIdIsWordtGenoemdEnNiemandWordtToegewezen() {
        String van = nieuweConsulent(DemoAccounts.HAARLEM);
        String naar = nieuweConsulent(DemoAccounts.HAARLEM);
        String id = registreer("consulent", "0392", van, LocalDate.of(2026, 1, 15));
        WebSessie teamleider = WebSessie.login(baseUrl(), "teamleider");
        String filter = "/werkvoorraad/team?gemeente=0392&consulent=" + van;

        HttpResponse<String> antwoord = teamleider.postMetCsrf(
                "/werkvoorraad/team/toewijzen?dossier=" + id + "&dossier=geen-uuid",
                Map.of("consulent", naar, "filter.gemeente", "0392", "filter.consulent", van),
                filter);
        assertThat(antwoord.statusCode()).isEqualTo(302);
        String terug = antwoord.headers().firstValue("Location").orElseThrow();
        assertThat(terug).contains("gemeente=0392", "consulent=" + van);
        assertThat(teamleider.get(terug.replaceFirst("^https?://[^/]+", "")).body())
                .contains("Een aangevinkt dossier is geen geldig dossiernummer");
        assertThat(keren(teamleider.get(filter).body(), id))
                .as("still with its consultant")
                .isEqualTo(1);
    }
}
