package nl.inburgeringsregie.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Issue 14's open doors that the web layer closes: machine accounts never sign in to the web UI, a session made
 * before login lives only briefly, the Host header is never echoed into a redirect, the privacy headers, and public
 * liveness/readiness without details.
 */
class OpenDeurenTest extends IntegrationTest {

    @Autowired
    private SessionRepository<? extends Session> sessies;

    @Test
    void hetMachineAccountVanDuoKanNietInloggenOpDeWebinterface() {
        assertThatThrownBy(() -> WebSessie.login(baseUrl(), "duo")).hasMessageContaining("Login failed");
        // A person's account still can.
        assertThat(WebSessie.login(baseUrl(), "consulent").get("/inburgeraars").statusCode())
                .isEqualTo(200);
    }

    @Test
    void eenSessieVanVoorDeLoginLeeftKortEnKrijgtNaLoginZijnVolleLengte() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String sessieId = sessieId(login);
        assertThat(sessie(sessieId).getMaxInactiveInterval())
                .as("seconds a pre-login session lives")
                .isPositive()
                .isLessThanOrEqualTo(5 * 60);

        WebSessie ingelogd = WebSessie.login(baseUrl(), "consulent");
        String ingelogdId = ingelogd.cookie("JSESSIONID");
        assertThat(sessie(ingelogdId).getMaxInactiveInterval())
                .as("a signed-in session lasts the working day")
                .isEqualTo(8 * 60 * 60);
        ingelogd.get("/inburgeraars");
        assertThat(sessie(ingelogdId).getMaxInactiveInterval()).isEqualTo(8 * 60 * 60);
    }

    @Test
    void eenVreemdeHostKomtNietInEenRedirect() throws IOException {
        String antwoord = rauw("GET /inburgeraars HTTP/1.1\r\nHost: aanvaller.example\r\n"
                + "X-Forwarded-Host: aanvaller.example\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
        assertThat(antwoord).startsWith("HTTP/1.1 302");
        assertThat(antwoord).containsPattern("(?im)^Location: /login\\r?$");
        assertThat(antwoord).doesNotContain("aanvaller.example");
    }

    @Test
    void elkeWebpaginaEnApiStuurtReferrerEnPermissionsPolicy() {
        HttpResponse<String> pagina = WebSessie.login(baseUrl(), "consulent").get("/inburgeraars");
        assertThat(pagina.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(pagina.headers().firstValue("Permissions-Policy"))
                .hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()", "microphone=()"));
        Api.Antwoord api = api("consulent").get("/api/v1/inburgeraars");
        assertThat(api.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(api.header("Permissions-Policy")).contains("camera=()");
        assertThat(new Api(baseUrl(), null, null).get("/login").header("Referrer-Policy"))
                .isEqualTo("same-origin");
    }

    @Test
    void livenessEnReadinessZijnOpenbaarZonderDetails() {
        Api anoniem = new Api(baseUrl(), null, null);
        for (String pad : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            Api.Antwoord antwoord = anoniem.get(pad);
            assertThat(antwoord.status()).as(pad).isEqualTo(200);
            assertThat(antwoord.json().get("status").asString()).isEqualTo("UP");
            assertThat(antwoord.body()).doesNotContain("components", "details", "db", "diskSpace");
        }
        assertThat(anoniem.get("/actuator/health").status())
                .as("the whole health report stays behind login")
                .isEqualTo(302);
    }

    @Test
    void eenVervalstCsrfTokenGeeft403EnGeen500() {
        WebSessie anoniem = WebSessie.anoniem(baseUrl());
        anoniem.get("/login");
        HttpResponse<String> login =
                anoniem.postMetToken("/login", Map.of("username", "consulent", "password", "demo"), "vervalst");
        assertThat(login.statusCode()).as("a login with a forged token").isIn(302, 403);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotEndWith("/");
        HttpResponse<String> zonderSessie = WebSessie.anoniem(baseUrl())
                .postMetToken("/inburgeraars/nieuw", Map.of("geslachtsnaam", "X"), "vervalst");
        assertThat(zonderSessie.statusCode()).isEqualTo(403);
        WebSessie ingelogd = WebSessie.login(baseUrl(), "consulent");
        for (String token : new String[] {
            "vervalst",
            "",
            "====",
            "YWJj",
            "a".repeat(5000),
            "%%%",
            "ä€",
            "AAAA".repeat(24),
            Base64.getEncoder().encodeToString(new byte[72])
        }) {
            for (String pad : new String[] {"/inburgeraars/nieuw", "/logout", "/login"}) {
                HttpResponse<String> vervalst = ingelogd.postMetToken(pad, Map.of("geslachtsnaam", "X"), token);
                assertThat(vervalst.statusCode())
                        .as(pad + " with token " + token)
                        .isIn(302, 403);
            }
        }
    }

    /** The stored session (sessions live in the database since issue 14 point 18): its lifetime in seconds. */
    private Sessie sessie(String id) {
        Session sessie = sessies.findById(id);
        assertThat(sessie).as("session " + id).isNotNull();
        return new Sessie((int) sessie.getMaxInactiveInterval().toSeconds());
    }

    private record Sessie(int getMaxInactiveInterval) {}

    private static String sessieId(HttpResponse<?> antwoord) {
        return antwoord.headers().allValues("Set-Cookie").stream()
                .flatMap(c -> HttpCookie.parse(c).stream())
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie: " + antwoord.headers().map()));
    }

    private String rauw(String verzoek) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream uit = socket.getOutputStream();
            uit.write(verzoek.getBytes(StandardCharsets.ISO_8859_1));
            uit.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
