package nl.inburgeringsregie.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, point 3: password guessing is throttled per account and per address, for the login form and HTTP Basic
 * alike, and every failure is in the audit log. Uses an account of its own, and the clock, so that no other test is
 * locked out.
 */
class InlogbewakingTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void herstel() {
        clock.reset();
    }

    private String account(String naam) {
        String hash = jdbc.sql("select password_hash from app_user where username = 'consulent'")
                .query(String.class)
                .single();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                values (?, 'Inlogtest', ?, '{CONSULENT}', '{0392}') on conflict do nothing""").params(naam, hash).update();
        jdbc.sql("delete from mislukte_inlog where gebruikersnaam = ?")
                .param(naam)
                .update();
        return naam;
    }

    @Test
    void naVijfFouteWachtwoordenWeigertHetFormulierOokHetGoedeTotDeBlokkadeVerloopt() {
        String naam = account("inlogtest.formulier");
        clock.zet(LocalDate.of(2026, 12, 1));
        for (int i = 0; i < 5; i++) {
            WebSessie sessie = WebSessie.anoniem(baseUrl());
            HttpResponse<String> fout = sessie.postMetToken(
                    "/login", Map.of("username", naam, "password", "fout" + i), sessie.csrfVan("/login"));
            assertThat(fout.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        WebSessie sessie = WebSessie.anoniem(baseUrl());
        HttpResponse<String> goed =
                sessie.postMetToken("/login", Map.of("username", naam, "password", "demo"), sessie.csrfVan("/login"));
        assertThat(goed.headers().firstValue("Location"))
                .as("the right password, while blocked")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?geblokkeerd"));
        assertThat(sessie.get("/login?geblokkeerd").body()).contains("Te veel mislukte inlogpogingen");
        assertThat(new Api(baseUrl(), naam, "demo").get("/api/v1/inburgeraars").status())
                .as("HTTP Basic sits behind the same guard")
                .isEqualTo(429);
        assertThat(api("consulent").get("/api/v1/inburgeraars").status())
                .as("another account is not blocked")
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_log where username = ? and action = 'INLOG_MISLUKT'")
                        .param(naam)
                        .query(Integer.class)
                        .single())
                .as("every failure audited")
                .isEqualTo(5);

        clock.zet(LocalDate.of(2026, 12, 2));
        assertThat(WebSessie.login(baseUrl(), naam).get("/inburgeraars").statusCode())
                .as("the block expires")
                .isEqualTo(200);
    }

    @Test
    void httpBasicAntwoordt429MetRetryAfter() {
        String naam = account("inlogtest.basic");
        for (int i = 0; i < 5; i++) {
            assertThat(new Api(baseUrl(), naam, "fout")
                            .get("/api/v1/inburgeraars")
                            .status())
                    .isEqualTo(401);
        }
        Api.Antwoord geblokkeerd = new Api(baseUrl(), naam, "demo").get("/api/v1/inburgeraars");
        assertThat(geblokkeerd.status()).isEqualTo(429);
        assertThat(geblokkeerd.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(geblokkeerd.header("Retry-After"))).isBetween(1L, 15 * 60L);
    }

    /**
     * Issue 14 point 10: by default ({@code server.forward-headers-strategy: none}) X-Forwarded-For is ignored: a client
     * cannot pick the address the throttle counts. MeerdereInstantiesTest shows a named proxy's header being taken.
     */
    @Test
    void eenDoorgestuurdAdresVanEenClientTeltNiet() throws Exception {
        String naam = "proxytest-" + UUID.randomUUID();
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/inburgeraars"))
                .header("X-Forwarded-For", "198.51.100.7")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder().encodeToString((naam + ":fout").getBytes(StandardCharsets.UTF_8)))
                .build();
        assertThat(HttpClient.newHttpClient()
                        .send(verzoek, HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(401);
        assertThat(jdbc.sql("select adres from mislukte_inlog where gebruikersnaam = ?")
                        .param(naam)
                        .query(String.class)
                        .single())
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void vanafEenAdresMetVijftigMisluktePogingenWordtNiemandMeerToegelaten() {
        // Failures recorded on a day long past, so that the address block is gone again for the other tests.
        clock.zet(LocalDate.of(2020, 3, 2));
        for (int i = 0; i < 50; i++) {
            new Api(baseUrl(), "bestaat-niet-" + i, "gok").get("/api/v1/inburgeraars");
        }
        assertThat(api("consulent").get("/api/v1/inburgeraars").status())
                .as("the right password from that address")
                .isEqualTo(429);
        clock.reset();
        assertThat(api("consulent").get("/api/v1/inburgeraars").status()).isEqualTo(200);
    }
}
