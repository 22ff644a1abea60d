package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.WebSessie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, "the PIP agreement names the placement; the beschikking shows the provider" (ADR 0031 amendment): the PIP
 * page shows beside the agreement of the LEERROUTE the placement's provider and status and follows its steps; a later
 * version, vastgesteld while the person is placed, has that provider in the agreement and its beschikking names it,
 * while the earlier version's beschikking stays as it was issued; a placement broken off leaves the typed text.
 */
class PipAfspraakPlaatsingTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    private AanbiedersTestdata data;

    @BeforeEach
    void opzet() {
        data = new AanbiedersTestdata(this::api, baseUrl(), jdbc);
    }

    private static String versieVan(Api consulent, String dossier) {
        return consulent
                .get("/api/v1/inburgeraars/" + dossier + "/pips")
                .json()
                .get(0)
                .get("id")
                .asString();
    }

    private static String leerrouteAanbieder(Api consulent, String pip) {
        for (JsonNode a : consulent.get("/api/v1/pips/" + pip).json().get("afspraken")) {
            if ("LEERROUTE".equals(a.get("onderdeel").asString())) {
                return a.path("aanbieder").isMissingNode() || a.get("aanbieder").isNull()
                        ? null
                        : a.get("aanbieder").asString();
            }
        }
        throw new AssertionError("no LEERROUTE agreement");
    }

    private static String beschikking(Api consulent, String pip) throws IOException {
        Api.Antwoord pdf = consulent.getBytes("/api/v1/pips/" + pip + "/beschikking.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String nieuweVersie(Api consulent, String pip) {
        Api.Antwoord v2 = consulent.post(
                "/api/v1/pips/" + pip + "/wijzigingen",
                Map.of("reden", "GEWIJZIGDE_OMSTANDIGHEDEN", "toelichting", "Geplaatst bij een taalschool"));
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        return v2.json().get("id").asString();
    }

    @Test
    void deAfspraakNoemtDePlaatsingEnDeBeschikkingVanEenLatereVersieDeAanbieder() throws IOException {
        Api consulent = api("consulent");
        String aanbieder = data.b1Aanbieder();
        String naam = api("beheerder")
                .get("/api/v1/aanbieders/" + aanbieder)
                .json()
                .get("naam")
                .asString();
        String contract = data.b1Contract(aanbieder);
        String dossier = data.dossier();
        String v1 = versieVan(consulent, dossier);
        WebSessie web = WebSessie.login(baseUrl(), "consulent");
        assertThat(web.get("/pips/" + v1).body()).doesNotContain("Geplaatst bij");

        // Placed: the agreement shows the provider and the status, and follows the placement's steps.
        String plaatsing = data.plaats(dossier, contract);
        assertThat(web.get("/pips/" + v1).body()).contains("Geplaatst bij " + naam + " (Geplaatst)");
        data.start(plaatsing, LocalDate.of(2026, 11, 16));
        assertThat(web.get("/pips/" + v1).body()).contains("Geplaatst bij " + naam + " (Gestart)");
        assertThat(beschikking(consulent, v1))
                .as("a beschikking issued stays as it was")
                .doesNotContain(naam);

        // A later version: its concept says the provider will be written in; vastgesteld, the agreement and the
        // beschikking name it.
        String v2 = nieuweVersie(consulent, v1);
        assertThat(web.get("/pips/" + v2).body())
                .contains("Bij het vaststellen komt deze aanbieder in de afspraak en in de beschikking");
        assertThat(consulent
                        .post("/api/v1/pips/" + v2 + "/vaststelling", Map.of("dagtekeningPip", "2026-11-30"))
                        .status())
                .isEqualTo(200);
        assertThat(leerrouteAanbieder(consulent, v2)).isEqualTo(naam);
        assertThat(beschikking(consulent, v2)).contains(naam);
        assertThat(beschikking(consulent, v1)).doesNotContain(naam);
        assertThat(web.get("/pips/" + v2).body())
                .contains(naam)
                .contains("Plaatsing: Gestart")
                .doesNotContain("Geplaatst bij " + naam);
    }

    @Test
    void eenAfgebrokenPlaatsingLaatDeGetypteAanbiederStaan() {
        Api consulent = api("consulent");
        String aanbieder = data.b1Aanbieder();
        String naam = api("beheerder")
                .get("/api/v1/aanbieders/" + aanbieder)
                .json()
                .get("naam")
                .asString();
        String dossier = data.dossier();
        String plaatsing = data.plaats(dossier, data.b1Contract(aanbieder));
        Api.Antwoord afgebroken = consulent.post(
                "/api/v1/plaatsingen/" + plaatsing + "/afbreking", Map.of("reden", "Verhuisd naar elders"));
        assertThat(afgebroken.status()).as(afgebroken.body()).isEqualTo(200);
        String v1 = versieVan(consulent, dossier);
        WebSessie web = WebSessie.login(baseUrl(), "consulent");
        assertThat(web.get("/pips/" + v1).body()).contains("Geplaatst bij " + naam + " (Afgebroken)");

        String v2 = nieuweVersie(consulent, v1);
        assertThat(web.get("/pips/" + v2).body()).doesNotContain("Bij het vaststellen komt deze aanbieder");
        assertThat(consulent
                        .post("/api/v1/pips/" + v2 + "/vaststelling", Map.of("dagtekeningPip", "2026-11-30"))
                        .status())
                .isEqualTo(200);
        assertThat(leerrouteAanbieder(consulent, v2)).isNotEqualTo(naam);
    }

    @Test
    void eenAndereGemeenteZietDePlaatsingNiet() {
        String dossier = data.dossier();
        data.plaats(dossier, data.b1Contract(data.b1Aanbieder()));
        String v1 = versieVan(api("consulent"), dossier);
        assertThat(WebSessie.login(baseUrl(), "consulent.velsen")
                        .get("/pips/" + v1)
                        .statusCode())
                .isIn(403, 404);
    }
}
