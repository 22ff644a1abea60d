package nl.inburgeringsregie.plichtindicatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/plichtindicaties and the /plichtindicatie page, over real HTTP. */
class PlichtindicatieApiTest extends IntegrationTest {

    private static Map<String, Object> vraag() {
        Map<String, Object> vraag = new LinkedHashMap<>();
        vraag.put("geboortedatum", "1994-03-12");
        vraag.put("nationaliteiten", List.of("SY"));
        vraag.put("verblijfsdoel", "asiel");
        vraag.put("jarenLeerplichtigInNederland", 0);
        vraag.put("nederlandsDiploma", false);
        return vraag;
    }

    @Test
    void deConsulentKrijgtEenIndicatieMetRedenenEnRegels() {
        Api.Antwoord antwoord = api("consulent").post("/api/v1/plichtindicaties", vraag());
        assertThat(antwoord.status()).isEqualTo(200);
        JsonNode json = antwoord.json();
        assertThat(json.get("indicatie").asString()).isEqualTo("PLICHTIG");
        assertThat(json.get("peildatum").asString())
                .isEqualTo(LocalDate.now(clock).toString());
        assertThat(json.get("redenen")).allSatisfy(r -> {
            assertThat(r.get("regel").asString()).matches("PL-[124]");
            assertThat(r.get("toelichting").asString()).isNotBlank();
        });
        assertThat(json.get("redenen")
                        .get(json.get("redenen").size() - 1)
                        .get("regel")
                        .asString())
                .isEqualTo("PL-1");
    }

    @Test
    void eenPeildatumInHetVerledenTelt() {
        Map<String, Object> vraag = vraag();
        vraag.put("nationaliteiten", List.of("TR"));
        vraag.put("peildatum", "2021-12-31");
        assertThat(api("teamleider")
                        .post("/api/v1/plichtindicaties", vraag)
                        .json()
                        .get("indicatie")
                        .asString())
                .isEqualTo("NIET_PLICHTIG");
    }

    @Test
    void sindsWanneerIemandHierWoontBepaaltDeWetEnDePlichtVanEenTurkseOnderdaan() {
        Map<String, Object> vraag = vraag();
        vraag.put("nationaliteiten", List.of("TR"));
        vraag.put("verblijfsdoel", "gezinshereniging");
        vraag.put("verblijfSinds", "2020-02-01");
        JsonNode oud = api("consulent").post("/api/v1/plichtindicaties", vraag).json();
        assertThat(oud.get("indicatie").asString()).isEqualTo("NIET_PLICHTIG");
        assertThat(oud.get("label").asString()).isEqualTo("indicatie, DUO beslist");

        vraag.put("verblijfSinds", "2024-02-01");
        JsonNode nieuw =
                api("consulent").post("/api/v1/plichtindicaties", vraag).json();
        assertThat(nieuw.get("indicatie").asString()).isEqualTo("PLICHTIG");
        assertThat(nieuw.get("wet").asString()).isEqualTo("WI2021");

        vraag.put("nationaliteiten", List.of("SY"));
        vraag.put("verblijfSinds", "2020-02-01");
        JsonNode wi2013 =
                api("consulent").post("/api/v1/plichtindicaties", vraag).json();
        assertThat(wi2013.get("indicatie").asString()).isEqualTo("PLICHTIG");
        assertThat(wi2013.get("wet").asString()).isEqualTo("WI2013");
        assertThat(wi2013.get("redenen"))
                .anySatisfy(r -> assertThat(r.get("regel").asString()).isEqualTo("PL-4"));

        vraag.put("verblijfSinds", LocalDate.now(clock).plusDays(1).toString());
        Api.Antwoord fout = api("consulent").post("/api/v1/plichtindicaties", vraag);
        assertThat(fout.ongeldigeVelden()).containsExactly("verblijfSinds");
        assertThat(fout.json().get("invalidParams").get(0).get("regel").asString())
                .isEqualTo("PL-4");
    }

    @Test
    void dePaginaVraagtSindsWanneerEnNoemtDeWet() {
        WebSessie sessie = WebSessie.login(baseUrl(), "consulent");
        assertThat(sessie.get("/plichtindicatie").body()).contains("name=\"verblijfSinds\"");
        var antwoord = sessie.postMetCsrf(
                "/plichtindicatie",
                Map.of(
                        "geboortedatum",
                        "1994-03-12",
                        "nationaliteiten",
                        "tr",
                        "verblijfsdoel",
                        "gezinsvorming",
                        "jarenLeerplichtigInNederland",
                        "0",
                        "nederlandsDiploma",
                        "nee",
                        "verblijfSinds",
                        "2019-05-01"),
                "/plichtindicatie");
        assertThat(antwoord.body()).contains("Waarschijnlijk niet inburgeringsplichtig", "DUO beslist", "vrijgesteld");
        var sy = sessie.postMetCsrf(
                "/plichtindicatie",
                Map.of(
                        "geboortedatum",
                        "1994-03-12",
                        "nationaliteiten",
                        "sy",
                        "verblijfsdoel",
                        "asiel",
                        "jarenLeerplichtigInNederland",
                        "0",
                        "nederlandsDiploma",
                        "nee",
                        "verblijfSinds",
                        "2019-05-01"),
                "/plichtindicatie");
        assertThat(sy.body()).contains("Waarschijnlijk inburgeringsplichtig", "Wet: Wet inburgering 2013 (regel PL-4)");
    }

    @Test
    void ongeldigeInvoerGeeftProblemJsonMetVeldEnRegel() {
        Map<String, Object> vraag = vraag();
        vraag.put("verblijfsdoel", "toerisme");
        Api.Antwoord antwoord = api("consulent").post("/api/v1/plichtindicaties", vraag);
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        JsonNode fout = antwoord.json().get("invalidParams").get(0);
        assertThat(fout.get("name").asString()).isEqualTo("verblijfsdoel");
        assertThat(fout.get("regel").asString()).isEqualTo("PL-2");
        assertThat(fout.get("reason").asString()).contains("Kies een verblijfsdoel");
    }

    @Test
    void alleenWieMagIndicerenKrijgtAntwoord() {
        assertThat(api("budgetcoach").post("/api/v1/plichtindicaties", vraag()).status())
                .isEqualTo(403);
        assertThat(api("aanbieder").post("/api/v1/plichtindicaties", vraag()).status())
                .isEqualTo(403);
    }

    @Test
    void dePaginaToontDeIndicatieAlsIndicatie() {
        WebSessie sessie = WebSessie.login(baseUrl(), "consulent");
        var antwoord = sessie.postMetCsrf(
                "/plichtindicatie",
                Map.of(
                        "geboortedatum",
                        "1994-03-12",
                        "nationaliteiten",
                        "sy",
                        "verblijfsdoel",
                        "asiel",
                        "jarenLeerplichtigInNederland",
                        "2",
                        "nederlandsDiploma",
                        "nee"),
                "/plichtindicatie");
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body()).contains("Waarschijnlijk inburgeringsplichtig", "DUO beslist", "PL-2");

        var fout = sessie.postMetCsrf(
                "/plichtindicatie",
                Map.of("nationaliteiten", "Syrie", "jarenLeerplichtigInNederland", "veel"),
                "/plichtindicatie");
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body()).contains("foutsamenvatting").doesNotContain("Waarschijnlijk inburgeringsplichtig");
        assertThat(sessie.get("/plichtindicatie").body()).contains("Plichtindicatie");
    }
}
