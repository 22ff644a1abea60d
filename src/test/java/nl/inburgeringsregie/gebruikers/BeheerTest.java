package nl.inburgeringsregie.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.WebSessie;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 point 13: the functioneel beheerder manages local accounts (add, roles, gemeenten, deactivate, password
 * reset) and a gemeente's settings (deadlines, letter sender) in the UI, every change journaled with who, when, old and
 * new; other roles cannot, bad input is refused with nothing saved or journaled.
 */
class BeheerTest extends IntegrationTest {

    private static final Pattern WACHTWOORD = Pattern.compile("id=\"eenmalig-wachtwoord\">([^<]+)<");

    @Autowired
    private JdbcClient jdbc;

    @Test
    void deBeheerderMaaktEenAccountWijzigtHetZetHetUitEnGeeftEenNieuwWachtwoord() {
        WebSessie beheerder = WebSessie.login(baseUrl(), "beheerder");
        String naam = "t." + TestData.bsn();
        HttpResponse<String> aangemaakt = beheerder.postMetCsrf(
                "/beheer/gebruikers",
                Map.of(
                        "gebruikersnaam",
                        naam,
                        "naam",
                        "Test Consulent",
                        "rollen",
                        "CONSULENT",
                        "gemeenten",
                        "0392",
                        "actief",
                        "true"),
                "/beheer/gebruikers/nieuw");
        assertThat(aangemaakt.statusCode()).isEqualTo(200);
        String wachtwoord = wachtwoord(aangemaakt);
        assertThat(wachtwoord).hasSize(16);
        assertThat(aangemaakt.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        // The new account signs in with the one-time password; the demo password is not its password.
        assertThat(inloggen(naam, wachtwoord)).isTrue();
        assertThat(inloggen(naam, "demo")).isFalse();

        // Roles and gemeenten change, journaled with old and new.
        HttpResponse<String> gewijzigd = beheerder.postMetCsrf(
                "/beheer/gebruikers/" + naam,
                Map.of("naam", "Test Teamleider", "rollen", "TEAMLEIDER", "gemeenten", "0453", "actief", "true"),
                "/beheer/gebruikers/" + naam);
        assertThat(gewijzigd.statusCode()).isEqualTo(302);
        assertThat(journaal(naam))
                .contains(
                        "aangemaakt||Test Consulent; rollen CONSULENT; gemeenten 0392; actief true",
                        "naam|Test Consulent|Test Teamleider",
                        "rollen|CONSULENT|TEAMLEIDER",
                        "gemeenten|0392|0453");
        assertThat(jdbc.sql("select username from beheer_journaal where onderwerp = ?")
                        .param("account " + naam)
                        .query(String.class)
                        .list())
                .containsOnly("beheerder");

        // Deactivated: can no longer sign in.
        beheerder.postMetCsrf(
                "/beheer/gebruikers/" + naam,
                Map.of("naam", "Test Teamleider", "rollen", "TEAMLEIDER", "gemeenten", "0453"),
                "/beheer/gebruikers/" + naam);
        assertThat(inloggen(naam, wachtwoord)).isFalse();
        assertThat(journaal(naam)).contains("actief|true|false");

        // Reactivated and a new password: the old one no longer works, the new one does; the journal never holds one.
        beheerder.postMetCsrf(
                "/beheer/gebruikers/" + naam,
                Map.of("naam", "Test Teamleider", "rollen", "TEAMLEIDER", "gemeenten", "0453", "actief", "true"),
                "/beheer/gebruikers/" + naam);
        String nieuw = wachtwoord(beheerder.postMetCsrf(
                "/beheer/gebruikers/" + naam + "/wachtwoord", Map.of(), "/beheer/gebruikers/" + naam));
        assertThat(nieuw).isNotEqualTo(wachtwoord);
        assertThat(inloggen(naam, wachtwoord)).isFalse();
        assertThat(inloggen(naam, nieuw)).isTrue();
        assertThat(String.join("\n", journaal(naam)))
                .contains("wachtwoord||opnieuw ingesteld")
                .doesNotContain(wachtwoord, nieuw);

        // The overview lists it and shows the journal.
        String overzicht = beheerder.get("/beheer").body();
        assertThat(overzicht).contains(naam, "Journaal van beheer", "Test Teamleider");
    }

    @Test
    void andereRollenKunnenNietBeheren() {
        for (String gebruiker : new String[] {"consulent", "teamleider", "privacy", "budgetcoach"}) {
            WebSessie sessie = WebSessie.login(baseUrl(), gebruiker);
            String token = sessie.csrfVan(paginaMetToken(gebruiker));
            assertThat(sessie.get("/beheer").statusCode()).as(gebruiker).isEqualTo(403);
            assertThat(sessie.get("/beheer/gebruikers/nieuw").statusCode())
                    .as(gebruiker)
                    .isEqualTo(403);
            assertThat(sessie.get("/beheer/gemeenten/0392").statusCode())
                    .as(gebruiker)
                    .isEqualTo(403);
            String naam = "x." + TestData.bsn();
            assertThat(sessie.postMetToken(
                                    "/beheer/gebruikers",
                                    Map.of(
                                            "gebruikersnaam",
                                            naam,
                                            "naam",
                                            "X",
                                            "rollen",
                                            "FUNCTIONEEL_BEHEERDER",
                                            "gemeenten",
                                            "0392"),
                                    token)
                            .statusCode())
                    .as(gebruiker)
                    .isEqualTo(403);
            assertThat(sessie.postMetToken("/beheer/gebruikers/consulent/wachtwoord", Map.of(), token)
                            .statusCode())
                    .as(gebruiker)
                    .isEqualTo(403);
            assertThat(sessie.postMetToken("/beheer/gemeenten/0392", Map.of("termijnen.intakeWeken", "1"), token)
                            .statusCode())
                    .as(gebruiker)
                    .isEqualTo(403);
            assertThat(jdbc.sql("select count(*) from app_user where username = ?")
                            .param(naam)
                            .query(Integer.class)
                            .single())
                    .isZero();
        }
        assertThat(inloggen("consulent", "demo"))
                .as("the consultant's password is untouched")
                .isTrue();
    }

    @Test
    void eenOnbekendeRolEnEenActiefDatGeenJaOfNeeIsZijnVeldfoutenEnDeInvoerBlijftStaan() {
        WebSessie beheerder = WebSessie.login(baseUrl(), "beheerder");
        long journaalVoor = journaalAantal();
        String naam = "o." + TestData.bsn();
        HttpResponse<String> rol = beheerder.postMetCsrf(
                "/beheer/gebruikers",
                Map.of("gebruikersnaam", naam, "naam", "Olga Smit", "rollen", "KEIZER", "gemeenten", "0392"),
                "/beheer/gebruikers/nieuw");
        assertThat(rol.statusCode()).isEqualTo(200);
        assertThat(rol.body()).contains("href=\"#rollen\"", "value=\"Olga Smit\"", "value=\"" + naam + "\"");

        HttpResponse<String> actief = beheerder.postMetCsrf(
                "/beheer/gebruikers",
                Map.of(
                        "gebruikersnaam", naam,
                        "naam", "Olga Smit",
                        "rollen", "CONSULENT",
                        "gemeenten", "0392",
                        "actief", "misschien"),
                "/beheer/gebruikers/nieuw");
        assertThat(actief.statusCode()).isEqualTo(200);
        assertThat(actief.body())
                .contains("href=\"#actief\"", "Kies of het account actief is (aangevinkt of niet).")
                .contains("value=\"Olga Smit\"")
                .doesNotContain("eenmalig-wachtwoord");
        assertThat(journaalAantal()).isEqualTo(journaalVoor);
    }

    @Test
    void foutieveInvoerWordtGeweigerdEnNietsWordtOpgeslagenOfGejournaliseerd() {
        WebSessie beheerder = WebSessie.login(baseUrl(), "beheerder");
        long journaalVoor = journaalAantal();
        String naam = "f." + TestData.bsn();
        Map<String, Map<String, String>> gevallen = Map.of(
                "gebruikersnaam",
                        Map.of("gebruikersnaam", "Fout Naam!", "naam", "X", "rollen", "CONSULENT", "gemeenten", "0392"),
                "rollen", Map.of("gebruikersnaam", naam, "naam", "X", "rollen", "DUO", "gemeenten", "0392"),
                "gemeenten", Map.of("gebruikersnaam", naam, "naam", "X", "rollen", "CONSULENT", "gemeenten", "5000"),
                "naam", Map.of("gebruikersnaam", naam, "naam", " ", "rollen", "CONSULENT", "gemeenten", "0392"));
        for (Map.Entry<String, Map<String, String>> geval : gevallen.entrySet()) {
            HttpResponse<String> antwoord =
                    beheerder.postMetCsrf("/beheer/gebruikers", geval.getValue(), "/beheer/gebruikers/nieuw");
            assertThat(antwoord.statusCode()).as(geval.getKey()).isEqualTo(200);
            assertThat(antwoord.body())
                    .as(geval.getKey())
                    .contains("foutsamenvatting", "href=\"#" + geval.getKey() + "\"")
                    .doesNotContain("eenmalig-wachtwoord");
        }
        assertThat(beheerder
                        .postMetCsrf(
                                "/beheer/gebruikers",
                                Map.of(
                                        "gebruikersnaam",
                                        "consulent",
                                        "naam",
                                        "X",
                                        "rollen",
                                        "CONSULENT",
                                        "gemeenten",
                                        "0392"),
                                "/beheer/gebruikers/nieuw")
                        .body())
                .as("an existing user name")
                .contains("Deze gebruikersnaam bestaat al");
        // The beheerder cannot lock themselves out, nor manage DUO's machine account.
        assertThat(beheerder
                        .postMetCsrf(
                                "/beheer/gebruikers/beheerder",
                                Map.of("naam", "Ingrid Visser", "rollen", "FUNCTIONEEL_BEHEERDER", "gemeenten", "0392"),
                                "/beheer")
                        .body())
                .contains("uw eigen account niet uitzetten");
        assertThat(beheerder
                        .postMetCsrf(
                                "/beheer/gebruikers/beheerder",
                                Map.of(
                                        "naam",
                                        "Ingrid Visser",
                                        "rollen",
                                        "CONSULENT",
                                        "gemeenten",
                                        "0392",
                                        "actief",
                                        "true"),
                                "/beheer")
                        .body())
                .contains("functioneel beheerder niet weghalen");
        assertThat(beheerder
                        .postMetCsrf("/beheer/gebruikers/duo/wachtwoord", Map.of(), "/beheer")
                        .statusCode())
                .as("DUO's machine account")
                .isEqualTo(400);
        assertThat(beheerder.get("/beheer/gebruikers/bestaat-niet").statusCode())
                .isEqualTo(404);
        assertThat(inloggen("beheerder", "demo")).isTrue();

        // Settings: a number out of range or not a number, an unknown choice, a gemeente not the beheerder's.
        for (Map<String, String> fout : new Map[] {
            Map.of("termijnen.intakeWeken", "0"),
            Map.of("termijnen.intakeWeken", "53"),
            Map.of("termijnen.intakeWeken", "zes"),
            Map.of("termijnen.pipStartStatushouder", "MORGEN"),
            Map.of("brief.ondertekenaar", "x".repeat(101))
        }) {
            HttpResponse<String> antwoord =
                    beheerder.postMetCsrf("/beheer/gemeenten/0392", fout, "/beheer/gemeenten/0392");
            assertThat(antwoord.statusCode()).as(fout.toString()).isEqualTo(200);
            assertThat(antwoord.body()).as(fout.toString()).contains("foutsamenvatting");
        }
        assertThat(beheerder.get("/beheer/gemeenten/5000").statusCode()).isEqualTo(404);
        assertThat(beheerder
                        .postMetCsrf("/beheer/gemeenten/9999", Map.of("termijnen.intakeWeken", "3"), "/beheer")
                        .statusCode())
                .isEqualTo(404);
        assertThat(journaalAantal()).as("nothing journaled").isEqualTo(journaalVoor);
        assertThat(jdbc.sql("select count(*) from gemeente_instelling where gemeentecode = '0392'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void eenInstellingVanDeGemeenteGeldtVoorNieuweTermijnenEnStaatInHetJournaal() {
        WebSessie beheerder = WebSessie.login(baseUrl(), "beheerder");
        try {
            LocalDate voor = intakeDeadline();
            HttpResponse<String> gezet = beheerder.postMetCsrf(
                    "/beheer/gemeenten/0392",
                    Map.of("termijnen.intakeWeken", "9", "brief.ondertekenaar", "J. Jansen"),
                    "/beheer/gemeenten/0392");
            assertThat(gezet.statusCode()).isEqualTo(302);
            LocalDate na = intakeDeadline();
            assertThat(na).as("6 configured weeks became 9").isEqualTo(voor.plusWeeks(3));
            String pagina = beheerder.get("/beheer/gemeenten/0392").body();
            assertThat(pagina).contains("value=\"9\"", "J. Jansen", "S. de Vries");
            assertThat(jdbc.sql("""
                    select veld || '|' || coalesce(oude_waarde, '') || '|' || coalesce(nieuwe_waarde, '') || '|' || username
                    from beheer_journaal where onderwerp = 'gemeente 0392' order by id""").query(String.class).list())
                    .contains(
                            "termijnen.intakeWeken|6|9|beheerder",
                            "brief.ondertekenaar|S. de Vries|J. Jansen|beheerder");
        } finally {
            // Back to the configuration: an empty field.
            beheerder.postMetCsrf(
                    "/beheer/gemeenten/0392",
                    Map.of("termijnen.intakeWeken", "", "brief.ondertekenaar", ""),
                    "/beheer/gemeenten/0392");
        }
        assertThat(jdbc.sql("select count(*) from gemeente_instelling where gemeentecode = '0392'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("""
                select count(*) from beheer_journaal where onderwerp = 'gemeente 0392' and veld = 'termijnen.intakeWeken'
                and oude_waarde = '9' and nieuwe_waarde = '6'""").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void hetJournaalVanBeheerKanNietWordenGewijzigd() {
        Assertions.assertThatThrownBy(() ->
                        jdbc.sql("update beheer_journaal set username = 'x'").update())
                .hasMessageContaining("append-only");
    }

    private LocalDate intakeDeadline() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("datumKoppeling", "2025-01-20");
        body.put("datumHuisvesting", "2025-02-03");
        String id = api("consulent")
                .post("/api/v1/inburgeraars", body)
                .json()
                .get("id")
                .asString();
        JsonNode termijnen = api("consulent")
                .get("/api/v1/inburgeraars/" + id + "/termijnen")
                .json();
        for (JsonNode t : termijnen) {
            if (t.get("soort").asString().equals("BREDE_INTAKE")) {
                return LocalDate.parse(t.get("uiterlijkeDatum").asString());
            }
        }
        throw new AssertionError("no BREDE_INTAKE in " + termijnen);
    }

    private String paginaMetToken(String gebruiker) {
        // Issue 17: the budgetcoach has no caseload, only the ontzorgen worklist.
        return switch (gebruiker) {
            case "privacy" -> "/auditlog";
            case "budgetcoach" -> "/ontzorging";
            default -> "/inburgeraars";
        };
    }

    private List<String> journaal(String naam) {
        return jdbc.sql("""
                select veld || '|' || coalesce(oude_waarde, '') || '|' || coalesce(nieuwe_waarde, '')
                from beheer_journaal where onderwerp = ? order by id""").param("account " + naam).query(String.class).list().stream()
                .map(r -> r.replace("opnieuw ingesteld (eenmalig wachtwoord)", "opnieuw ingesteld"))
                .toList();
    }

    private long journaalAantal() {
        return jdbc.sql("select count(*) from beheer_journaal")
                .query(Long.class)
                .single();
    }

    private static String wachtwoord(HttpResponse<String> pagina) {
        Matcher m = WACHTWOORD.matcher(pagina.body());
        assertThat(m.find()).as(pagina.body()).isTrue();
        return m.group(1);
    }

    /** Signs in through the login form with the given password; true when it worked. */
    private boolean inloggen(String gebruiker, String wachtwoord) {
        try {
            HttpClient client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            String pagina = client.send(
                            HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(pagina);
            assertThat(m.find()).isTrue();
            String body = "username=" + enc(gebruiker) + "&password=" + enc(wachtwoord) + "&_csrf=" + enc(m.group(1));
            HttpResponse<String> antwoord = client.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return antwoord.statusCode() == 302
                    && !antwoord.headers().firstValue("Location").orElse("").contains("login");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
