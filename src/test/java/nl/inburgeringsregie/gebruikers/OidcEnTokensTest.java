package nl.inburgeringsregie.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.inburgeringsregie.InburgeringsregieApplication;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Issue 14 points 11 and 12, end to end against a real OpenID Connect provider (Spring Authorization Server on its own
 * port, {@link TestIdentityProvider}) and the application as production runs it: an external PostgreSQL (a database
 * of its own on the test server, a role without superuser rights), OpenID Connect configured, so no local accounts —
 * no login form, no HTTP Basic — and the API on bearer tokens (JWT) of that provider. A second application context,
 * started once for this class: the shared test context is the embedded demo with local accounts, and must stay so.
 *
 * <p>Staff walk the real authorization code flow with PKCE over HTTP (the application's redirect, the provider's login
 * form, the code back, the token exchange with the verifier); their roles and gemeenten come from the ID token's
 * claims as configured. API clients take tokens with the client credentials grant.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcEnTokensTest extends IntegrationTest {

    private static final String DATABASE = "oidc_test";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    private JdbcClient jdbc;

    private TestIdentityProvider idp;
    private ConfigurableApplicationContext productie;
    private JdbcClient db;
    private String app;
    private String dossierHaarlem;
    private String dossierVelsen;

    @BeforeAll
    void startIdentityProviderEnProductie() {
        idp = TestIdentityProvider.start();
        superuser("drop database if exists " + DATABASE + " with (force)");
        superuser("drop role if exists " + DATABASE);
        superuser("create role " + DATABASE + " login nosuperuser nocreatedb nocreaterole nobypassrls");
        superuser("create database " + DATABASE + " owner " + DATABASE);
        Map<String, Object> instellingen = new HashMap<>();
        instellingen.put("spring.datasource.url", hostUrl(DATABASE) + "?logServerErrorDetail=false");
        instellingen.put("spring.datasource.username", DATABASE);
        instellingen.put("spring.datasource.password", "");
        instellingen.put("server.port", "0");
        // The staff's sign-in: one OpenID Connect client registration (README, Production).
        String registratie = "spring.security.oauth2.client.registration.idp.";
        instellingen.put(registratie + "client-id", TestIdentityProvider.WEB_CLIENT);
        instellingen.put(registratie + "client-secret", TestIdentityProvider.WACHTWOORD);
        instellingen.put(registratie + "client-name", "Test-IdP");
        instellingen.put(registratie + "scope", "openid,profile");
        instellingen.put(registratie + "authorization-grant-type", "authorization_code");
        instellingen.put("spring.security.oauth2.client.provider.idp.issuer-uri", idp.issuer());
        // The API's tokens.
        instellingen.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", idp.issuer());
        instellingen.put("spring.security.oauth2.resourceserver.jwt.audiences", TestIdentityProvider.AUDIENCE);
        // The claims: the provider's role and group names mapped to this application's roles and gemeenten.
        instellingen.put("inburgeringsregie.oidc.rollen.[inburgering-consulent]", "CONSULENT");
        instellingen.put("inburgeringsregie.oidc.gemeenten.[Haarlem]", "0392");
        instellingen.put("inburgeringsregie.oidc.gemeenten.[Velsen]", "0453");
        SpringApplication toepassing = new SpringApplication(InburgeringsregieApplication.class);
        toepassing.setDefaultProperties(instellingen);
        productie = toepassing.run();
        app = "http://localhost:" + productie.getEnvironment().getProperty("local.server.port");
        idp.staToe(app + "/login/oauth2/code/idp", app + "/login?uitgelogd");
        db = productie.getBean(JdbcClient.class);
        db.sql("insert into gemeente (code, naam) values ('0392', 'Haarlem'), ('0453', 'Velsen')")
                .update();
        // A local account with the demo password, as an external database might still hold one: it never signs in.
        String demoHash = jdbc.sql("select password_hash from app_user where username = 'consulent'")
                .query(String.class)
                .single();
        db.sql("insert into app_user (username, display_name, password_hash, roles, gemeenten) "
                        + "values ('lokaal', 'Lokaal Account', ?, '{CONSULENT}', '{0392}')")
                .param(demoHash)
                .update();

        idp.persoon(
                "s.devries",
                Map.of(
                        "preferred_username",
                        "s.devries",
                        "name",
                        "Sanne de Vries",
                        "rollen",
                        List.of("inburgering-consulent", "offline_access"),
                        "gemeenten",
                        List.of("Haarlem")));
        idp.persoon(
                "k.zonderrol",
                Map.of(
                        "preferred_username",
                        "k.zonderrol",
                        "name",
                        "Kees Zonderrol",
                        "rollen",
                        List.of("offline_access"),
                        "gemeenten",
                        List.of("Haarlem")));
        idp.persoon(
                "g.zondergemeente",
                Map.of(
                        "preferred_username",
                        "g.zondergemeente",
                        "name",
                        "Gerda Zondergemeente",
                        "rollen",
                        List.of("inburgering-consulent")));
        idp.apiClient("api-haarlem", Map.of("rollen", List.of("CONSULENT"), "gemeenten", List.of("0392")));
        idp.apiClient("api-velsen", Map.of("rollen", List.of("CONSULENT"), "gemeenten", List.of("Velsen")));
        idp.apiClient("api-zonder-gemeente", Map.of("rollen", List.of("CONSULENT")));
        idp.apiClient("api-taalschool", Map.of("rollen", List.of("AANBIEDER")));
        idp.apiClient(
                "api-andere-audience",
                Map.of(
                        "rollen",
                        List.of("CONSULENT"),
                        "gemeenten",
                        List.of("0392"),
                        "aud",
                        List.of("een-andere-toepassing")));

        // One dossier in each gemeente, registered by API clients with their tokens.
        dossierHaarlem = TestDossiers.registreer(
                Api.metToken(app, token("api-haarlem")), TestData.inburgeraar(TestData.bsn(), "0392"));
        dossierVelsen = TestDossiers.registreer(
                Api.metToken(app, token("api-velsen")), TestData.inburgeraar(TestData.bsn(), "0453"));
    }

    @AfterAll
    void stop() {
        try {
            if (productie != null) {
                productie.close();
            }
            if (idp != null) {
                idp.close();
            }
        } finally {
            superuser("drop database if exists " + DATABASE + " with (force)");
            superuser("drop role if exists " + DATABASE);
        }
    }

    // ---- Point 11: staff sign in through the identity provider ----

    @Test
    void medewerkerLogtInViaDeIdentityProviderMetPkceEnKrijgtRolEnGemeenteUitDeClaims() {
        Browser browser = new Browser();
        HttpResponse<String> terug = browser.inloggenViaIdp("s.devries");

        // The authorization request carried a PKCE challenge (S256), and the provider (which requires one) let it
        // through.
        assertThat(browser.autorisatieverzoek)
                .contains("code_challenge=")
                .contains("code_challenge_method=S256")
                .startsWith(idp.issuer() + "/oauth2/authorize");
        assertThat(terug.statusCode()).isEqualTo(302);
        assertThat(terug.headers().firstValue("Location").orElseThrow()).isEqualTo("/");

        HttpResponse<String> start = browser.get(app + "/start");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body())
                .contains("Sanne de Vries")
                .contains("Consulent")
                .contains("Haarlem")
                .doesNotContain("Velsen");
        // Written to app_user as the claims say, with a password nobody knows: a consultant others can assign dossiers
        // to.
        assertThat(db.sql(
                                "select display_name || '|' || array_to_string(roles, ',') || '|' || array_to_string(gemeenten, ',') "
                                        + "from app_user where username = 's.devries'")
                        .query(String.class)
                        .single())
                .isEqualTo("Sanne de Vries|CONSULENT|0392");

        // Her own gemeente's dossier opens; the other gemeente's does not exist for her.
        assertThat(browser.get(app + "/inburgeraars/" + dossierHaarlem).statusCode())
                .isEqualTo(200);
        assertThat(browser.get(app + "/inburgeraars/" + dossierVelsen).statusCode())
                .isIn(403, 404);
        assertThat(browser.get(app + "/inburgeraars").body()).doesNotContain(dossierVelsen);

        // Logging out ends the session here and sends the browser to the provider to end it there too.
        Matcher csrf = CSRF.matcher(browser.get(app + "/start").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> uit = browser.post(app + "/logout", Map.of("_csrf", csrf.group(1)));
        assertThat(uit.statusCode()).isEqualTo(302);
        assertThat(URLDecoder.decode(uit.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8))
                .startsWith(idp.issuer() + "/connect/logout")
                .contains("id_token_hint=")
                .contains("post_logout_redirect_uri=" + app + "/login?uitgelogd");
        assertThat(browser.get(app + "/start").statusCode()).isEqualTo(302);
    }

    @Test
    void zonderRolClaimGeenToegangMetEenDuidelijkeMelding() {
        Browser browser = new Browser();
        HttpResponse<String> terug = browser.inloggenViaIdp("k.zonderrol");

        assertThat(terug.statusCode()).isEqualTo(302);
        assertThat(terug.headers().firstValue("Location").orElseThrow())
                .isEqualTo("/login/geen-toegang?reden=GEEN_ROL");
        HttpResponse<String> pagina = browser.get(app + "/login/geen-toegang?reden=GEEN_ROL");
        assertThat(pagina.statusCode()).isEqualTo(403);
        assertThat(pagina.body()).contains("uw account heeft geen rol in Inburgeringsregie");
        // Not signed in, and no account made.
        assertThat(browser.get(app + "/start").statusCode()).isEqualTo(302);
        assertThat(db.sql("select count(*) from app_user where username = 'k.zonderrol'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void zonderGemeenteClaimGeenToegang() {
        Browser browser = new Browser();
        HttpResponse<String> terug = browser.inloggenViaIdp("g.zondergemeente");

        assertThat(terug.headers().firstValue("Location").orElseThrow())
                .isEqualTo("/login/geen-toegang?reden=GEEN_GEMEENTE");
        HttpResponse<String> pagina = browser.get(app + "/login/geen-toegang?reden=GEEN_GEMEENTE");
        assertThat(pagina.statusCode()).isEqualTo(403);
        assertThat(pagina.body()).contains("aan geen gemeente gekoppeld");
        assertThat(browser.get(app + "/inburgeraars/" + dossierHaarlem).statusCode())
                .isEqualTo(302);
    }

    @Test
    void eenDoorDeBeheerderGedeactiveerdAccountLogtNietInViaDeIdentityProvider() {
        idp.persoon(
                "d.gedeactiveerd",
                Map.of(
                        "preferred_username",
                        "d.gedeactiveerd",
                        "rollen",
                        List.of("CONSULENT"),
                        "gemeenten",
                        List.of("0392")));
        Browser eerst = new Browser();
        assertThat(eerst.inloggenViaIdp("d.gedeactiveerd")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .isEqualTo("/");
        db.sql("update app_user set active = false where username = 'd.gedeactiveerd'")
                .update();

        HttpResponse<String> terug = new Browser().inloggenViaIdp("d.gedeactiveerd");

        assertThat(terug.headers().firstValue("Location").orElseThrow())
                .isEqualTo("/login/geen-toegang?reden=GEBLOKKEERD");
        assertThat(db.sql("select active from app_user where username = 'd.gedeactiveerd'")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void inDeOidcModusGeenLokaleAccounts() {
        Browser anoniem = new Browser();
        HttpResponse<String> login = anoniem.get(app + "/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body())
                .contains("Inloggen via Test-IdP")
                .contains("/oauth2/authorization/idp")
                .doesNotContain("name=\"password\"");

        // Even with a valid CSRF token (from a signed-in page), the password of a local account signs nobody in.
        Browser browser = new Browser();
        browser.inloggenViaIdp("s.devries");
        Matcher csrf = CSRF.matcher(browser.get(app + "/start").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> poging =
                browser.post(app + "/login", Map.of("username", "lokaal", "password", "demo", "_csrf", csrf.group(1)));
        assertThat(poging.statusCode()).isNotEqualTo(302);
        assertThat(browser.get(app + "/start").body())
                .contains("Sanne de Vries")
                .doesNotContain("Lokaal Account");

        // Nor does HTTP Basic on the API.
        Api.Antwoord basic = new Api(app, "lokaal", "demo").get("/api/v1/inburgeraars");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.header("Content-Type")).startsWith("application/problem+json");
    }

    // ---- Point 12: API clients with bearer tokens ----

    @Test
    void apiClientMetGeldigTokenZietAlleenZijnGemeente() {
        Api haarlem = Api.metToken(app, token("api-haarlem"));

        Api.Antwoord lijst = haarlem.get("/api/v1/inburgeraars");
        assertThat(lijst.status()).as(lijst.body()).isEqualTo(200);
        assertThat(lijst.body()).contains(dossierHaarlem).doesNotContain(dossierVelsen);
        assertThat(haarlem.get("/api/v1/inburgeraars/" + dossierHaarlem).status())
                .isEqualTo(200);
        assertThat(haarlem.get("/api/v1/inburgeraars/" + dossierVelsen).status())
                .isEqualTo(404);
        // The client's account exists (it holds the dossier it registered) and knows no password anyone could use.
        assertThat(db.sql("select consulent from inburgeraar where id = ?::uuid")
                        .param(dossierHaarlem)
                        .query(String.class)
                        .single())
                .isEqualTo("api-haarlem");
    }

    @Test
    void verlopenTokenGeeft401() {
        Instant tweeUurGeleden = Instant.now().minus(Duration.ofHours(2));
        String verlopen = idp.teken(idp.claims("api-haarlem", tweeUurGeleden, Duration.ofHours(1))
                .claim("rollen", List.of("CONSULENT"))
                .claim("gemeenten", List.of("0392"))
                .build());

        geweigerd(verlopen);
    }

    @Test
    void tokenVanEenAndereUitgeverGeeft401() {
        String andereUitgever = idp.teken(idp.claims("api-haarlem", Instant.now(), Duration.ofMinutes(5))
                .issuer("http://127.0.0.1:1")
                .claim("rollen", List.of("CONSULENT"))
                .claim("gemeenten", List.of("0392"))
                .build());

        geweigerd(andereUitgever);
    }

    @Test
    void tokenVoorEenAndereToepassingGeeft401() {
        // A real token of the provider, for another audience.
        geweigerd(token("api-andere-audience"));
    }

    @Test
    void ongetekendTokenGeeft401() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long nu = Instant.now().getEpochSecond();
        String kop = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String inhoud = b64.encodeToString(("{\"iss\":\"" + idp.issuer() + "\",\"sub\":\"api-haarlem\",\"aud\":[\""
                        + TestIdentityProvider.AUDIENCE + "\"],\"iat\":" + nu + ",\"exp\":" + (nu + 300)
                        + ",\"rollen\":[\"CONSULENT\"],\"gemeenten\":[\"0392\"]}")
                .getBytes(StandardCharsets.UTF_8));

        geweigerd(kop + "." + inhoud + ".");
    }

    @Test
    void tokenGetekendMetEenAndereSleutelGeeft401() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var paar = generator.generateKeyPair();
        RSAKey vreemd = new RSAKey.Builder((RSAPublicKey) paar.getPublic())
                .privateKey((RSAPrivateKey) paar.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        JwtClaimsSet claims = idp.claims("api-haarlem", Instant.now(), Duration.ofMinutes(5))
                .claim("rollen", List.of("CONSULENT"))
                .claim("gemeenten", List.of("0392"))
                .build();
        String token = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(vreemd)))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();

        geweigerd(token);
    }

    @Test
    void geldigTokenZonderGemeenteGeeft403() {
        Api.Antwoord antwoord = Api.metToken(app, token("api-zonder-gemeente")).get("/api/v1/inburgeraars");

        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(403);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        // Title and detail from the bundle (issue 13 point 6): aanmelding.api.weigering.GEEN_GEMEENTE.
        assertThat(antwoord.json().get("title").asString()).isEqualTo("Geen toegang");
        assertThat(antwoord.json().get("detail").asString())
                .isEqualTo(
                        "Het token noemt geen gemeente (zie de claims van inburgeringsregie.oidc.gemeenten-claims).");
    }

    @Test
    void eenAanbiederWerktVoorGeenGemeenteEnHeeftMetZijnTokenToegangZonderGemeenteClaim() {
        // A provider's system (ADR 0031) works for no gemeente: its token names none and it still gets its own list.
        Api taalschool = Api.metToken(app, token("api-taalschool"));

        Api.Antwoord deelnemers = taalschool.get("/api/v1/deelnemers");
        assertThat(deelnemers.status()).as(deelnemers.body()).isEqualTo(200);
        assertThat(deelnemers.body()).doesNotContain(dossierHaarlem).doesNotContain(dossierVelsen);
        // No gemeente, so no gemeente's dossiers either: the role has no right to them.
        assertThat(taalschool.get("/api/v1/inburgeraars").status()).isEqualTo(403);
        assertThat(taalschool.get("/api/v1/inburgeraars/" + dossierHaarlem).status())
                .isIn(403, 404);
    }

    @Test
    void eenApiClientDieDuoHeetWordtGeenDuoEnVerandertHetDuoAccountNiet() {
        db.sql(
                        "insert into app_user (username, display_name, password_hash, roles, gemeenten) "
                                + "values ('duo', 'DUO (koppeling)', 'x', '{DUO}', '{0392,0453}') on conflict (username) do nothing")
                .update();
        idp.apiClient("duo", Map.of("rollen", List.of("TEAMLEIDER"), "gemeenten", List.of("0392")));

        Api.Antwoord antwoord = Api.metToken(app, token("duo")).get("/api/v1/inburgeraars");

        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(403);
        assertThat(db.sql("select array_to_string(roles, ',') from app_user where username = 'duo'")
                        .query(String.class)
                        .single())
                .isEqualTo("DUO");
    }

    @Test
    void eenTokenOpentDeDeurVanDuoNiet() {
        // DUO keeps mutual TLS (and HTTP Basic only in the embedded demo): a bearer token is no DUO certificate.
        Api.Antwoord antwoord = Api.metToken(app, token("api-haarlem")).post("/duo/v1/notificaties", "{}");

        assertThat(antwoord.status()).isEqualTo(401);
    }

    private void geweigerd(String token) {
        Api.Antwoord antwoord = Api.metToken(app, token).get("/api/v1/inburgeraars");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(401);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        assertThat(antwoord.header("WWW-Authenticate")).startsWith("Bearer");
        // A refused token is no failed password: nothing of it is counted or kept as a user name.
        assertThat(db.sql("select count(*) from mislukte_inlog")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** An access token from the provider's token endpoint (client credentials grant). */
    private String token(String client) {
        try {
            HttpRequest verzoek = HttpRequest.newBuilder(URI.create(idp.issuer() + "/oauth2/token"))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString((client + ":" + TestIdentityProvider.WACHTWOORD)
                                                    .getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=inburgeringsregie"))
                    .build();
            HttpResponse<String> antwoord =
                    HttpClient.newHttpClient().send(verzoek, HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
            return Api.JSON.readTree(antwoord.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A browser over plain HTTP: cookies per host (the application on localhost, the provider on 127.0.0.1), redirects
     * followed one by one, the provider's login form filled in.
     */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private String autorisatieverzoek;

        /**
         * The authorization code flow from the application's start of it to the application's answer to the code: the
         * last response of the application (a redirect: to the start page, or to the page that says why not).
         */
        HttpResponse<String> inloggenViaIdp(String gebruiker) {
            HttpResponse<String> antwoord = get(app + "/oauth2/authorization/idp");
            List<String> bezocht = new ArrayList<>();
            for (int stap = 0; stap < 12; stap++) {
                URI hier = antwoord.request().uri();
                if (antwoord.statusCode() == 302) {
                    URI naar = hier.resolve(
                            antwoord.headers().firstValue("Location").orElseThrow());
                    if (naar.toString().startsWith(idp.issuer() + "/oauth2/authorize") && autorisatieverzoek == null) {
                        autorisatieverzoek = naar.toString();
                    }
                    if (!naar.toString().startsWith(idp.issuer())
                            && hier.toString().startsWith(app)) {
                        return antwoord; // the application's own redirect after the code came back
                    }
                    bezocht.add(naar.toString());
                    antwoord = get(naar.toString());
                } else if (antwoord.statusCode() == 200 && hier.toString().startsWith(idp.issuer() + "/login")) {
                    Matcher csrf = CSRF.matcher(antwoord.body());
                    assertThat(csrf.find()).as(antwoord.body()).isTrue();
                    antwoord = post(
                            idp.issuer() + "/login",
                            Map.of(
                                    "username",
                                    gebruiker,
                                    "password",
                                    TestIdentityProvider.WACHTWOORD,
                                    "_csrf",
                                    csrf.group(1)));
                } else {
                    throw new AssertionError("Unexpected " + antwoord.statusCode() + " at " + hier + " after " + bezocht
                            + ": " + antwoord.body());
                }
            }
            throw new AssertionError("Too many redirects: " + bezocht);
        }

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/html")
                    .GET());
        }

        HttpResponse<String> post(String url, Map<String, String> velden) {
            String body = velden.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder verzoek) {
            try {
                return client.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void superuser(String sql) {
        try (var connection = DriverManager.getConnection(hostUrl("postgres"), "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hostUrl(String database) {
        String current = jdbc.sql("select 'jdbc:postgresql://localhost:' || current_setting('port') || '/'")
                .query(String.class)
                .single();
        return current + database;
    }
}
