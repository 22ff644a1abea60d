package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14 point 1: the built-in DUO simulator is no open door. Its control page ({@code /duo-simulator/beheer}) sends
 * a notification as DUO only for a signed-in user with the right DUO_SIMULATOR_BEDIENEN, for their own gemeenten, with
 * CSRF, audited; its DUO API ({@code /duo-simulator/v1/**}) answers only this application's DUO client (401 to anyone
 * else, including a signed-in person), and the DUO client still works end to end against it.
 */
class DuoSimulatorToegangTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    DuoSimulator duo;

    @Autowired
    DuoClient client;

    @Autowired
    DuoAanmelding simulatorSleutel;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eenAnoniemeBezoekerKanGeenNotificatieAlsDuoSturen() throws Exception {
        String bsn = TestData.bsn();
        String id = registreer(bsn, "0392");
        HttpClient anoniem = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String formulier = "bsn=" + bsn + "&gemeentecode=0392&gebeurtenis=SS101&doelgroep=Asielstatushouder";

        // Without a CSRF token: refused before anything else.
        HttpResponse<String> zonderToken = post(anoniem, formulier);
        assertThat(zonderToken.statusCode()).isIn(302, 401, 403);
        assertThat(zonderToken.body()).doesNotContain("Notificatie verstuurd");

        // With a valid anonymous CSRF token (from the login page): sent to the login page.
        Matcher token = CSRF.matcher(anoniem.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> metToken = post(anoniem, formulier + "&_csrf=" + token.group(1));
        assertThat(metToken.statusCode()).isEqualTo(302);
        assertThat(metToken.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        // The page itself is behind the login too.
        HttpResponse<String> pagina = anoniem.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/duo-simulator/beheer"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pagina.statusCode()).isEqualTo(302);
        assertThat(pagina.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        // Nothing reached the application as a notification, nothing was written to the dossier.
        assertThat(notificaties(bsn)).isZero();
        assertThat(simulatorAudit(id)).isZero();
    }

    @Test
    void deDuoApiVanDeSimulatorAntwoordtNiemandAndersDanOnzeDuoClient() throws Exception {
        String bsn = TestData.bsn();
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1), "Asielstatushouder", null));
        String pad = "/duo-simulator/v1/personen/" + bsn + "/inburgeringsplicht";
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpHeaders metSleutel = new HttpHeaders();
        simulatorSleutel.meldAan(URI.create(baseUrl() + pad), metSleutel);
        String sleutel = metSleutel.getFirst(HttpHeaders.AUTHORIZATION);
        assertThat(sleutel).as("the secret the client sends").startsWith("Bearer ");
        HttpHeaders elders = new HttpHeaders();
        simulatorSleutel.meldAan(URI.create("https://duo.example/personen/" + bsn + "/inburgeringsplicht"), elders);
        assertThat(elders.getFirst(HttpHeaders.AUTHORIZATION))
                .as("the secret goes to the simulator only")
                .isNull();

        assertThat(vraag(http, pad, null).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(vraag(http, pad, "Basic " + basic("consulent")).statusCode())
                .as("a person's password")
                .isEqualTo(401);
        assertThat(vraag(http, pad, "Basic " + basic("teamleider")).statusCode())
                .as("a team lead's password")
                .isEqualTo(401);
        assertThat(vraag(http, pad, "Basic " + basic("duo")).statusCode())
                .as("DUO's own machine account")
                .isEqualTo(401);
        assertThat(vraag(http, pad, "Bearer " + UUID.randomUUID()).statusCode())
                .as("a guessed secret")
                .isEqualTo(401);
        assertThat(vraag(http, pad, sleutel + "x").statusCode())
                .as("the secret plus one character")
                .isEqualTo(401);
        assertThat(vraag(http, pad, sleutel.substring(0, sleutel.length() - 1)).statusCode())
                .as("the secret minus one character")
                .isEqualTo(401);
        HttpResponse<String> geweigerd = vraag(http, pad, null);
        assertThat(geweigerd.body())
                .doesNotContain("indicatorInburgeringsplicht")
                .contains("fouttekst");
        // A signed-in person's web session is no DUO client either.
        WebSessie teamleider = WebSessie.login(baseUrl(), "teamleider");
        assertThat(teamleider.get(pad).statusCode())
                .as("a team lead's web session")
                .isEqualTo(401);
        assertThat(teamleider.get(pad).body()).doesNotContain("indicatorInburgeringsplicht");

        // Our DUO client (which carries the secret) still gets DUO's answer, validated against DUO's files.
        assertThat(client.raadpleeg("Inburgeringsplicht", "0392", "/personen/" + bsn + "/inburgeringsplicht"))
                .hasValueSatisfying(plicht -> assertThat(
                                plicht.path("indicatorInburgeringsplicht").asBoolean())
                        .isTrue());
        assertThat(vraag(http, pad, sleutel).statusCode()).as("with the secret").isNotEqualTo(401);
    }

    @Test
    void eenConsulentZonderHetRechtKrijgt403() {
        String bsn = TestData.bsn();
        String id = registreer(bsn, "0392");
        WebSessie consulent = WebSessie.login(baseUrl(), "consulent");
        assertThat(consulent.get("/duo-simulator/beheer").statusCode()).isEqualTo(403);
        HttpResponse<String> post = consulent.postMetCsrf(
                "/duo-simulator/beheer",
                Map.of("bsn", bsn, "gemeentecode", "0392", "gebeurtenis", "SS101", "doelgroep", "Asielstatushouder"),
                "/inburgeraars");
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(notificaties(bsn)).isZero();
        assertThat(simulatorAudit(id)).isZero();
        // Nor the privacy officer, the budget coach or the policy officer.
        for (String gebruiker : new String[] {"privacy", "budgetcoach", "beleid"}) {
            assertThat(WebSessie.login(baseUrl(), gebruiker)
                            .get("/duo-simulator/beheer")
                            .statusCode())
                    .as(gebruiker)
                    .isEqualTo(403);
        }
    }

    @Test
    void eenTeamleiderStuurtEenNotificatieAlsDuoEnDatStaatInHetAuditlog() {
        String bsn = TestData.bsn();
        String id = registreer(bsn, "0392");
        WebSessie teamleider = WebSessie.login(baseUrl(), "teamleider");
        HttpResponse<String> pagina = teamleider.get("/duo-simulator/beheer");
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("name=\"_csrf\"");

        // A forged CSRF token is refused, the second click with the page's token works.
        assertThat(teamleider
                        .postMetToken(
                                "/duo-simulator/beheer",
                                Map.of(
                                        "bsn",
                                        bsn,
                                        "gemeentecode",
                                        "0392",
                                        "gebeurtenis",
                                        "SS101",
                                        "doelgroep",
                                        "Asielstatushouder"),
                                "vervalst")
                        .statusCode())
                .isEqualTo(403);
        assertThat(notificaties(bsn)).isZero();
        HttpResponse<String> verstuurd = teamleider.postMetCsrf(
                "/duo-simulator/beheer",
                Map.of("bsn", bsn, "gemeentecode", "0392", "gebeurtenis", "SS101", "doelgroep", "Asielstatushouder"),
                "/duo-simulator/beheer");
        assertThat(verstuurd.statusCode()).isEqualTo(200);
        assertThat(verstuurd.body()).contains("Notificatie verstuurd", "201");
        assertThat(notificaties(bsn)).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from audit_log where username = 'teamleider' and inburgeraar_id = ?
                  and action = 'GEWIJZIGD' and detail like 'DUO-simulator: notificatie SS101%'""").param(UUID.fromString(id)).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void deFunctioneelBeheerderMagDeSimulatorOokBedienen() {
        assertThat(WebSessie.login(baseUrl(), "beheerder")
                        .get("/duo-simulator/beheer")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void eenTeamleiderVanVelsenStuurtNietsVoorHaarlem() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'teamleider'")
                .query(String.class)
                .single();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                values ('teamleider.velsen', 'Teamleider Velsen', ?, '{TEAMLEIDER}', '{0453}') on conflict do nothing""").param(hash).update();
        String bsn = TestData.bsn();
        registreer(bsn, "0392");
        WebSessie velsen = WebSessie.login(baseUrl(), "teamleider.velsen");
        HttpResponse<String> pagina = velsen.get("/duo-simulator/beheer");
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("<option value=\"0453\"").doesNotContain("<option value=\"0392\"");
        HttpResponse<String> post = velsen.postMetCsrf(
                "/duo-simulator/beheer",
                Map.of("bsn", bsn, "gemeentecode", "0392", "gebeurtenis", "SS101", "doelgroep", "Asielstatushouder"),
                "/duo-simulator/beheer");
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(notificaties(bsn)).isZero();
    }

    @Test
    void watDePaginaNietAanbiedtWordtGeweigerdZonder500() {
        WebSessie teamleider = WebSessie.login(baseUrl(), "teamleider");
        for (Map<String, String> ongeldig : List.of(
                Map.of("bsn", "123456789", "gemeentecode", "0392", "gebeurtenis", "SS101"),
                Map.of("bsn", "111222333\",\"x\":\"", "gemeentecode", "0392", "gebeurtenis", "SS101"),
                Map.of("bsn", "", "gemeentecode", "0392", "gebeurtenis", "SS999"),
                Map.of("bsn", "", "gemeentecode", "9999", "gebeurtenis", "SS101"),
                Map.of("bsn", "", "gebeurtenis", "SS101"),
                Map.of("bsn", "", "gemeentecode", "0392", "gebeurtenis", "SS101", "doelgroep", "Onbekend"))) {
            HttpResponse<String> antwoord =
                    teamleider.postMetCsrf("/duo-simulator/beheer", ongeldig, "/duo-simulator/beheer");
            assertThat(antwoord.statusCode()).as(ongeldig.toString()).isEqualTo(400);
            assertThat(antwoord.body()).contains("Niet verstuurd").doesNotContain("Notificatie verstuurd");
        }
    }

    private String registreer(String bsn, String gemeentecode) {
        return api("consulent")
                .post("/api/v1/inburgeraars", TestData.inburgeraar(bsn, gemeentecode))
                .header("Location")
                .replaceAll(".*/", "");
    }

    private int notificaties(String bsn) {
        return jdbc.sql("select count(*) from duo_notificatie where bsn = ?")
                .param(bsn)
                .query(Integer.class)
                .single();
    }

    private int simulatorAudit(String id) {
        return jdbc.sql("select count(*) from audit_log where inburgeraar_id = ? and detail like 'DUO-simulator%'")
                .param(UUID.fromString(id))
                .query(Integer.class)
                .single();
    }

    private HttpResponse<String> post(HttpClient http, String formulier) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/duo-simulator/beheer"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formulier))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> vraag(HttpClient http, String pad, String authorization) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(baseUrl() + pad))
                .header("bron", "00000001001608650000")
                .header("doel", "00000001003214345000")
                .header("berichtId", UUID.randomUUID().toString())
                .header("API-Version", "1.0.0");
        if (authorization != null) {
            verzoek.header("Authorization", authorization);
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String gebruiker) {
        return Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
