package nl.inburgeringsregie.voortgang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.aanbieders.AanbiedersTestdata;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
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
 * Issue 16, the route's timeline (ADR 0042) over real HTTP with the DUO simulator: the PIP's dagtekening, the placement
 * registered and started, the hours present so far with the last day present (a day with only absence is not it), DUO's
 * exam results with the reason when there is none, the conversations (held and no-show) without anything that
 * was said (no health note, I-5), newest first; the API's read audited once, the page's read not a second time; another
 * gemeente 404, the budgetcoach and the person's provider 403.
 */
class TijdlijnApiTest extends IntegrationTest {

    @Autowired
    private DuoSimulator duo;

    @Autowired
    private JdbcClient jdbc;

    private AanbiedersTestdata data;

    @BeforeEach
    void opzet() {
        clock.zet(LocalDate.of(2027, 3, 1));
        data = new AanbiedersTestdata(this::api, baseUrl(), jdbc);
    }

    @AfterEach
    void herstel() {
        duo.herstel();
        clock.reset();
    }

    private static Map<String, Object> examen(
            String onderdeel, String datum, String resultaat, String reden, String niveau) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("examendatum", datum);
        e.put("resultaat", resultaat);
        if (reden != null) {
            e.put("redenGeenResultaat", reden);
        }
        e.put("onderdeel", onderdeel);
        if (niveau != null) {
            e.put("niveau", niveau);
        }
        return e;
    }

    private static Map<String, Object> les(String datum, Object aanwezig, Object afwezig, Boolean geoorloofd) {
        Map<String, Object> body = new HashMap<>();
        body.put("periode", "LES");
        body.put("datum", datum);
        body.put("urenAanwezig", aanwezig);
        body.put("urenAfwezig", afwezig);
        body.put("geoorloofd", geoorloofd);
        return body;
    }

    private int audit(String dossier, String detail) {
        return jdbc.sql("select count(*) from audit_log where inburgeraar_id = ?::uuid and detail = ?")
                .params(dossier, detail)
                .query(Integer.class)
                .single();
    }

    @Test
    void deTijdlijnToontDeRouteNieuwsteEerstZonderGezondheid() {
        String bsn = TestData.bsn();
        Api consulent = api("consulent");
        String dossier = TestDossiers.metVastgesteldPip(consulent, TestData.inburgeraar(bsn), "B");

        String aanbieder = data.b1Aanbieder();
        String plaatsing = data.plaats(dossier, data.b1Contract(aanbieder));
        data.start(plaatsing, LocalDate.of(2027, 1, 4));
        Api docent = api(data.account(aanbieder));
        String presentie = "/api/v1/plaatsingen/" + plaatsing + "/presentie";
        assertThat(docent.post(presentie, les("2027-01-05", 4, 0, null)).status())
                .isEqualTo(200);
        assertThat(docent.post(presentie, les("2027-01-12", 3.5, 0, null)).status())
                .isEqualTo(200);
        Api.Antwoord alleenAfwezig = docent.post(presentie, les("2027-01-19", 0, 3, true));
        assertThat(alleenAfwezig.status()).as(alleenAfwezig.body()).isEqualTo(200);

        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1), "Asielstatushouder", null));
        duo.zet(
                "/personen/" + bsn + "/examens/resultaten",
                List.of(
                        examen("LE", "2027-01-20", "Gezakt", null, "B1"),
                        examen("KNM", "2027-02-01", "Geen", "Afgemeld", null),
                        examen("SP", "2027-02-10", "Geen", "Absent", "B1"),
                        examen("LE", "2027-02-15", "Geslaagd", null, "B1")));
        WebSessie web = WebSessie.login(baseUrl(), "consulent");
        assertThat(web.postMetCsrf(
                                "/inburgeraars/" + dossier + "/duo/vernieuw",
                                Map.of(),
                                "/inburgeraars/" + dossier + "/duo")
                        .statusCode())
                .isEqualTo(302);

        Map<String, Object> gesprek = new LinkedHashMap<>();
        gesprek.put("datum", "2027-02-20");
        gesprek.put("aanwezig", true);
        gesprek.put("vorm", "FYSIEK");
        gesprek.put("samenvatting", "Loopt goed met lezen");
        gesprek.put("leefgebieden", Map.of("FYSIEKE_GEZONDHEID", "Knie geopereerd"));
        gesprek.put("omstandigheid", "ZIEKTE");
        Api.Antwoord gehouden = consulent.post("/api/v1/inburgeraars/" + dossier + "/voortgangsgesprekken", gesprek);
        assertThat(gehouden.status()).as(gehouden.body()).isEqualTo(201);
        Api.Antwoord weg = consulent.post(
                "/api/v1/inburgeraars/" + dossier + "/voortgangsgesprekken",
                Map.of("datum", "2027-02-25", "aanwezig", false));
        assertThat(weg.status()).as(weg.body()).isEqualTo(201);

        int auditVoor = audit(dossier, "tijdlijn");
        Api.Antwoord a = consulent.get("/api/v1/inburgeraars/" + dossier + "/tijdlijn");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(audit(dossier, "tijdlijn")).as("one audited read").isEqualTo(auditVoor + 1);

        List<String> regels = new ArrayList<>();
        for (JsonNode g : a.json()) {
            regels.add(g.get("datum").asString() + " " + g.get("soort").asString() + " "
                    + g.get("bron").asString());
        }
        assertThat(regels)
                .as("newest first")
                .containsExactly(
                        "2027-02-25 VOORTGANGSGESPREK VOORTGANG",
                        "2027-02-20 VOORTGANGSGESPREK VOORTGANG",
                        "2027-02-15 EXAMEN DUO",
                        "2027-02-10 EXAMEN DUO",
                        "2027-02-01 EXAMEN DUO",
                        "2027-01-20 EXAMEN DUO",
                        "2027-01-12 AANWEZIGHEID AANBIEDERS",
                        "2027-01-04 PLAATSING_GESTART AANBIEDERS",
                        "2026-11-02 PLAATSING_AANGEMELD AANBIEDERS",
                        "2026-10-20 PIP PIP");
        List<String> teksten = new ArrayList<>();
        a.json().forEach(g -> teksten.add(g.get("omschrijving").asString()));
        assertThat(teksten.get(0)).contains("verscheen niet");
        assertThat(teksten.get(1)).isEqualTo("Voortgangsgesprek gevoerd.");
        assertThat(teksten.get(2)).isEqualTo("Examen Lezen op niveau B1: geslaagd (regel R-12).");
        assertThat(teksten.get(3))
                .isEqualTo("Examen Spreken op niveau B1: geen resultaat, niet verschenen (regel R-12).");
        assertThat(teksten.get(4)).isEqualTo("Examen KNM: geen resultaat, afgemeld (regel R-12).");
        assertThat(teksten.get(6))
                .as("7.5 hours so far; the 19th had only absence")
                .contains("7,5 uur", "Taalschool")
                .contains("B1-route");
        assertThat(teksten.get(8)).startsWith("Aangemeld bij Taalschool");
        assertThat(teksten.get(9)).contains("PIP versie 1", "eerste PIP");
        assertThat(a.body())
                .as("I-5: nothing said in a conversation, no health note or circumstance")
                .doesNotContain("Knie", "ZIEKTE", "Ziekte", "Loopt goed");

        // The page shows the same list inside its one audited read of the route (no second 'tijdlijn' row).
        HttpResponse<String> pagina = web.get("/inburgeraars/" + dossier + "/voortgang");
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body())
                .contains("id=\"tijdlijn\"", "data-soort=\"PLAATSING_GESTART\"", "data-soort=\"EXAMEN\"")
                .contains("Examen Spreken op niveau B1: geen resultaat, niet verschenen");
        assertThat(audit(dossier, "tijdlijn")).isEqualTo(auditVoor + 1);

        assertThat(api("consulent.velsen")
                        .get("/api/v1/inburgeraars/" + dossier + "/tijdlijn")
                        .status())
                .as("another gemeente")
                .isEqualTo(404);
        assertThat(api("budgetcoach")
                        .get("/api/v1/inburgeraars/" + dossier + "/tijdlijn")
                        .status())
                .isEqualTo(403);
        assertThat(docent.get("/api/v1/inburgeraars/" + dossier + "/tijdlijn").status())
                .as("the provider sees its placement, not the route")
                .isEqualTo(403);
    }

    @Test
    void eenNieuwDossierZonderPipHeeftEenLegeTijdlijn() {
        String dossier =
                TestDossiers.registreer(api("consulent"), TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        Api.Antwoord a = api("consulent").get("/api/v1/inburgeraars/" + dossier + "/tijdlijn");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().isEmpty()).isTrue();
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/00000000-0000-0000-0000-000000000000/tijdlijn")
                        .status())
                .isEqualTo(404);
    }
}
