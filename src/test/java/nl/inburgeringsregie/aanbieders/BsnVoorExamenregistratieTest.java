package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, "BSN only where the contract says so for DUO exam registration" (AB-10, ADR 0031 amendment): a provider's
 * user sees a participant's BSN on the participant's page and in {@code /api/v1/deelnemers/{id}} only for a placement
 * under a contract with {@code bsnVoorExamenregistratie}; never in the list, never under another contract, never for
 * another provider's participant (404); every read of it audited with its purpose.
 */
class BsnVoorExamenregistratieTest extends IntegrationTest {

    private static final String BSN_DETAIL = "bsn examenregistratie DUO (aanbieder)";

    @Autowired
    private JdbcClient jdbc;

    private AanbiedersTestdata data;

    @BeforeEach
    void opzet() {
        data = new AanbiedersTestdata(this::api, baseUrl(), jdbc);
    }

    private String dossier(String bsn) {
        return TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(bsn), "B");
    }

    private int bsnInzages(String dossier) {
        return jdbc.sql("select count(*) from audit_log where inburgeraar_id = ? and detail = ? and purpose = ?")
                .params(UUID.fromString(dossier), BSN_DETAIL, "uitvoering Wet inburgering")
                .query(Integer.class)
                .single();
    }

    @Test
    void hetBsnAlleenOnderEenContractVoorExamenregistratie() {
        String aanbieder = data.b1Aanbieder();
        String zonder = data.b1Contract(aanbieder);
        String met = data.b1Contract(aanbieder, true);
        String bsnZonder = TestData.bsn();
        String bsnMet = TestData.bsn();
        String dossierZonder = dossier(bsnZonder);
        String dossierMet = dossier(bsnMet);
        data.plaats(dossierZonder, zonder);
        data.plaats(dossierMet, met);
        String docent = data.account(aanbieder);
        Api api = api(docent);
        WebSessie web = WebSessie.login(baseUrl(), docent);

        // Without the flag: neither page nor API shows the BSN, and no read of it is audited.
        Api.Antwoord zonderApi = api.get("/api/v1/deelnemers/" + dossierZonder);
        assertThat(zonderApi.status()).isEqualTo(200);
        assertThat(zonderApi.body()).doesNotContain("bsn", bsnZonder);
        HttpResponse<String> zonderPagina = web.get("/deelnemers/" + dossierZonder);
        assertThat(zonderPagina.statusCode()).isEqualTo(200);
        assertThat(zonderPagina.body()).doesNotContain(bsnZonder, "id=\"bsn\"");
        assertThat(bsnInzages(dossierZonder)).isZero();

        // With the flag: the BSN on the page and in the API, each read audited with its purpose.
        Api.Antwoord metApi = api.get("/api/v1/deelnemers/" + dossierMet);
        assertThat(metApi.status()).isEqualTo(200);
        assertThat(metApi.json().get(0).get("bsn").asString()).isEqualTo(bsnMet);
        HttpResponse<String> metPagina = web.get("/deelnemers/" + dossierMet);
        assertThat(metPagina.body()).contains("id=\"bsn\">" + bsnMet + "<", "regel AB-10");
        assertThat(bsnInzages(dossierMet)).isEqualTo(2);

        // The list never carries it, for neither participant.
        Api.Antwoord lijst = api.get("/api/v1/deelnemers");
        assertThat(lijst.body()).contains(dossierMet).doesNotContain("bsn", bsnMet, bsnZonder);
        assertThat(web.get("/mijn-deelnemers").body()).doesNotContain(bsnMet, bsnZonder);

        // Another provider, also with a contract for exam registration, reaches neither: 404, nothing audited.
        String ander = data.b1Aanbieder();
        data.b1Contract(ander, true);
        String andereDocent = data.account(ander);
        assertThat(api(andereDocent).get("/api/v1/deelnemers/" + dossierMet).status())
                .isEqualTo(404);
        assertThat(WebSessie.login(baseUrl(), andereDocent)
                        .get("/deelnemers/" + dossierMet)
                        .statusCode())
                .isEqualTo(404);
        assertThat(bsnInzages(dossierMet)).isEqualTo(2);
    }

    @Test
    void deBeheerZetHetBsnAanEnWeerUit() {
        String aanbieder = data.b1Aanbieder();
        String zonder = data.b1Contract(aanbieder);
        String bsn = TestData.bsn();
        String dossier = dossier(bsn);
        data.plaats(dossier, zonder);
        String docent = data.account(aanbieder);
        assertThat(api(docent).get("/api/v1/deelnemers/" + dossier).body()).doesNotContain(bsn);

        // The beheer turns the flag on: from now on the provider sees it; off again: it is gone.
        Api beheerder = api("beheerder");
        JsonNode contract = beheerder.get("/api/v1/contracten/" + zonder).json();
        assertThat(contract.get("bsnVoorExamenregistratie").asBoolean()).isFalse();
        Map<String, Object> body = contractBody(contract, true);
        Api.Antwoord aan = beheerder.put("/api/v1/contracten/" + zonder, body);
        assertThat(aan.status()).as(aan.body()).isEqualTo(200);
        assertThat(aan.json().get("bsnVoorExamenregistratie").asBoolean()).isTrue();
        assertThat(api(docent)
                        .get("/api/v1/deelnemers/" + dossier)
                        .json()
                        .get(0)
                        .get("bsn")
                        .asString())
                .isEqualTo(bsn);
        Api.Antwoord uit = beheerder.put("/api/v1/contracten/" + zonder, contractBody(aan.json(), false));
        assertThat(uit.status()).as(uit.body()).isEqualTo(200);
        assertThat(api(docent).get("/api/v1/deelnemers/" + dossier).body()).doesNotContain(bsn);
    }

    @Test
    void eenContractZonderExamenGeeftGeenBsn() {
        String aanbieder = data.b1Aanbieder();
        Api beheerder = api("beheerder");
        JsonNode b1 = beheerder
                .get("/api/v1/contracten/" + data.b1Contract(aanbieder))
                .json();
        int voor = beheerder.get("/api/v1/contracten").json().size();
        for (String onderdeel : List.of("Z_ROUTE", "PVT", "MAP", "BRUGKLAS")) {
            Map<String, Object> body = contractBody(b1, true);
            body.remove("versie");
            body.put("contractnummer", "Z-" + UUID.randomUUID());
            body.put("onderdeel", onderdeel);
            Api.Antwoord a = beheerder.post("/api/v1/contracten", body);
            assertThat(a.status()).as(onderdeel + " " + a.body()).isEqualTo(400);
            assertThat(a.json().get("invalidParams").get(0).get("name").asString())
                    .isEqualTo("bsnVoorExamenregistratie");
            assertThat(a.json().get("invalidParams").get(0).get("regel").asString())
                    .isEqualTo("AB-10");
        }
        assertThat(beheerder.get("/api/v1/contracten").json().size())
                .as("nothing saved")
                .isEqualTo(voor);

        // The beheer form: the checkbox, refused for the Z-route with the rule, accepted for KNM.
        WebSessie web = WebSessie.login(baseUrl(), "beheerder");
        String formulier =
                web.get("/beheer/contracten/nieuw?aanbieder=" + aanbieder).body();
        assertThat(formulier).contains("name=\"bsnVoorExamenregistratie\"");
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("aanbiederId", aanbieder);
        velden.put("contractnummer", "W-" + UUID.randomUUID());
        velden.put("perceel", "Perceel Z-route");
        velden.put("onderdeel", "Z_ROUTE");
        velden.put("gemeenten", "0392");
        velden.put("begindatum", "2026-01-01");
        velden.put("einddatum", "2027-12-31");
        velden.put("capaciteit", "10");
        velden.put("prijsmodel", "PER_UUR");
        velden.put("prijs", "40");
        velden.put("bsnVoorExamenregistratie", "true");
        HttpResponse<String> geweigerd =
                web.postMetCsrf("/beheer/contracten/nieuw", velden, "/beheer/contracten/nieuw?aanbieder=" + aanbieder);
        assertThat(geweigerd.statusCode()).isIn(200, 400);
        assertThat(geweigerd.body()).contains("Alleen een contract voor een onderdeel met een examen");
        velden.put("onderdeel", "KNM");
        HttpResponse<String> opgeslagen =
                web.postMetCsrf("/beheer/contracten/nieuw", velden, "/beheer/contracten/nieuw?aanbieder=" + aanbieder);
        assertThat(opgeslagen.statusCode()).isEqualTo(302);
        String id = opgeslagen.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        assertThat(beheerder
                        .get("/api/v1/contracten/" + id)
                        .json()
                        .get("bsnVoorExamenregistratie")
                        .asBoolean())
                .isTrue();
        assertThat(vinkje(web.get("/beheer/contracten/" + id).body())).contains("checked");
        assertThat(vinkje(formulier)).doesNotContain("checked");
    }

    /** The exam registration's checkbox on the contract form. */
    private static String vinkje(String pagina) {
        Matcher m = Pattern.compile("<input[^>]*id=\"bsnVoorExamenregistratie\"[^>]*>")
                .matcher(pagina);
        assertThat(m.find()).isTrue();
        return m.group();
    }

    private static Map<String, Object> contractBody(JsonNode c, boolean bsn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("versie", c.get("versie").asInt());
        body.put("aanbiederId", c.get("aanbiederId").asString());
        body.put("contractnummer", c.get("contractnummer").asString());
        body.put("perceel", c.get("perceel").asString());
        body.put("onderdeel", c.get("onderdeel").asString());
        body.put("gemeenten", List.of("0392"));
        body.put("begindatum", c.get("begindatum").asString());
        body.put("einddatum", c.get("einddatum").asString());
        body.put("capaciteit", c.get("capaciteit").asInt());
        body.put("prijsmodel", c.get("prijsmodel").asString());
        body.put("prijs", c.get("prijs").decimalValue());
        body.put("bsnVoorExamenregistratie", bsn);
        return body;
    }
}
