package nl.inburgeringsregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 point 15: the privacy officer registers a data subject's request for inzage (AVG art. 15) or correction
 * (art. 16); it is due one month after receipt (art. 12(3)) on the worklist, extendable once by two months within the
 * first month; the inzage export holds everything held about the person and who accessed it, when and why, and is
 * itself audited; a correction records what changed, why and on whose request, also in the dossier's journal.
 */
class PrivacyverzoekenTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    @Test
    void eenInzageverzoekKrijgtEenMaandStaatOpDeWerklijstEnDeExportBevatAllesEnWieKeekWanneerEnWaarom()
            throws Exception {
        String bsn = TestData.bsn();
        Api consulent = api("consulent");
        String id = TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(bsn)));
        Map<String, Object> verslag = new LinkedHashMap<>();
        verslag.put("leefgebied", "MENTALE_GEZONDHEID");
        verslag.put("situatie", "Slaapt slecht; contact met de huisarts");
        assertThat(consulent
                        .put("/api/v1/inburgeraars/" + id + "/intake", Map.of("leefgebieden", List.of(verslag)))
                        .status())
                .isEqualTo(200);
        TestDossiers.pipConcept(consulent, id, "B1");
        consulent.get("/api/v1/inburgeraars/" + id);

        // Received on 31 January 2028 (a leap year): one month later is 29 February.
        clock.zet(LocalDate.of(2028, 2, 2));
        WebSessie privacy = WebSessie.login(baseUrl(), "privacy");
        String verzoek = registreer(privacy, "INZAGE", bsn, "2028-01-31", "de betrokkene zelf", null);
        assertThat(jdbc.queryForObject(
                        "select uiterste_datum from privacyverzoek where id = ?::uuid", LocalDate.class, verzoek))
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(jdbc.queryForObject(
                        "select inburgeraar_id::text from privacyverzoek where id = ?::uuid", String.class, verzoek))
                .isEqualTo(id);
        String werklijst = privacy.get("/privacy/verzoeken").body();
        assertThat(werklijst).contains(bsn).contains("29-02-2028");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where inburgeraar_id = ?::uuid and username = 'privacy' "
                                + "and action = 'IN_ZOEKRESULTAAT' and detail = 'privacyverzoeken'",
                        Integer.class,
                        id))
                .as("the list is audited")
                .isPositive();

        // Handing out the inzage before making the export is refused.
        // The page comes back as typed, with the refusal on it (issue 13 point 6: form-backing objects).
        HttpResponse<String> teVroeg = privacy.postMetCsrf(
                "/privacy/verzoeken/" + verzoek + "/afhandeling",
                Map.of("uitkomst", "VERSTREKT"),
                "/privacy/verzoeken/" + verzoek);
        assertThat(teVroeg.statusCode()).isEqualTo(200);
        assertThat(teVroeg.body()).contains("Maak eerst de inzage-export");
        assertThat(privacy.get("/privacy/verzoeken/" + verzoek).body())
                .as("nothing was handed out")
                .doesNotContain("verzoek.afgehandeld");

        HttpResponse<String> json = privacy.get("/privacy/verzoeken/" + verzoek + "/inzage.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        JsonNode export = Api.JSON.readTree(json.body());
        JsonNode gegevens = export.get("gegevens");
        assertThat(gegevens.get("dossier").get("inburgeraar").get(0).get("bsn").asString())
                .isEqualTo(bsn);
        assertThat(gegevens.get("dossier").get("journaal").size()).isPositive();
        assertThat(gegevens.get("intake").get("intake_leefgebied").toString()).contains("Slaapt slecht");
        assertThat(gegevens.get("pip").get("pip").size()).isEqualTo(1);
        assertThat(gegevens.get("termijnen").get("termijn").size()).isPositive();
        assertThat(gegevens.get("privacy").get("privacyverzoek").toString()).contains(verzoek);
        JsonNode toegang = export.get("toegang");
        assertThat(toegang).anySatisfy(r -> {
            assertThat(r.get("gebruiker").asString()).isEqualTo("consulent");
            assertThat(r.get("actie").asString()).isEqualTo("DOSSIER_BEKEKEN");
            assertThat(r.get("doel").asString()).isEqualTo("uitvoering Wet inburgering");
        });
        assertThat(toegang).as("the export lists itself").anySatisfy(r -> {
            assertThat(r.get("gebruiker").asString()).isEqualTo("privacy");
            assertThat(r.get("actie").asString()).isEqualTo("GEEXPORTEERD");
            assertThat(r.get("doel").asString()).isEqualTo("afhandeling verzoek betrokkene (AVG)");
        });
        String html = privacy.get("/privacy/verzoeken/" + verzoek + "/inzage").body();
        assertThat(html)
                .contains(bsn)
                .contains("Slaapt slecht")
                .contains("Wie heeft de gegevens ingezien of gewijzigd");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where inburgeraar_id = ?::uuid and action = 'GEEXPORTEERD'",
                        Integer.class,
                        id))
                .as("both exports audited")
                .isEqualTo(2);

        privacy.postMetCsrf(
                "/privacy/verzoeken/" + verzoek + "/afhandeling",
                Map.of("uitkomst", "VERSTREKT"),
                "/privacy/verzoeken/" + verzoek);
        assertThat(jdbc.queryForObject("select uitkomst from privacyverzoek where id = ?::uuid", String.class, verzoek))
                .isEqualTo("VERSTREKT");
        privacy.postMetCsrf(
                "/privacy/verzoeken/" + verzoek + "/afhandeling",
                Map.of("uitkomst", "AFGEWEZEN", "toelichting", "x"),
                "/privacy/verzoeken/" + verzoek);
        assertThat(jdbc.queryForObject("select uitkomst from privacyverzoek where id = ?::uuid", String.class, verzoek))
                .as("the second click changes nothing")
                .isEqualTo("VERSTREKT");
    }

    @Test
    void verlengenKanEenKeerMetRedenEnAlleenBinnenDeEersteMaandDaarnaStaatHetVerzoekTeLaat() {
        String bsn = TestData.bsn();
        clock.zet(LocalDate.of(2027, 3, 5));
        WebSessie privacy = WebSessie.login(baseUrl(), "privacy");
        String verzoek = registreer(privacy, "INZAGE", bsn, "2027-03-05", "gemachtigde: advocaat mr. De Boer", null);
        assertThat(uiterste(verzoek))
                .as("no dossier: the request stands anyway")
                .isEqualTo(LocalDate.of(2027, 4, 5));

        privacy.postMetCsrf(
                "/privacy/verzoeken/" + verzoek + "/verlenging", Map.of("reden", " "), "/privacy/verzoeken/" + verzoek);
        assertThat(uiterste(verzoek)).as("no reason, no extension").isEqualTo(LocalDate.of(2027, 4, 5));

        clock.zet(LocalDate.of(2027, 4, 6));
        assertThat(privacy.get("/privacy/verzoeken").body()).contains("Te laat");
        HttpResponse<String> teLaat = privacy.postMetCsrf(
                "/privacy/verzoeken/" + verzoek + "/verlenging",
                Map.of("reden", "Veel gegevens"),
                "/privacy/verzoeken/" + verzoek);
        assertThat(uiterste(verzoek)).as("too late to extend").isEqualTo(LocalDate.of(2027, 4, 5));
        assertThat(teLaat.statusCode()).isEqualTo(200);
        assertThat(teLaat.body()).contains("uiterlijk 05-04-2027").contains("Veel gegevens");

        String tweede = registreer(privacy, "INZAGE", TestData.bsn(), "2027-04-05", "de betrokkene zelf", null);
        privacy.postMetCsrf(
                "/privacy/verzoeken/" + tweede + "/verlenging",
                Map.of("reden", "Complex: gegevens uit vier jaar"),
                "/privacy/verzoeken/" + tweede);
        assertThat(uiterste(tweede)).isEqualTo(LocalDate.of(2027, 7, 5));
        privacy.postMetCsrf(
                "/privacy/verzoeken/" + tweede + "/verlenging",
                Map.of("reden", "Nog eens"),
                "/privacy/verzoeken/" + tweede);
        assertThat(uiterste(tweede)).as("only once").isEqualTo(LocalDate.of(2027, 7, 5));
        // A conflict with the request's state: back to the request as it now is, with the message.
        assertThat(privacy.get("/privacy/verzoeken/" + tweede).body()).contains("al verlengd");
    }

    @Test
    void eenCorrectieLegtVastWatErIsGewijzigdWaaromEnOpWiensVerzoekOokInHetJournaal() {
        String bsn = TestData.bsn();
        Api consulent = api("consulent");
        String id = TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(bsn)));
        WebSessie privacy = WebSessie.login(baseUrl(), "privacy");
        String zonderOmschrijving = "/privacy/verzoeken";
        HttpResponse<String> zonder = privacy.postMetCsrf(
                zonderOmschrijving,
                Map.of(
                        "soort",
                        "CORRECTIE",
                        "gemeentecode",
                        "0392",
                        "bsn",
                        bsn,
                        "verzoeker",
                        "de betrokkene zelf",
                        "ontvangenOp",
                        LocalDate.now(clock).toString()),
                "/privacy/verzoeken");
        assertThat(zonder.statusCode()).isEqualTo(200);
        assertThat(zonder.body()).contains("welke gegevens de betrokkene gecorrigeerd wil zien");

        String verzoek = registreer(
                privacy,
                "CORRECTIE",
                bsn,
                LocalDate.now(clock).toString(),
                "de betrokkene zelf",
                "Het telefoonnummer klopt niet");
        HttpResponse<String> zonderToelichting = privacy.postMetCsrf(
                "/privacy/verzoeken/" + verzoek + "/afhandeling",
                Map.of("uitkomst", "GECORRIGEERD"),
                "/privacy/verzoeken/" + verzoek);
        assertThat(zonderToelichting.body()).contains("Leg vast wat is gewijzigd");
        privacy.postMetCsrf(
                "/privacy/verzoeken/" + verzoek + "/afhandeling",
                Map.of("uitkomst", "VERSTREKT", "toelichting", "x"),
                "/privacy/verzoeken/" + verzoek);
        assertThat(jdbc.queryForObject("select uitkomst from privacyverzoek where id = ?::uuid", String.class, verzoek))
                .as("an inzage outcome does not fit a correction")
                .isNull();

        privacy.postMetCsrf(
                "/privacy/verzoeken/" + verzoek + "/afhandeling",
                Map.of(
                        "uitkomst",
                        "GECORRIGEERD",
                        "toelichting",
                        "Telefoonnummer door de consulent aangepast op 06-12345678"),
                "/privacy/verzoeken/" + verzoek);
        assertThat(jdbc.queryForObject(
                        "select toelichting from privacyverzoek where id = ?::uuid", String.class, verzoek))
                .contains("06-12345678");
        String journaal =
                consulent.get("/api/v1/inburgeraars/" + id + "/journaal").body();
        assertThat(journaal)
                .contains("Correctieverzoek (AVG art. 16) van de betrokkene zelf")
                .contains("Het telefoonnummer klopt niet")
                .contains("06-12345678")
                .contains("PRIVACY");
    }

    @Test
    void onjuisteInvoerEnDeVerkeerdeRolKomenNietVerder() {
        WebSessie privacy = WebSessie.login(baseUrl(), "privacy");
        int voor = jdbc.queryForObject("select count(*) from privacyverzoek", Integer.class);
        Map<String, String> basis = new HashMap<>(Map.of(
                "soort",
                "INZAGE",
                "gemeentecode",
                "0392",
                "bsn",
                TestData.bsn(),
                "verzoeker",
                "de betrokkene zelf",
                "ontvangenOp",
                LocalDate.now(clock).toString()));
        Map<String, String> ongeldigeBsn = new HashMap<>(basis);
        ongeldigeBsn.put("bsn", "123456789");
        Map<String, String> toekomst = new HashMap<>(basis);
        toekomst.put("ontvangenOp", LocalDate.now(clock).plusDays(1).toString());
        Map<String, String> andereGemeente = new HashMap<>(basis);
        andereGemeente.put("gemeentecode", "0363");
        Map<String, String> geenDatum = new HashMap<>(basis);
        geenDatum.put("ontvangenOp", "31-02-2027");
        Map<String, String> teLang = new HashMap<>(basis);
        teLang.put("verzoeker", "x".repeat(201));
        for (Map<String, String> fout : List.of(ongeldigeBsn, toekomst, andereGemeente, geenDatum, teLang)) {
            HttpResponse<String> antwoord = privacy.postMetCsrf("/privacy/verzoeken", fout, "/privacy/verzoeken");
            assertThat(antwoord.statusCode()).as(fout.toString()).isEqualTo(200);
            assertThat(antwoord.body())
                    .as("the form comes back with its error and as typed: " + fout)
                    .contains("class=\"foutsamenvatting\"")
                    .contains(fout.get("verzoeker"));
        }
        assertThat(jdbc.queryForObject("select count(*) from privacyverzoek", Integer.class))
                .isEqualTo(voor);

        for (String rol : List.of("consulent", "teamleider", "beheerder")) {
            WebSessie sessie = WebSessie.login(baseUrl(), rol);
            assertThat(sessie.get("/privacy/verzoeken").statusCode()).as(rol).isEqualTo(403);
            assertThat(sessie.get("/privacy/bewaren").statusCode()).as(rol).isEqualTo(403);
        }
        assertThat(privacy.get("/privacy/verzoeken/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
    }

    private String registreer(
            WebSessie privacy, String soort, String bsn, String ontvangen, String verzoeker, String omschrijving) {
        Map<String, String> velden = new HashMap<>(Map.of(
                "soort", soort, "gemeentecode", "0392", "bsn", bsn, "verzoeker", verzoeker, "ontvangenOp", ontvangen));
        if (omschrijving != null) {
            velden.put("omschrijving", omschrijving);
        }
        HttpResponse<String> antwoord = privacy.postMetCsrf("/privacy/verzoeken", velden, "/privacy/verzoeken");
        String locatie = antwoord.headers().firstValue("Location").orElse("");
        assertThat(locatie).as(privacy.get("/privacy/verzoeken").body()).matches(".*/privacy/verzoeken/[0-9a-f-]{36}");
        return locatie.replaceAll(".*/", "");
    }

    private LocalDate uiterste(String verzoek) {
        return jdbc.queryForObject(
                "select uiterste_datum from privacyverzoek where id = ?::uuid", LocalDate.class, verzoek);
    }
}
