package nl.inburgeringsregie.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgeringsregie.gebruikers.DemoAccounts;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Deadlines end to end over real HTTP: per dossier, on the right worklist, kept current when facts change,
 * signalled once, reassigned in bulk by the team lead.
 */
class TermijnenIntegratieTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DagelijkseTermijnen dagelijks;

    @Autowired
    DemoAccounts demoAccounts;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    /** A statushouder housed on 2026-01-15 after DUO's notice on 2026-01-02: PIP due 2026-03-26 (T-1). */
    private String registreerStatushouder(String consulent) {
        return registreer(consulent, statushouder());
    }

    private static Map<String, Object> statushouder() {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("datumKennisgeving", "2026-01-02");
        body.put("datumKoppeling", "2025-12-20");
        body.put("datumHuisvesting", "2026-01-15");
        return body;
    }

    private String registreer(String gebruiker, Map<String, Object> body) {
        Api.Antwoord antwoord = api(gebruiker).post("/api/v1/inburgeraars", body);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        return antwoord.header("Location").replaceAll(".*/", "");
    }

    private static JsonNode soort(JsonNode termijnen, String soort) {
        for (JsonNode t : termijnen) {
            if (t.get("soort").asString().equals(soort)) {
                return t;
            }
        }
        throw new AssertionError("no " + soort);
    }

    private List<JsonNode> werkvoorraad(Api api, String query) {
        List<JsonNode> regels = new ArrayList<>();
        String volgende = null;
        do {
            Api.Antwoord antwoord = api.get(
                    "/api/v1/werkvoorraad?grootte=200" + query + (volgende == null ? "" : "&volgende=" + volgende));
            assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
            antwoord.json().get("regels").forEach(regels::add);
            volgende = antwoord.json().has("volgende")
                    ? antwoord.json().get("volgende").asString()
                    : null;
        } while (volgende != null);
        return regels;
    }

    private static List<String> van(List<JsonNode> regels, String id) {
        return regels.stream()
                .filter(r -> r.get("inburgeraarId").asString().equals(id))
                .map(r -> r.get("soort").asString())
                .toList();
    }

    @Test
    void elkeTermijnVanEenDossierMetRegelToelichtingEnStatus() {
        String id = registreerStatushouder("consulent");
        clock.zet(LocalDate.of(2026, 3, 20));
        JsonNode termijnen = api("consulent")
                .get("/api/v1/inburgeraars/" + id + "/termijnen")
                .json();
        assertThat(termijnen)
                .extracting(t -> t.get("soort").asString())
                .containsExactly(
                        "BREDE_INTAKE", "PIP_VASTSTELLEN", "INBURGERINGSTERMIJN", "SCHAKELEN", "VERLENGING_AANVRAGEN");
        JsonNode pip = soort(termijnen, "PIP_VASTSTELLEN");
        assertThat(pip.get("startdatum").asString()).isEqualTo("2026-01-15");
        assertThat(pip.get("uiterlijkeDatum").asString()).isEqualTo("2026-03-26");
        assertThat(pip.get("status").asString()).isEqualTo("BINNENKORT");
        assertThat(pip.get("regel").asString()).isEqualTo("T-1");
        assertThat(pip.get("toelichting").asString()).startsWith("PIP uiterlijk 26-03-2026: 10 weken na 15-01-2026");
        assertThat(soort(termijnen, "BREDE_INTAKE").get("status").asString()).isEqualTo("VERLOPEN");
        assertThat(soort(termijnen, "INBURGERINGSTERMIJN").get("status").asString())
                .isEqualTo("OPEN");
        assertThat(soort(termijnen, "INBURGERINGSTERMIJN").has("uiterlijkeDatum"))
                .isFalse();
        assertThat(jdbc.sql(
                                "select count(*) from audit_log where inburgeraar_id = ?::uuid and action = 'TERMIJNEN_BEKEKEN'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void deTermijnStaatOpDeLijstVanDeEigenConsulentEnVerdwijntAlsHetPipErIs() {
        String id = registreerStatushouder("consulent");
        clock.zet(LocalDate.of(2026, 3, 30));
        Api consulent = api("consulent");
        List<JsonNode> verlopen = werkvoorraad(consulent, "&consulent=consulent&status=VERLOPEN");
        assertThat(van(verlopen, id)).containsExactlyInAnyOrder("BREDE_INTAKE", "PIP_VASTSTELLEN");
        assertThat(van(werkvoorraad(consulent, "&consulent=l.smit"), id)).isEmpty();
        assertThat(van(werkvoorraad(consulent, "&consulent=consulent&van=2026-03-01&tot=2026-03-31"), id))
                .containsExactly("PIP_VASTSTELLEN");
        assertThat(van(werkvoorraad(api("consulent.velsen"), ""), id))
                .as("another gemeente")
                .isEmpty();

        // Facts change: the PIP is vastgesteld (T-15: only the PIP gives the dagtekening); the read model follows in
        // the
        // same transaction.
        String pip = TestDossiers.pipConcept(consulent, id, "B");
        assertThat(consulent
                        .post("/api/v1/pips/" + pip + "/vaststelling", Map.of("dagtekeningPip", "2026-03-24"))
                        .status())
                .isEqualTo(200);
        List<JsonNode> daarna = werkvoorraad(consulent, "&consulent=consulent");
        // With the PIP, aanbieders' T-5 deadline starts too: the course within 3 months (ADR 0033); and voortgang's
        // first planned conversation (T-10) and what the route still misses (T-13, ADR 0040). EXAMEN_GEMIST (ADR 0042)
        // only once DUO reports a missed exam: none here.
        assertThat(van(daarna, id))
                .containsExactlyInAnyOrder(
                        "INBURGERINGSTERMIJN",
                        "SCHAKELEN",
                        "VERLENGING_AANVRAGEN",
                        "AANBOD_START",
                        "VOORTGANGSGESPREK",
                        "ROUTE_AFRONDEN");
        JsonNode termijn = daarna.stream()
                .filter(r -> r.get("inburgeraarId").asString().equals(id)
                        && r.get("soort").asString().equals("INBURGERINGSTERMIJN"))
                .findFirst()
                .orElseThrow();
        assertThat(termijn.get("uiterlijkeDatum").asString()).isEqualTo("2029-03-24");
    }

    @Test
    void deWerkvoorraadIsGepagineerdOpVolgordeVanUiterlijkeDatum() {
        registreerStatushouder("consulent");
        registreerStatushouder("consulent");
        Api consulent = api("consulent");
        Api.Antwoord eerste = consulent.get("/api/v1/werkvoorraad?grootte=2&consulent=consulent");
        assertThat(eerste.json().get("regels")).hasSize(2);
        String volgende = eerste.json().get("volgende").asString();
        JsonNode tweede = consulent
                .get("/api/v1/werkvoorraad?grootte=2&consulent=consulent&volgende=" + volgende)
                .json();
        String laatsteEerste =
                eerste.json().get("regels").get(1).get("uiterlijkeDatum").asString();
        assertThat(tweede.get("regels").get(0).get("uiterlijkeDatum").asString())
                .isGreaterThanOrEqualTo(laatsteEerste);
        List<JsonNode> alles = werkvoorraad(consulent, "&consulent=consulent");
        for (int i = 1; i < alles.size(); i++) {
            assertThat(alles.get(i).get("uiterlijkeDatum").asString())
                    .isGreaterThanOrEqualTo(
                            alles.get(i - 1).get("uiterlijkeDatum").asString());
        }
    }

    @Test
    void ongeldigeFiltersGevenProblemJson() {
        Api consulent = api("consulent");
        Api.Antwoord grootte = consulent.get("/api/v1/werkvoorraad?grootte=0");
        assertThat(grootte.status()).isEqualTo(400);
        assertThat(grootte.header("Content-Type")).startsWith("application/problem+json");
        assertThat(grootte.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("grootte");
        assertThat(consulent.get("/api/v1/werkvoorraad?status=LAAT").status()).isEqualTo(400);
        assertThat(consulent.get("/api/v1/werkvoorraad?volgende=zomaar").status())
                .isEqualTo(400);
        assertThat(api("beleid").get("/api/v1/werkvoorraad").status()).isEqualTo(403);
    }

    @Test
    void signalenWordenEenmaalVastgelegdEnEenmaalGezien() {
        String id = registreerStatushouder("consulent");
        clock.zet(LocalDate.of(2026, 3, 20));
        dagelijks.voerUit();
        int na = jdbc.sql("select count(*) from signaal where inburgeraar_id = ?::uuid")
                .param(id)
                .query(Integer.class)
                .single();
        assertThat(na).as("intake verlopen, PIP binnenkort").isEqualTo(2);
        dagelijks.voerUit();
        assertThat(jdbc.sql("select count(*) from signaal where inburgeraar_id = ?::uuid")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .as("a second run adds nothing")
                .isEqualTo(2);
        clock.zet(LocalDate.of(2026, 3, 27));
        dagelijks.voerUit();
        assertThat(jdbc.sql(
                                "select status from signaal where inburgeraar_id = ?::uuid and soort = 'PIP_VASTSTELLEN' order by status")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("BINNENKORT", "VERLOPEN");

        WebSessie sessie = WebSessie.login(baseUrl(), "consulent");
        String pagina = sessie.get("/signalen").body();
        assertThat(pagina).contains(id);
        assertThat(sessie.get("/signalen/aantal").body()).contains("nieuw");
        String signaal = jdbc.sql(
                        "select id::text from signaal where inburgeraar_id = ?::uuid and status = 'VERLOPEN' and soort = 'PIP_VASTSTELLEN'")
                .param(id)
                .query(String.class)
                .single();
        assertThat(sessie.postMetCsrf("/signalen/" + signaal + "/gezien", Map.of(), "/signalen")
                        .statusCode())
                .isEqualTo(302);
        assertThat(sessie.postMetCsrf("/signalen/" + signaal + "/gezien", Map.of(), "/signalen")
                        .statusCode())
                .as("acknowledged once")
                .isEqualTo(404);
        assertThat(WebSessie.login(baseUrl(), "l.smit").get("/signalen").body()).doesNotContain(id);
    }

    @Test
    void deDagelijkseTaakStaatInDeDatabaseZodatEenClusterHemEenmaalUitvoert() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = ?")
                        .param(DagelijkseTermijnen.TAAK)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void deTeamleiderZietDeTellingenEnWijstDossiersInBulkToe() {
        String a = registreerStatushouder("consulent");
        String b = registreerStatushouder("consulent");
        WebSessie teamleider = WebSessie.login(baseUrl(), "teamleider");
        String team = teamleider.get("/werkvoorraad/team?consulent=consulent").body();
        assertThat(team).contains("Per consulent", "Sanne de Vries", a);
        var antwoord = teamleider.postMetCsrf(
                "/werkvoorraad/team/toewijzen?dossier=" + a + "&dossier=" + b,
                Map.of("consulent", "l.smit"),
                "/werkvoorraad/team");
        assertThat(antwoord.statusCode()).isEqualTo(302);
        Api consulent = api("consulent");
        assertThat(consulent
                        .get("/api/v1/inburgeraars/" + a)
                        .json()
                        .get("consulent")
                        .asString())
                .isEqualTo("l.smit");
        assertThat(consulent
                        .get("/api/v1/inburgeraars/" + b + "/journaal")
                        .json()
                        .get(0)
                        .get("nieuweWaarde")
                        .asString())
                .isEqualTo("l.smit");
        assertThat(van(werkvoorraad(consulent, "&consulent=l.smit"), a)).isNotEmpty();
        assertThat(van(werkvoorraad(consulent, "&consulent=consulent"), a)).isEmpty();
        assertThat(WebSessie.login(baseUrl(), "consulent")
                        .get("/werkvoorraad/team")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void mijnWerkvoorraadEnDeTijdlijnTonenDeTermijnen() {
        // Registered before the PIP's last day (the read model is as of the day it was written, T-15).
        // A consultant of their own: the demo consultant's worklist holds the demo caseload's deadlines, and a page of
        // 100 need not reach this one (its order is by date, and the demo's overdue ones come first).
        demoAccounts.zorgVoorConsulenten(DemoAccounts.HAARLEM, Map.of("w.tijdlijn", "Wies Tijdlijn"));
        clock.zet(LocalDate.of(2026, 1, 20));
        Map<String, Object> body = statushouder();
        body.put("consulent", "w.tijdlijn");
        String id = registreer("consulent", body);
        clock.zet(LocalDate.of(2026, 3, 30));
        WebSessie sessie = WebSessie.login(baseUrl(), "w.tijdlijn");
        String werkvoorraad = sessie.get("/werkvoorraad").body();
        assertThat(werkvoorraad)
                .contains(
                        "Verlopen",
                        "PIP uiterlijk 26-03-2026",
                        "/inburgeraars/" + id + "/pip\"",
                        "/inburgeraars/" + id + "/intake\"")
                .doesNotContain("/inburgeraars/" + id + "/bewerken");
        String tijdlijn = sessie.get("/inburgeraars/" + id + "/termijnen").body();
        assertThat(tijdlijn).contains("Termijnen en tijdlijn", "Vandaag 30-03-2026", "(regel T-1)", "Gehaald");
    }

    @Test
    void mijnWerkvoorraadToontHonderdTermijnenPerPaginaMetDeAantallenPerGroep() {
        demoAccounts.zorgVoorConsulenten(DemoAccounts.HAARLEM, Map.of("w.pagina", "Wim Pagina"));
        Api api = api("consulent");
        // Two running deadlines each on the day below (inburgeringstermijn and PIP): more than one page of 100.
        for (int i = 0; i < 60; i++) {
            Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
            body.put("consulent", "w.pagina");
            body.put(
                    "datumHuisvesting",
                    LocalDate.of(2026, 1, 1).plusDays(i % 40).toString());
            assertThat(api.post("/api/v1/inburgeraars", body).status()).isEqualTo(201);
        }
        LocalDate vandaag = LocalDate.of(2026, 3, 30);
        clock.zet(vandaag);
        int totaal = jdbc.sql("""
                select count(*) from termijn where consulent = 'w.pagina' and afsluiting is null
                  and uiterlijke_datum is not null and (not venster or uiterlijke_datum >= ?)""").param(vandaag).query(Integer.class).single();
        assertThat(totaal).isBetween(101, 200);

        WebSessie sessie = WebSessie.login(baseUrl(), "w.pagina");
        String eerste = sessie.get("/werkvoorraad").body();
        assertThat(rijen(eerste)).isEqualTo(100);
        // The headings count every running deadline of the group, not only those on this page.
        Matcher koppen =
                Pattern.compile("<h2 id=\"groep-\\w+\">[^<(]+\\((\\d+)\\)</h2>").matcher(eerste);
        int geteld = 0;
        while (koppen.find()) {
            geteld += Integer.parseInt(koppen.group(1));
        }
        assertThat(geteld).isEqualTo(totaal);
        // Every person on the page counts as read, and only those.
        List<String> opPagina = Pattern.compile("<td><a href=\"/inburgeraars/([0-9a-f-]{36})\"")
                .matcher(eerste)
                .results()
                .map(m -> m.group(1))
                .distinct()
                .toList();
        assertThat(jdbc.sql("select count(*) from audit_log where username = 'w.pagina' and detail = 'werkvoorraad'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(opPagina.size());

        Matcher volgende =
                Pattern.compile("href=\"(/werkvoorraad\\?volgende=[^\"]+)\"").matcher(eerste);
        assertThat(volgende.find()).as("link to the next page").isTrue();
        String tweede = sessie.get(volgende.group(1).replace("&amp;", "&")).body();
        assertThat(rijen(tweede)).isEqualTo(totaal - 100);
        assertThat(tweede).contains("Eerste pagina").doesNotContain("?volgende=");
        // The first page's groups that have no rows left say where their rows are.
        assertThat(tweede).contains("Deze termijnen staan op een vorige pagina.");
        // A cursor the page never handed out shows the first page, never an error.
        assertThat(rijen(sessie.get("/werkvoorraad?volgende=2026-02-31~onzin~X").body()))
                .isEqualTo(100);
    }

    private static int rijen(String html) {
        return (int) Pattern.compile("<td class=\"geen-afbreking\">")
                .matcher(html)
                .results()
                .count();
    }
}
