package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, the remaining portal and privacy parts (ADR 0031): the provider's page counts and lists the reports due
 * (last week's attendance, AB-6; the quarterly progress report, AB-7); the consultant sees the progress the provider
 * reported; the person's inzage export (AVG art. 15) holds their placements, attendance and progress; a report after
 * the placement ended is refused naming the state.
 */
class TeMeldenEnInzageTest extends IntegrationTest {

    /** A Wednesday: the last completed week is 22 to 28 February 2027. */
    private static final LocalDate VANDAAG = LocalDate.of(2027, 3, 3);

    @Autowired
    private JdbcClient jdbc;

    private AanbiedersTestdata data;

    @BeforeEach
    void opzet() {
        data = new AanbiedersTestdata(this::api, baseUrl(), jdbc);
    }

    @AfterEach
    void herstel() {
        clock.reset();
    }

    private static Map<String, Object> week(String maandag, Object aanwezig) {
        Map<String, Object> body = new HashMap<>();
        body.put("periode", "WEEK");
        body.put("datum", maandag);
        body.put("urenAanwezig", aanwezig);
        body.put("urenAfwezig", 0);
        return body;
    }

    /**
     * The "Te melden" section of the provider's page: the page answers without it (it reads no reports) and loads it
     * with htmx from {@code /mijn-deelnemers/te-melden}.
     */
    private static String teMelden(WebSessie web) {
        String pagina = web.get("/mijn-deelnemers").body();
        assertThat(pagina).contains("hx-get=\"/mijn-deelnemers/te-melden\"").doesNotContain("te-melden-presentie");
        HttpResponse<String> sectie = web.getHtmx("/mijn-deelnemers/te-melden");
        assertThat(sectie.statusCode()).isEqualTo(200);
        assertThat(sectie.body()).doesNotContain("<html").contains("id=\"te-melden\"");
        return sectie.body();
    }

    @Test
    void deAanbiederZietWelkePresentieEnVoortgangNogTeMeldenIs() {
        clock.zet(LocalDate.of(2026, 11, 16));
        String aanbieder = data.b1Aanbieder();
        String contract = data.b1Contract(aanbieder);
        String docent = data.account(aanbieder);
        // Started in November: last week not reported, no progress in over a quarter (overdue).
        String achter = data.dossier();
        String achterPlaatsing = data.plaats(achter, contract);
        data.start(achterPlaatsing, LocalDate.of(2026, 11, 16));
        // Started in January: last week reported as one lesson day, progress not due before April.
        String bij = data.dossier();
        String bijPlaatsing = data.plaats(bij, contract);
        clock.zet(VANDAAG);
        data.start(bijPlaatsing, LocalDate.of(2027, 1, 4));
        // Starts this week: nothing due yet.
        String nieuw = data.dossier();
        data.start(data.plaats(nieuw, contract), LocalDate.of(2027, 3, 1));
        // Not started: never due.
        String wachtend = data.dossier();
        data.plaats(wachtend, contract);

        Api api = api(docent);
        Map<String, Object> les = new HashMap<>(week("2027-02-24", 3));
        les.put("periode", "LES");
        assertThat(api.post("/api/v1/plaatsingen/" + bijPlaatsing + "/presentie", les)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/plaatsingen/" + achterPlaatsing + "/presentie", week("2027-02-15", 10))
                        .status())
                .as("an older week does not count for last week")
                .isEqualTo(200);

        WebSessie web = WebSessie.login(baseUrl(), docent);
        String sectie = teMelden(web);
        assertThat(sectie)
                .contains("Nog 2 te melden: 1 keer de presentie van vorige week en 1 keer de voortgang")
                .contains("22-02-2027")
                .contains("28-02-2027")
                .contains("/deelnemers/" + achter)
                .contains("te laat: was uiterlijk 16-02-2027.")
                .doesNotContain("/deelnemers/" + bij)
                .doesNotContain("/deelnemers/" + nieuw)
                .doesNotContain("/deelnemers/" + wachtend);
        // The same over the API, for the provider's own systems.
        JsonNode overApi = api.get("/api/v1/deelnemers/te-melden").json();
        assertThat(overApi.get("week").asString()).isEqualTo("2027-02-22");
        assertThat(overApi.get("presentie")).hasSize(1);
        assertThat(overApi.get("presentie").get(0).get("inburgeraarId").asString())
                .isEqualTo(achter);
        assertThat(overApi.get("voortgang")).hasSize(1);
        assertThat(overApi.get("voortgang").get(0).get("uiterlijk").asString()).isEqualTo("2027-02-16");
        assertThat(overApi.get("voortgang").get(0).get("teLaat").asBoolean()).isTrue();
        assertThat(api("consulent").get("/api/v1/deelnemers/te-melden").status())
                .as("staff lack the provider's right")
                .isEqualTo(403);

        // Reported: the page has nothing left to report for last week, and the overdue progress is gone.
        assertThat(api.post("/api/v1/plaatsingen/" + achterPlaatsing + "/presentie", week("2027-02-22", 12))
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/plaatsingen/" + achterPlaatsing + "/voortgang",
                                Map.of("peildatum", "2027-03-01", "lezen", "A2"))
                        .status())
                .isEqualTo(200);
        assertThat(teMelden(web))
                .contains("Nog 0 te melden")
                .contains("De presentie van vorige week is voor iedereen gemeld.")
                .doesNotContain("/deelnemers/");

        // Two weeks before the quarter ends, the progress report is due (not yet late).
        clock.zet(LocalDate.of(2027, 3, 21));
        assertThat(teMelden(web)).contains("/deelnemers/" + bij).contains("uiterlijk 04-04-2027.");
    }

    @Test
    void dePaginaNoemtAllesMaarToontDeEersteTienVanElkeSoortDeRestOpEenEigenPagina() {
        clock.zet(LocalDate.of(2026, 11, 16));
        String aanbieder = data.b1Aanbieder();
        String contract = data.b1Contract(aanbieder);
        String docent = data.account(aanbieder);
        // Twelve participants started in November: last week and the quarter's progress are due for each.
        List<String> dossiers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String dossier = data.dossier();
            data.start(data.plaats(dossier, contract), LocalDate.of(2026, 11, 16));
            dossiers.add(dossier);
        }
        // Another provider's participant, due the same way, is never counted, named or read.
        String bijAnder = data.dossier();
        data.start(data.plaats(bijAnder, data.b1Contract(data.b1Aanbieder())), LocalDate.of(2026, 11, 16));
        clock.zet(VANDAAG);

        WebSessie web = WebSessie.login(baseUrl(), docent);
        String sectie = teMelden(web);
        assertThat(sectie)
                .contains("Nog 24 te melden: 12 keer de presentie van vorige week en 12 keer de voortgang")
                .contains("href=\"/mijn-deelnemers/te-melden\"")
                .contains("Alle 24 te melden bekijken");
        assertThat(Pattern.compile("href=\"/deelnemers/")
                        .matcher(sectie)
                        .results()
                        .count())
                .as("ten names of each kind on the page")
                .isEqualTo(20);
        // The first by start, then by placement: the same ten on every view; the rest on the page of all.
        String alle = web.get("/mijn-deelnemers/te-melden").body();
        assertThat(Pattern.compile("href=\"/deelnemers/")
                        .matcher(alle)
                        .results()
                        .count())
                .isEqualTo(24);
        dossiers.forEach(d -> assertThat(alle).contains("/deelnemers/" + d));
        assertThat(alle).doesNotContain("Alle 24 te melden bekijken").doesNotContain("/deelnemers/" + bijAnder);
        // Only the participants shown are read into the audit log, once per view: the page's ten (the same ten are
        // first for both kinds: same start, same quarter), then all twelve.
        assertThat(jdbc.sql("""
                        select count(*) from audit_log where username = ? and detail = 'te melden (aanbieder)'""").param(docent).query(Integer.class).single()).isEqualTo(22);
        // The API gives everything to the provider's own systems, with the counts.
        JsonNode overApi = api(docent).get("/api/v1/deelnemers/te-melden").json();
        assertThat(overApi.get("presentie")).hasSize(12);
        assertThat(overApi.get("voortgang")).hasSize(12);
        assertThat(overApi.get("aantalPresentie").asInt()).isEqualTo(12);
        assertThat(overApi.get("aantalVoortgang").asInt()).isEqualTo(12);
        assertThat(overApi.toString()).doesNotContain(bijAnder);
        // Staff do not see the provider's page.
        assertThat(WebSessie.login(baseUrl(), "consulent")
                        .get("/mijn-deelnemers/te-melden")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void deConsulentZietDeVoortgangEnDeInzageExportBevatPlaatsingPresentieEnVoortgang() throws Exception {
        clock.zet(LocalDate.of(2026, 11, 16));
        String aanbieder = data.b1Aanbieder();
        String contract = data.b1Contract(aanbieder);
        String docent = data.account(aanbieder);
        String bsn = TestData.bsn();
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(bsn), "B");
        String plaatsing = data.plaats(dossier, contract);
        data.start(plaatsing, LocalDate.of(2026, 11, 16));
        clock.zet(VANDAAG);
        Api api = api(docent);
        assertThat(api.post("/api/v1/plaatsingen/" + plaatsing + "/presentie", week("2027-02-22", 11.5))
                        .status())
                .isEqualTo(200);
        Map<String, Object> voortgang = new HashMap<>();
        voortgang.put("peildatum", "2027-02-26");
        voortgang.put("lezen", "A2");
        voortgang.put("spreken", "A1");
        voortgang.put("opmerking", "Leest de krant met hulp");
        assertThat(api.post("/api/v1/plaatsingen/" + plaatsing + "/voortgang", voortgang)
                        .status())
                .isEqualTo(200);

        WebSessie consulent = WebSessie.login(baseUrl(), "consulent");
        String pagina =
                consulent.get("/inburgeraars/" + dossier + "/plaatsingen").body();
        assertThat(pagina)
                .contains("Voortgang volgens de aanbieder")
                .contains("26-02-2027")
                .contains("Leest de krant met hulp")
                .contains("11.5");
        assertThat(jdbc.sql("select count(*) from audit_log where inburgeraar_id = ?::uuid and username = 'consulent'"
                                + " and detail = 'voortgang'")
                        .param(dossier)
                        .query(Integer.class)
                        .single())
                .as("the consultant's read of the progress is audited")
                .isPositive();

        WebSessie privacy = WebSessie.login(baseUrl(), "privacy");
        HttpResponse<String> geregistreerd = privacy.postMetCsrf(
                "/privacy/verzoeken",
                Map.of(
                        "soort",
                        "INZAGE",
                        "gemeentecode",
                        "0392",
                        "bsn",
                        bsn,
                        "verzoeker",
                        "de betrokkene zelf",
                        "ontvangenOp",
                        VANDAAG.toString()),
                "/privacy/verzoeken");
        String verzoek =
                geregistreerd.headers().firstValue("Location").orElse("").replaceAll(".*/", "");
        HttpResponse<String> json = privacy.get("/privacy/verzoeken/" + verzoek + "/inzage.json");
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        JsonNode aanbieders = Api.JSON.readTree(json.body()).get("gegevens").get("aanbieders");
        assertThat(aanbieders.get("plaatsing").size()).isEqualTo(1);
        assertThat(aanbieders.get("presentie").size()).isEqualTo(1);
        assertThat(aanbieders.get("presentie").get(0).toString()).contains("2027-02-22");
        assertThat(aanbieders.get("leervordering").get(0).toString()).contains("Leest de krant met hulp");
    }

    @Test
    void naHetEindeVanDePlaatsingGeenPresentieOfVoortgangMeer() {
        clock.zet(LocalDate.of(2027, 1, 4));
        String aanbieder = data.b1Aanbieder();
        String docent = data.account(aanbieder);
        String plaatsing = data.plaats(data.dossier(), data.b1Contract(aanbieder));
        data.start(plaatsing, LocalDate.of(2027, 1, 4));
        clock.zet(VANDAAG);
        Api.Antwoord afgerond =
                api("consulent").post("/api/v1/plaatsingen/" + plaatsing + "/afronding", Map.of("datum", "2027-02-12"));
        assertThat(afgerond.status()).as(afgerond.body()).isEqualTo(200);

        Map<String, Object> dag = new HashMap<>(week("2027-02-15", 3));
        dag.put("periode", "LES");
        Api.Antwoord na = api(docent).post("/api/v1/plaatsingen/" + plaatsing + "/presentie", dag);
        assertThat(na.status()).as(na.body()).isEqualTo(400);
        assertThat(na.json().get("invalidParams").toString()).contains("status").contains("AB-6");
        Api.Antwoord voortgang = api(docent)
                .post(
                        "/api/v1/plaatsingen/" + plaatsing + "/voortgang",
                        Map.of("peildatum", "2027-02-15", "lezen", "A1"));
        assertThat(voortgang.status()).isEqualTo(400);
        assertThat(voortgang.json().get("invalidParams").toString())
                .contains("status")
                .contains("AB-7");
    }
}
