package nl.inburgeringsregie.inburgeraar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Bad input through the API: a clear problem+json naming each field (and rule), nothing half-saved, never a 500. */
class InburgeraarInvoerTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    private Api.Antwoord registreer(Map<String, Object> body) {
        return api("consulent").post("/api/v1/inburgeraars", body);
    }

    private int dossiersMetBsn(String bsn) {
        return jdbc.sql("select count(*) from inburgeraar where bsn = ?")
                .param(bsn)
                .query(Integer.class)
                .single();
    }

    @Test
    void bsnDatNietAanDeElfproefVoldoetWordtGeweigerd() {
        Map<String, Object> body = TestData.inburgeraar("123456788");
        Api.Antwoord antwoord = registreer(body);
        assertThat(antwoord.ongeldigeVelden()).containsExactly("bsn");
        assertThat(antwoord.json().get("invalidParams").get(0).get("reason").asString())
                .contains("elfproef");
        assertThat(dossiersMetBsn("123456788")).isZero();
    }

    @Test
    void elkOngeldigVeldWordtGenoemdMetZijnRegel() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.remove("geslachtsnaam");
        body.put("nationaliteiten", List.of("SY", "Syrië"));
        body.put("talen", List.of("arabisch"));
        body.put("tolkTaal", null);
        body.put("geboortedatum", "2999-01-01");
        body.remove("doelgroep");
        body.put("gedetailleerdeDoelgroep", "Asielstatushouder");
        body.remove("wet");
        body.put("kinderen", List.of(Map.of("voornaam", "Omar")));
        body.put("contact", Map.of("email", "geen-email", "postcode", "12345"));
        Api.Antwoord antwoord = registreer(body);
        assertThat(antwoord.ongeldigeVelden())
                .contains(
                        "geslachtsnaam",
                        "nationaliteiten[1]",
                        "talen[0]",
                        "tolkTaal",
                        "geboortedatum",
                        "doelgroep",
                        "wet",
                        "kinderen[0].geboortedatum",
                        "contact.email",
                        "contact.postcode");
        JsonNode doelgroep = null;
        for (JsonNode p : antwoord.json().get("invalidParams")) {
            if (p.get("name").asString().equals("doelgroep")) {
                doelgroep = p;
            }
        }
        assertThat(doelgroep.get("regel").asString()).isEqualTo("PL-3");
    }

    @Test
    void gedetailleerdeDoelgroepMoetBijDeDoelgroepPassen() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("doelgroep", "Gezinsmigrant en overige migrant");
        body.put("gedetailleerdeDoelgroep", "Asielstatushouder");
        Api.Antwoord antwoord = registreer(body);
        assertThat(antwoord.ongeldigeVelden()).containsExactly("gedetailleerdeDoelgroep");
    }

    @Test
    void onbekendeDoelgroepWaardeGeeft400MetVeldnaam() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("doelgroep", "Vluchteling");
        assertThat(registreer(body).ongeldigeVelden()).containsExactly("doelgroep");
    }

    @Test
    void ongeldigeDatumGeeft400MetVeldnaam() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("datumHuisvesting", "31-02-2025");
        assertThat(registreer(body).ongeldigeVelden()).containsExactly("datumHuisvesting");
    }

    @Test
    void kapotteJsonGeeft400() {
        Api.Antwoord antwoord = api("consulent").post("/api/v1/inburgeraars", "{\"bsn\": ");
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void dubbelBsnBinnenDeGemeenteVerwijstNaarHetBestaandeDossier() {
        String bsn = TestData.bsn();
        Api.Antwoord eerste = registreer(TestData.inburgeraar(bsn));
        assertThat(eerste.status()).isEqualTo(201);
        Api.Antwoord tweede = registreer(TestData.inburgeraar(bsn));
        assertThat(tweede.status()).isEqualTo(409);
        assertThat(tweede.json().get("bestaand").asString()).isEqualTo(eerste.header("Location"));
        assertThat(dossiersMetBsn(bsn)).isEqualTo(1);
    }

    @Test
    void hetzelfdeBsnInEenAndereGemeenteMag() {
        String bsn = TestData.bsn();
        assertThat(registreer(TestData.inburgeraar(bsn)).status()).isEqualTo(201);
        assertThat(api("consulent.velsen")
                        .post("/api/v1/inburgeraars", TestData.inburgeraar(bsn, "0453"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void verouderdeVersieGeeft409EnNietsWordtOverschreven() {
        Api api = api("consulent");
        Api.Antwoord aangemaakt = registreer(TestData.inburgeraar(TestData.bsn()));
        String pad = aangemaakt.header("Location");
        Map<String, Object> dossier = Api.JSON.readValue(api.get(pad).body(), Map.class);
        Map<String, Object> eerste = new HashMap<>(dossier);
        eerste.put("geslachtsnaam", "Eerste");
        assertThat(api.put(pad, eerste).status()).isEqualTo(200);
        Map<String, Object> tweede = new HashMap<>(dossier);
        tweede.put("geslachtsnaam", "Tweede");
        Api.Antwoord conflict = api.put(pad, tweede);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("detail").asString()).contains("intussen gewijzigd");
        assertThat(api.get(pad).json().get("geslachtsnaam").asString()).isEqualTo("Eerste");
    }

    @Test
    void wijzigenZonderVersieWordtGeweigerd() {
        Api api = api("consulent");
        String pad = registreer(TestData.inburgeraar(TestData.bsn())).header("Location");
        Map<String, Object> dossier = Api.JSON.readValue(api.get(pad).body(), Map.class);
        dossier.remove("versie");
        assertThat(api.put(pad, dossier).ongeldigeVelden()).containsExactly("versie");
    }

    @Test
    void rollenZonderRechtKrijgen403() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        for (String gebruiker : List.of("budgetcoach", "begeleider", "aanbieder", "beleid", "beheerder", "privacy")) {
            Api.Antwoord antwoord = api(gebruiker).post("/api/v1/inburgeraars", body);
            assertThat(antwoord.status()).as(gebruiker).isEqualTo(403);
            assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        }
        // Issue 17 (ADR 0032): the budgetcoach reads only what ontzorgen needs, no caseload.
        for (String gebruiker : List.of("budgetcoach", "begeleider", "aanbieder", "beleid", "beheerder", "privacy")) {
            assertThat(api(gebruiker).get("/api/v1/inburgeraars").status())
                    .as(gebruiker)
                    .isEqualTo(403);
        }
        assertThat(api("teamleider").get("/api/v1/inburgeraars").status()).isEqualTo(200);
    }

    @Test
    void ongeldigeCursorGeeft400() {
        assertThat(api("consulent").get("/api/v1/inburgeraars?volgende=kapot!").ongeldigeVelden())
                .containsExactly("volgende");
    }

    @Test
    void hetFormulierMeldtEenDubbelBsnMetEenLinkNaarHetBestaandeDossier() {
        String bsn = TestData.bsn();
        String bestaand = api("consulent")
                .post("/api/v1/inburgeraars", TestData.inburgeraar(bsn))
                .header("Location")
                .replace("/api/v1", "");
        var antwoord = WebSessie.login(baseUrl(), "consulent")
                .postMetCsrf(
                        "/inburgeraars",
                        Map.of(
                                "gemeentecode",
                                "0392",
                                "bsn",
                                bsn,
                                "geslachtsnaam",
                                "Haddad",
                                "geboortedatum",
                                "1990-01-01",
                                "geslacht",
                                "M",
                                "doelgroep",
                                "ASIELSTATUSHOUDER",
                                "wet",
                                "WI2021"),
                        "/inburgeraars/nieuw");
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body())
                .contains("foutsamenvatting", "Open het bestaande dossier met dit BSN", "href=\"" + bestaand + "\"");
    }

    @Test
    void voortgangVolgtDeRegelsVanDeWet() {
        // The milestones only their records prove cannot be typed (T-15); the wait for third parties still follows T-1.
        String bsn = TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(bsn);
        body.put(
                "voortgang",
                Map.of(
                        "datumBredeIntakeAfgerond",
                        "2025-01-05",
                        "dagtekeningPip",
                        "2025-01-10",
                        "einddatumInburgeringstermijn",
                        "2028-01-11",
                        "wachtOpDerdenSinds",
                        "2025-01-01",
                        "wachtOpDerdenOntvangen",
                        "2024-12-20"));
        Api.Antwoord antwoord = registreer(body);
        assertThat(antwoord.ongeldigeVelden())
                .containsExactlyInAnyOrder(
                        "voortgang.datumBredeIntakeAfgerond",
                        "voortgang.dagtekeningPip",
                        "voortgang.einddatumInburgeringstermijn",
                        "voortgang.wachtOpDerdenReden",
                        "voortgang.wachtOpDerdenOntvangen");
        assertThat(antwoord.json().get("invalidParams"))
                .extracting(p -> p.get("regel").asString())
                .containsExactlyInAnyOrder("T-15", "T-15", "T-15", "T-1", "T-1");
        assertThat(dossiersMetBsn(bsn)).isZero();
    }
}
