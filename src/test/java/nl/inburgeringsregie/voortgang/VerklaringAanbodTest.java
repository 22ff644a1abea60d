package nl.inburgeringsregie.voortgang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.inburgeringsregie.aanbieders.AanbiedersTestdata;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16, the late-offer ground and the gemeente's statement (ADR 0041; T-5, route-na-pip.md scenario 12) over real
 * HTTP: a B1-route PIP dated 30 November 2026 must see its course start by 28 February 2027 (plusMonths, as the
 * worklist's AANBOD_START); on that day no ground yet, the day after the ground and the statement "niet gestart"; a start
 * on 1 March is late and the statement names it; a start on 28 February is in time (409 naming T-5). The onderwijsroute
 * gets 6 months; a gezinsmigrant never; another gemeente 404; the budgetcoach and the provider 403. Each statement is
 * journaled and audited. The last statement's first page is rendered to target/screenshots/verklaring-aanbod.png.
 */
class VerklaringAanbodTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void herstel() {
        clock.reset();
    }

    /** A housed Haarlem person (born 12-04-1990) with a vastgesteld PIP of this route and dagtekening. */
    private String dossier(Map<String, Object> body, String leerroute, String dagtekening) {
        Api consulent = api("consulent");
        String dossier = TestDossiers.registreer(consulent, TestDossiers.huisvest(body));
        String pip = TestDossiers.pipConcept(consulent, dossier, leerroute);
        Api.Antwoord vast =
                consulent.post("/api/v1/pips/" + pip + "/vaststelling", Map.of("dagtekeningPip", dagtekening));
        assertThat(vast.status()).as(vast.body()).isEqualTo(200);
        return dossier;
    }

    private String plaats(String dossier, String contract, String aanmelddatum) {
        Api.Antwoord a = api("consulent")
                .post(
                        "/api/v1/inburgeraars/" + dossier + "/plaatsingen",
                        Map.of("contractId", contract, "aanmelddatum", aanmelddatum));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    private JsonNode grond(String dossier) {
        Api.Antwoord a = api("consulent").get("/api/v1/inburgeraars/" + dossier + "/routestatus");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        for (JsonNode g : a.json().get("verlengingsgronden")) {
            if (g.get("code").asString().equals("LAAT_AANBOD")) {
                return g;
            }
        }
        return null;
    }

    private String pdfTekst(String dossier) throws IOException {
        Api.Antwoord a = api("consulent").getBytes("/api/v1/inburgeraars/" + dossier + "/verklaring-aanbod");
        assertThat(a.status()).as(new String(a.bytes(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(a.header("Content-Type")).startsWith("application/pdf");
        assertThat(new String(a.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(a.bytes())) {
            Files.createDirectories(Path.of("target/screenshots"));
            ImageIO.write(
                    new PDFRenderer(document).renderImageWithDPI(0, 110),
                    "png",
                    Path.of("target/screenshots/verklaring-aanbod.png").toFile());
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The refusal: 409 problem+json naming the rule T-5 and why. */
    private String geweigerd(String dossier) {
        Api.Antwoord a = api("consulent").getBytes("/api/v1/inburgeraars/" + dossier + "/verklaring-aanbod");
        String body = new String(a.bytes(), StandardCharsets.UTF_8);
        assertThat(a.status()).as(body).isEqualTo(409);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        JsonNode probleem = Api.JSON.readTree(body);
        assertThat(probleem.get("invalidParams").get(0).get("regel").asString()).isEqualTo("T-5");
        return probleem.get("invalidParams").get(0).get("reason").asString();
    }

    private int journaalregels(String dossier) {
        return jdbc.sql("select count(*) from journaal where inburgeraar_id = ?::uuid and soort = 'DOCUMENT'")
                .param(dossier)
                .query(Integer.class)
                .single();
    }

    @Test
    void deB1RouteDrieMaandenNa30NovemberIs28FebruariEnDeVerklaringNoemtDeFeiten() throws IOException {
        clock.zet(LocalDate.of(2026, 12, 1));
        AanbiedersTestdata data = new AanbiedersTestdata(this::api, baseUrl(), jdbc);
        String aanbieder = data.b1Aanbieder();
        String contract = data.b1Contract(aanbieder);
        String naamAanbieder = jdbc.sql("select naam from aanbieder where id = ?::uuid")
                .param(aanbieder)
                .query(String.class)
                .single();
        String bsn = TestData.bsn();
        String dossier = dossier(TestData.inburgeraar(bsn), "B", "2026-11-30");
        String plaatsing = plaats(dossier, contract, "2026-12-01");

        // T-5: 30-11-2026 + 3 months = 28-02-2027 (2027 has no 29 February); a start that day is still in time.
        clock.zet(LocalDate.of(2027, 2, 28));
        assertThat(grond(dossier)).isNull();
        assertThat(geweigerd(dossier)).contains("28-02-2027", "regel T-5");
        assertThat(journaalregels(dossier)).isZero();

        clock.zet(LocalDate.of(2027, 3, 1));
        JsonNode grond = grond(dossier);
        assertThat(grond).isNotNull();
        assertThat(grond.get("regel").asString()).isEqualTo("T-5");
        assertThat(grond.get("toelichting").asString()).contains("30-11-2026", "28-02-2027", "nog niet gestart");
        String tekst = pdfTekst(dossier);
        assertThat(tekst)
                .contains(
                        "Verklaring uitblijven inburgeringsaanbod",
                        "Gemeente Haarlem",
                        "Rania Haddad",
                        "12-04-1990",
                        "30-11-2026",
                        "B1-route",
                        "28-02-2027 (3 maanden na de dagtekening van het PIP)",
                        "Niet gestart",
                        naamAanbieder,
                        "01-12-2026",
                        "Geplaatst",
                        "niet op tijd heeft gedaan",
                        "is op 01-03-2027 nog niet gestart",
                        "regel T-5",
                        "S. de Vries")
                .as("the beschikking shows no BSN, nor does the statement")
                .doesNotContain(bsn);
        assertThat(journaalregels(dossier)).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_log where inburgeraar_id = ?::uuid and username = 'consulent'
                        and action = 'GEEXPORTEERD' and detail like 'verklaring-aanbod%'""").param(dossier).query(Integer.class).single()).isEqualTo(1);

        // Started the day after the last day: late, and the statement says when and where.
        Api.Antwoord start =
                api("consulent").post("/api/v1/plaatsingen/" + plaatsing + "/start", Map.of("datum", "2027-03-01"));
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        assertThat(grond(dossier).get("toelichting").asString()).contains("gestart op 01-03-2027", naamAanbieder);
        assertThat(pdfTekst(dossier))
                .contains("01-03-2027 bij " + naamAanbieder, "maar pas op 01-03-2027", "Gestart")
                .doesNotContain("Niet gestart");
        assertThat(journaalregels(dossier))
                .as("each statement issued is on the record")
                .isEqualTo(2);

        // The route page: the ground with its link, which downloads the statement.
        WebSessie web = WebSessie.login(baseUrl(), "consulent");
        String pagina = web.get("/inburgeraars/" + dossier + "/voortgang").body();
        assertThat(pagina).contains("verklaring-aanbod.pdf", "Verklaring uitblijven inburgeringsaanbod (PDF)");
        HttpResponse<String> pdf = web.get("/inburgeraars/" + dossier + "/voortgang/verklaring-aanbod.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");

        // Another gemeente: 404 as for a dossier that does not exist; nothing journaled.
        assertThat(api("consulent.velsen")
                        .getBytes("/api/v1/inburgeraars/" + dossier + "/verklaring-aanbod")
                        .status())
                .isEqualTo(404);
        assertThat(WebSessie.login(baseUrl(), "consulent.velsen")
                        .get("/inburgeraars/" + dossier + "/voortgang/verklaring-aanbod.pdf")
                        .statusCode())
                .isEqualTo(404);
        // Roles without the dossier right: the budgetcoach of the gemeente, the provider who placed the person.
        assertThat(api("budgetcoach")
                        .getBytes("/api/v1/inburgeraars/" + dossier + "/verklaring-aanbod")
                        .status())
                .isEqualTo(403);
        assertThat(api(data.account(aanbieder))
                        .getBytes("/api/v1/inburgeraars/" + dossier + "/verklaring-aanbod")
                        .status())
                .isEqualTo(403);
        assertThat(journaalregels(dossier)).isEqualTo(3);
    }

    @Test
    void eenStartOpDeLaatsteDagIsOpTijdGeenGrondEnDePaginaZegtWaarom() {
        clock.zet(LocalDate.of(2026, 12, 1));
        AanbiedersTestdata data = new AanbiedersTestdata(this::api, baseUrl(), jdbc);
        String contract = data.b1Contract(data.b1Aanbieder());
        String dossier = dossier(TestData.inburgeraar(TestData.bsn()), "B", "2026-11-30");
        String plaatsing = plaats(dossier, contract, "2026-12-01");
        clock.zet(LocalDate.of(2027, 2, 28));
        data.start(plaatsing, LocalDate.of(2027, 2, 28));

        clock.zet(LocalDate.of(2027, 6, 1));
        assertThat(grond(dossier)).isNull();
        assertThat(geweigerd(dossier)).contains("op tijd gestart", "28-02-2027", "regel T-5");

        WebSessie web = WebSessie.login(baseUrl(), "consulent");
        assertThat(web.get("/inburgeraars/" + dossier + "/voortgang").body()).doesNotContain("verklaring-aanbod.pdf");
        HttpResponse<String> terug = web.get("/inburgeraars/" + dossier + "/voortgang/verklaring-aanbod.pdf");
        assertThat(terug.statusCode()).isEqualTo(302);
        assertThat(terug.headers().firstValue("Location").orElse(""))
                .contains("/inburgeraars/" + dossier + "/voortgang");
        assertThat(web.get("/inburgeraars/" + dossier + "/voortgang").body())
                .contains("Geen verklaring uitblijven inburgeringsaanbod: de cursus is op tijd gestart, op 28-02-2027");
        assertThat(journaalregels(dossier)).isZero();
    }

    @Test
    void deOnderwijsrouteKrijgtZesMaandenEenGezinsmigrantGeenGrond() throws IOException {
        clock.zet(LocalDate.of(2026, 11, 1));
        String onderwijs = dossier(TestData.inburgeraar(TestData.bsn()), "O", "2026-10-20");
        Map<String, Object> body = new HashMap<>(TestData.inburgeraar(TestData.bsn()));
        body.put("doelgroep", "Gezinsmigrant en overige migrant");
        body.remove("gedetailleerdeDoelgroep");
        String gezinsmigrant = dossier(body, "B", "2026-10-20");

        // T-5: 6 months for the onderwijsroute, 20-10-2026 -> 20-04-2027.
        clock.zet(LocalDate.of(2027, 4, 20));
        assertThat(grond(onderwijs)).isNull();
        assertThat(geweigerd(onderwijs)).contains("uiterlijk op 20-04-2027");
        clock.zet(LocalDate.of(2027, 4, 21));
        assertThat(grond(onderwijs).get("toelichting").asString()).contains("20-04-2027", "6 maanden");
        assertThat(pdfTekst(onderwijs))
                .contains(
                        "Onderwijsroute",
                        "20-10-2026",
                        "20-04-2027 (6 maanden na de dagtekening van het PIP)",
                        "Niet gestart",
                        "geen aanmelding bij een aanbieder");

        // Scenario 12: a gezinsmigrant has no late-offer ground, however late.
        clock.zet(LocalDate.of(2028, 1, 1));
        assertThat(grond(gezinsmigrant)).isNull();
        assertThat(geweigerd(gezinsmigrant)).contains("alleen voor een asielstatushouder");
        assertThat(journaalregels(gezinsmigrant)).isZero();
    }
}
