package nl.inburgeringsregie.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.RequestMappings;
import nl.inburgeringsregie.support.RequestMappings.Endpoint;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 14 point 7, as an adversary: every write endpoint of the API and the web UI gets a NUL byte, a lone surrogate,
 * an over-long text, an over-long list, an integer for a date or an enum, an out-of-range form index, a forged CSRF
 * token in every shape, and a registration race. Each answer is 4xx, never 500, and nothing is half-saved.
 */
class NooitEen500Test extends IntegrationTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** Written into JSON text as the escape of a lone high surrogate (a JSON writer would not produce one). */
    private static final String SURROGAAT = "\\ud800";

    private static final String SURROGAAT_MARKER = "@@SURROGAAT@@";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mapping;

    private JsonNode openApi;

    @BeforeEach
    void leesOpenApi() {
        openApi = api("consulent").get("/api/v1/openapi.json").json();
    }

    // --- The API: every write endpoint, its body built from its own OpenAPI schema ---------------------------------

    @Test
    void elkApiSchrijfEindpuntWeigertNulSurrogaatTeLangeTekstEnTeLangeLijstMet400() {
        List<String> gemist = new ArrayList<>();
        int geprobeerd = 0;
        for (Endpoint endpoint : schrijfEindpunten("/api/")) {
            JsonNode schema = requestSchema(endpoint);
            if (schema == null) {
                continue;
            }
            Map<String, String> gevallen = new LinkedHashMap<>();
            gevallen.put("NUL", tekst(schema, 0, v -> "a\u0000b", false));
            String surrogaat = tekst(schema, 0, v -> "a" + SURROGAAT_MARKER + "b", false);
            gevallen.put("lone surrogate", surrogaat == null ? null : surrogaat.replace(SURROGAAT_MARKER, SURROGAAT));
            gevallen.put("10,001 characters", tekst(schema, 0, v -> "x".repeat(10_001), false));
            gevallen.put("1,001 items", tekst(schema, 0, v -> "x", true));
            gevallen.put("integer as date or enum", getallen(schema));
            for (Map.Entry<String, String> geval : gevallen.entrySet()) {
                if (geval.getValue() == null) {
                    continue;
                }
                geprobeerd++;
                Api.Antwoord antwoord = api("teamleider")
                        .send(endpoint.method(), endpoint.path(), geval.getValue(), "application/json");
                if (antwoord.status() != 400
                        || !antwoord.header("Content-Type").startsWith("application/problem+json")) {
                    gemist.add(endpoint + " with " + geval.getKey() + ": " + antwoord.status() + " "
                            + antwoord.body()
                                    .substring(0, Math.min(200, antwoord.body().length())));
                }
            }
        }
        assertThat(geprobeerd).as("cases tried").isGreaterThan(20);
        assertThat(gemist)
                .as("write endpoints that did not refuse with 400 problem+json")
                .isEmpty();
    }

    @Test
    void deRegistratieNoemtHetGeweigerdeVeldEnSlaatNietsOp() {
        Map<String, Object[]> gevallen = new LinkedHashMap<>();
        gevallen.put("geslachtsnaam", new Object[] {"Had\u0000dad"});
        gevallen.put("voornamen", new Object[] {"Ra" + SURROGAAT_MARKER + "nia"});
        gevallen.put("geboortedatum", new Object[] {19900412});
        gevallen.put("doelgroep", new Object[] {1});
        gevallen.put("datumKennisgeving", new Object[] {1736467200000L});
        gevallen.put("tolkTaal", new Object[] {"a".repeat(1_000_000)});
        for (Map.Entry<String, Object[]> geval : gevallen.entrySet()) {
            String bsn = TestData.bsn();
            Map<String, Object> body = TestData.inburgeraar(bsn);
            body.put(geval.getKey(), geval.getValue()[0]);
            String json = Api.JSON.writeValueAsString(body).replace(SURROGAAT_MARKER, SURROGAAT);
            Api.Antwoord antwoord = api("consulent").send("POST", "/api/v1/inburgeraars", json, "application/json");
            assertThat(antwoord.ongeldigeVelden()).as(geval.getKey()).containsExactly(geval.getKey());
            assertThat(aantalMetBsn(bsn))
                    .as("nothing saved for " + geval.getKey())
                    .isZero();
        }
        // 5,000 children (accepted before) and 21: the documented maximum is 20.
        for (int aantal : new int[] {5_000, 21}) {
            String bsn = TestData.bsn();
            Map<String, Object> body = TestData.inburgeraar(bsn);
            body.put(
                    "kinderen", Collections.nCopies(aantal, Map.of("voornaam", "Kind", "geboortedatum", "2020-01-01")));
            assertThat(api("consulent").post("/api/v1/inburgeraars", body).ongeldigeVelden())
                    .as(aantal + " children")
                    .containsExactly("kinderen");
            assertThat(aantalMetBsn(bsn)).isZero();
        }
        Map<String, Object> twintig = TestData.inburgeraar(TestData.bsn());
        twintig.put("kinderen", Collections.nCopies(20, Map.of("voornaam", "Kind", "geboortedatum", "2020-01-01")));
        assertThat(api("consulent").post("/api/v1/inburgeraars", twintig).status())
                .as("20 children")
                .isEqualTo(201);
    }

    @Test
    void eenPipNotitieVanEenMegabyteWordtGeweigerd() {
        String bsn = TestData.bsn();
        String id = api("consulent")
                .post("/api/v1/inburgeraars", TestData.inburgeraar(bsn))
                .json()
                .get("id")
                .asString();
        // The concept needs a finished intake; the body is refused before that matters, at the door.
        Api.Antwoord antwoord = api("consulent")
                .put("/api/v1/pips/" + UUID.randomUUID(), Map.of("versie", 0, "zienswijze", "n".repeat(1_000_000)));
        assertThat(antwoord.ongeldigeVelden()).containsExactly("zienswijze");
        assertThat(antwoord.json().get("invalidParams").get(0).get("reason").asString())
                .contains("10.000");
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + id + "/pips")
                        .json()
                        .size())
                .isZero();
    }

    @Test
    void hetOpenApiDocumentNoemtBijElkeTekstEnLijstEenMaximum() {
        List<String> zonder = new ArrayList<>();
        openApi.get("components")
                .get("schemas")
                .properties()
                .forEach(schema -> zonderMaximum(schema.getKey(), schema.getValue(), zonder));
        assertThat(zonder)
                .as("strings without maxLength, arrays without maxItems")
                .isEmpty();
        JsonNode inburgeraar = openApi.at("/components/schemas/Inburgeraar/properties");
        assertThat(inburgeraar.at("/kinderen/maxItems").asInt()).isEqualTo(20);
        assertThat(inburgeraar.at("/geslachtsnaam/maxLength").asInt()).isPositive();
    }

    // --- The web UI: every form post, through the real session and CSRF token -----------------------------------

    @Test
    void elkWebformulierWeigertNulEnTeLangeTekstMet400() throws Exception {
        WebSessie sessie = WebSessie.login(baseUrl(), "teamleider");
        String token = sessie.csrfVan("/inburgeraars/nieuw");
        List<String> gemist = new ArrayList<>();
        for (Endpoint endpoint : schrijfEindpunten("/")) {
            if (endpoint.path().startsWith("/api/")
                    || endpoint.path().startsWith("/duo/")
                    || endpoint.path().startsWith("/duo-simulator/v1")
                    || endpoint.path().equals("/login")
                    || endpoint.path().equals("/logout")) {
                continue;
            }
            for (String waarde : new String[] {"a\u0000b", "x".repeat(10_001)}) {
                HttpResponse<String> antwoord = formulier(
                        sessie,
                        endpoint.method(),
                        endpoint.path(),
                        "opmerking=" + enc(waarde) + "&_csrf=" + enc(token),
                        "text/html");
                if (antwoord.statusCode() != 400) {
                    gemist.add(endpoint + " " + antwoord.statusCode());
                }
            }
            HttpResponse<String> surrogaat = formulier(
                    sessie,
                    endpoint.method(),
                    endpoint.path(),
                    "opmerking=a%ED%A0%80b&_csrf=" + enc(token),
                    "text/html");
            if (surrogaat.statusCode() >= 500) {
                gemist.add(endpoint + " with an encoded surrogate: " + surrogaat.statusCode());
            }
        }
        assertThat(gemist).as("form posts that did not answer 400").isEmpty();
        HttpResponse<String> pagina = formulier(
                sessie,
                "POST",
                "/inburgeraars",
                "geslachtsnaam=" + enc("a\u0000") + "&_csrf=" + enc(token),
                "text/html");
        assertThat(pagina.body())
                .as("the error page names the field in Dutch")
                .contains("Ongeldige invoer", "geslachtsnaam", "NUL-teken");
        // A NUL in a search query (GET) reaches no query either.
        assertThat(formulier(sessie, "GET", "/inburgeraars?zoek=%00", null, "text/html")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api("consulent").get("/api/v1/inburgeraars?zoek=%00").status())
                .isEqualTo(400);
    }

    @Test
    void eenLijstindexBuitenHetFormulierGeeft400EnSlaatNietsOp() throws Exception {
        WebSessie sessie = WebSessie.login(baseUrl(), "consulent");
        for (String index : new String[] {"100000", "2147483647", "-1", "abc", "99999999999"}) {
            String bsn = TestData.bsn();
            String token = sessie.csrfVan("/inburgeraars/nieuw");
            String body = "gemeentecode=0392&bsn=" + bsn + "&geslachtsnaam=Haddad&geboortedatum=1990-01-01&geslacht=M"
                    + "&doelgroep=ASIELSTATUSHOUDER&wet=WI2021&" + enc("kinderen[" + index + "].voornaam") + "=Kind"
                    + "&_csrf=" + enc(token);
            HttpResponse<String> antwoord = formulier(sessie, "POST", "/inburgeraars", body, "text/html");
            assertThat(antwoord.statusCode()).as("index " + index).isEqualTo(400);
            assertThat(antwoord.body()).contains("Ongeldige invoer", "kinderen");
            assertThat(aantalMetBsn(bsn))
                    .as("nothing saved with index " + index)
                    .isZero();
        }
    }

    // --- CSRF in every shape: 403, never 500, also anonymous and as a browser asking for HTML --------------------

    @Test
    void eenVervalstCsrfTokenInElkeVormGeeft403() throws Exception {
        WebSessie ingelogd = WebSessie.login(baseUrl(), "consulent");
        WebSessie ander = WebSessie.login(baseUrl(), "consulent");
        String vanAndereSessie = ander.csrfVan("/inburgeraars/nieuw");
        WebSessie anoniem = WebSessie.anoniem(baseUrl());
        anoniem.get("/login");
        List<String> gemist = new ArrayList<>();
        for (WebSessie sessie : new WebSessie[] {ingelogd, anoniem, WebSessie.anoniem(baseUrl())}) {
            for (String token :
                    new String[] {"vervalst", "", "%%%", "a".repeat(5000), vanAndereSessie, "\u00e4\u20ac"}) {
                for (String pad : new String[] {
                    "/inburgeraars",
                    "/logout",
                    "/login",
                    "/coa-overdrachten",
                    "/inburgeraars/" + UUID.randomUUID() + "/consulent"
                }) {
                    for (String accept : new String[] {"text/html,application/xhtml+xml", "*/*"}) {
                        // as a form field, as htmx's header, and in a multipart body
                        HttpResponse<String> veld = formulier(sessie, "POST", pad, "x=1&_csrf=" + enc(token), accept);
                        HttpResponse<String> kop = verstuur(
                                sessie,
                                HttpRequest.newBuilder(URI.create(baseUrl() + pad))
                                        .header("Accept", accept)
                                        .header("HX-Request", "true")
                                        .header("X-CSRF-TOKEN", ascii(token))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(HttpRequest.BodyPublishers.ofString("x=1")));
                        String grens = "grens" + UUID.randomUUID();
                        HttpResponse<String> multipart = verstuur(
                                sessie,
                                HttpRequest.newBuilder(URI.create(baseUrl() + pad))
                                        .header("Accept", accept)
                                        .header("Content-Type", "multipart/form-data; boundary=" + grens)
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                "--" + grens + "\r\nContent-Disposition: form-data; "
                                                        + "name=\"_csrf\"\r\n\r\n" + token + "\r\n--" + grens
                                                        + "\r\nContent-Disposition: "
                                                        + "form-data; name=\"bestand\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                                                        + "bsn;gemeentecode\r\n--" + grens + "--\r\n",
                                                StandardCharsets.UTF_8)));
                        for (HttpResponse<String> antwoord : List.of(veld, kop, multipart)) {
                            if (antwoord.statusCode() != 403 && antwoord.statusCode() != 302) {
                                gemist.add(pad + " token '" + token.substring(0, Math.min(10, token.length())) + "' "
                                        + accept + ": " + antwoord.statusCode());
                            }
                        }
                    }
                }
            }
        }
        // A token of a session that has ended (logged out) on the next request.
        String oudToken = ingelogd.csrfVan("/inburgeraars/nieuw");
        ingelogd.postMetToken("/logout", Map.of(), oudToken);
        HttpResponse<String> verlopen =
                formulier(ingelogd, "POST", "/inburgeraars", "x=1&_csrf=" + enc(oudToken), "text/html");
        assertThat(verlopen.statusCode()).isIn(302, 403);
        assertThat(gemist).as("forged CSRF answers other than 403/302").isEmpty();
    }

    // --- The registration race: one wins, the others 409 naming bsn -------------------------------------------

    @Test
    void gelijktijdigeRegistratiesVanHetzelfdeBsnGevenEen201EnVerder409() throws Exception {
        for (int ronde = 0; ronde < 3; ronde++) {
            String bsn = TestData.bsn();
            int aantal = 12;
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Antwoord>> antwoorden = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(aantal)) {
                for (int i = 0; i < aantal; i++) {
                    Callable<Api.Antwoord> registreer = () -> {
                        start.await();
                        return api("consulent").post("/api/v1/inburgeraars", TestData.inburgeraar(bsn));
                    };
                    antwoorden.add(pool.submit(registreer));
                }
                start.countDown();
                List<Integer> statussen = new ArrayList<>();
                for (Future<Api.Antwoord> antwoord : antwoorden) {
                    Api.Antwoord a = antwoord.get();
                    statussen.add(a.status());
                    if (a.status() == 409) {
                        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
                        assertThat(a.json()
                                        .get("invalidParams")
                                        .get(0)
                                        .get("name")
                                        .asString())
                                .isEqualTo("bsn");
                    }
                }
                assertThat(statussen).as("round " + ronde).containsOnly(201, 409);
                assertThat(statussen.stream().filter(s -> s == 201).count()).isEqualTo(1);
            }
            assertThat(aantalMetBsn(bsn)).isEqualTo(1);
        }
    }

    // --- The COA upload: one size limit for API and web, a bounded report -------------------------------------

    @Test
    void deCoaUploadHeeftOverApiEnWebDezelfdeGrensEnEenBegrensdRapport() throws Exception {
        String teGroot = "bsn;gemeentecode;datumOverdracht\n" + "x".repeat(1024 * 1024);
        Api.Antwoord api = api("consulent").send("POST", "/api/v1/coa-overdrachten", teGroot, "text/csv");
        assertThat(api.status()).isEqualTo(413);
        assertThat(api.json().get("maxBytes").asLong()).isEqualTo(1024 * 1024);

        WebSessie sessie = WebSessie.login(baseUrl(), "consulent");
        String token = sessie.csrfVan("/coa-overdrachten");
        HttpResponse<String> web = upload(sessie, token, teGroot);
        assertThat(web.statusCode()).isEqualTo(413);
        assertThat(web.body()).contains("Te groot");
        String netGoed = "bsn;gemeentecode;datumOverdracht\n" + "1;2;3\n".repeat(1000);
        assertThat(upload(sessie, token, netGoed).statusCode())
                .as("a small file is read")
                .isEqualTo(200);

        StringBuilder slecht = new StringBuilder("bsn;gemeentecode;datumOverdracht\n");
        for (int i = 0; i < 500; i++) {
            slecht.append("12345;0392;2025-01-01\n");
        }
        Api.Antwoord rapport = api("consulent").send("POST", "/api/v1/coa-overdrachten", slecht.toString(), "text/csv");
        assertThat(rapport.status()).isEqualTo(400);
        assertThat(rapport.json().get("invalidParams").size()).isEqualTo(100);
        assertThat(rapport.json().get("weggelaten").asInt()).isGreaterThanOrEqualTo(400);
        HttpResponse<String> webRapport = upload(sessie, token, slecht.toString());
        assertThat(webRapport.statusCode()).isEqualTo(200);
        assertThat(webRapport.body().split("<tr>").length).isLessThan(110);
        assertThat(webRapport.body()).contains("En nog");
        assertThat(api("consulent")
                        .send(
                                "POST",
                                "/api/v1/coa-overdrachten",
                                "bsn;gemeentecode;datumOverdracht\n12\u00003;0392;2025-01-01\n",
                                "text/csv")
                        .ongeldigeVelden())
                .containsExactly("bestand");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private List<Endpoint> schrijfEindpunten(String voorvoegsel) {
        return RequestMappings.alle(mapping, UUID.randomUUID()).stream()
                .filter(e -> e.path().startsWith(voorvoegsel))
                .filter(e -> List.of("POST", "PUT", "PATCH").contains(e.method()))
                .distinct()
                .toList();
    }

    private JsonNode requestSchema(Endpoint endpoint) {
        JsonNode operatie = openApi.at("/paths").get(endpoint.template());
        if (operatie == null) {
            return null;
        }
        JsonNode schema =
                operatie.at("/" + endpoint.method().toLowerCase() + "/requestBody/content/application~1json/schema");
        return schema.isMissingNode() ? null : resolve(schema);
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String naam = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return openApi.at("/components/schemas/" + naam);
        }
        return schema;
    }

    /**
     * A body where every string field (to depth 3) has the given value; with {@code lijst}, every array holds 1,001
     * items instead. Null when the schema has no such field.
     */
    private String tekst(JsonNode schema, int diepte, Function<String, String> waarde, boolean lijst) {
        JsonNode body = vul(schema, diepte, waarde, lijst);
        return body == null ? null : Api.JSON.writeValueAsString(body);
    }

    private JsonNode vul(JsonNode schema, int diepte, Function<String, String> waarde, boolean lijst) {
        schema = resolve(schema);
        String type = schema.path("type").asString("");
        if (diepte > 3) {
            return null;
        }
        if (type.equals("object") || schema.has("properties")) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            schema.path("properties").properties().forEach(p -> {
                if (p.getValue().path("readOnly").asBoolean(false)) {
                    return;
                }
                JsonNode v = vul(p.getValue(), diepte + 1, waarde, lijst);
                if (v != null) {
                    object.set(p.getKey(), v);
                }
            });
            return object.isEmpty() ? null : object;
        }
        if (type.equals("array")) {
            JsonNode item = vul(schema.get("items"), diepte + 1, waarde, lijst);
            if (lijst) {
                ArrayNode veel = JsonNodeFactory.instance.arrayNode();
                JsonNode element = item != null ? item : JsonNodeFactory.instance.stringNode("x");
                for (int i = 0; i < 1_001; i++) {
                    veel.add(element);
                }
                return veel;
            }
            return item == null ? null : JsonNodeFactory.instance.arrayNode().add(item);
        }
        if (type.equals("string") && !schema.has("enum") && !schema.has("format") && !lijst) {
            return JsonNodeFactory.instance.stringNode(waarde.apply(""));
        }
        return null;
    }

    /** A body with every date and enum field (top level) as an integer; null when there is none. */
    private String getallen(JsonNode schema) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        resolve(schema).path("properties").properties().forEach(p -> {
            JsonNode veld = resolve(p.getValue());
            if (veld.has("enum")
                    || "date".equals(veld.path("format").asString(""))
                    || "date-time".equals(veld.path("format").asString(""))) {
                body.put(p.getKey(), 20250101);
            }
        });
        return body.isEmpty() ? null : Api.JSON.writeValueAsString(body);
    }

    private static void zonderMaximum(String pad, JsonNode schema, List<String> zonder) {
        String type = schema.path("type").asString("");
        if (type.equals("string") && !schema.has("maxLength") && !schema.has("enum") && !schema.has("format")) {
            zonder.add(pad);
        }
        if (type.equals("array")) {
            if (!schema.has("maxItems")) {
                zonder.add(pad);
            }
            zonderMaximum(pad + "[]", schema.path("items"), zonder);
        }
        schema.path("properties")
                .properties()
                .forEach(p -> zonderMaximum(pad + "." + p.getKey(), p.getValue(), zonder));
    }

    private long aantalMetBsn(String bsn) {
        return api("teamleider")
                .get("/api/v1/inburgeraars?zoek=" + bsn)
                .json()
                .get("inburgeraars")
                .size();
    }

    private HttpResponse<String> formulier(WebSessie sessie, String methode, String pad, String body, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder verzoek =
                HttpRequest.newBuilder(URI.create(baseUrl() + pad)).header("Accept", accept);
        if (body == null) {
            verzoek.method(methode, HttpRequest.BodyPublishers.noBody());
        } else {
            verzoek.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(methode, HttpRequest.BodyPublishers.ofString(body));
        }
        return verstuur(sessie, verzoek);
    }

    private HttpResponse<String> upload(WebSessie sessie, String token, String inhoud) throws Exception {
        String grens = "grens" + UUID.randomUUID();
        String body =
                "--" + grens + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--" + grens
                        + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"coa.csv\"\r\nContent-Type: text/csv"
                        + "\r\n\r\n" + inhoud + "\r\n--" + grens + "--\r\n";
        return verstuur(
                sessie,
                HttpRequest.newBuilder(URI.create(baseUrl() + "/coa-overdrachten"))
                        .header("Accept", "text/html")
                        .header("Content-Type", "multipart/form-data; boundary=" + grens)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> verstuur(WebSessie sessie, HttpRequest.Builder verzoek)
            throws IOException, InterruptedException {
        String cookie = sessieCookie(sessie);
        if (cookie != null) {
            verzoek.header("Cookie", "JSESSIONID=" + cookie);
        }
        return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessieCookie(WebSessie sessie) {
        try {
            return sessie.cookie("JSESSIONID");
        } catch (IllegalStateException geen) {
            return null;
        }
    }

    private static String ascii(String token) {
        return token.chars()
                .filter(c -> c >= 0x20 && c < 0x7f)
                .mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
