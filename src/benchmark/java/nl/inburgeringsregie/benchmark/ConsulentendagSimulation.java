package nl.inburgeringsregie.benchmark;

import nl.inburgeringsregie.inburgeraar.Bsn;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.function.Supplier;

/**
 * Issue 7's workload against a running application over HTTP: a team inburgering's day. Run with
 * {@code ./mvnw -P benchmark gatling:test} (options: docs/performance.md, "Benchmarks (issue 7)"). Eight scenarios:
 *
 * <ul>
 *   <li>{@code consulent}: signs in through the form login, then round after round opens the worklist, a dossier from
 *   it (the page and the deadline fragment the page loads with htmx), that dossier's timeline, searches by a name
 *   prefix taken from the worklist, opens a dossier from the results, and saves an intake draft (the autosave) of a
 *   dossier in the brede intake phase;</li>
 *   <li>{@code pip}: registers an inburgeraar, records the route decision in the intake and makes the PIP concept,
 *   then opens the concept and vaststellen it, all in the web UI;</li>
 *   <li>{@code registratie}: registers inburgeraars at the desk (the registration form);</li>
 *   <li>{@code teamleider}: the team lead's team overview, unfiltered and filtered by kind of deadline;</li>
 *   <li>{@code duo}: a burst of DUO notifications (SS101, a new duty) on POST /duo/v1/notificaties;</li>
 *   <li>{@code api}: registrations through the REST API with HTTP Basic (not in the default mix: every request checks
 *   the password hash, see docs/performance.md);</li>
 *   <li>{@code aanbieder}: a provider's participant list (page and API) and the week's attendance as CSV (issue 15);</li>
 *   <li>{@code uren}: a consultant opens the placements and hours of a dossier in the inburgering phase, and its
 *   totals over the API (issue 15). Neither is in the default mix;</li>
 *   <li>{@code budgetcoach}: the budgetcoach's worklist and the payment batches over the API (issue 17);</li>
 *   <li>{@code begeleider}: the begeleider's worklist and a person's begeleiding from it over the API (issue 17);</li>
 *   <li>{@code betaalbatch}: one budgetcoach makes the payment batch of a gemeente for {@code -Dbatches} months that
 *   have none yet, one after the other, each the first make of its month (issue 17: 5,000 persons within 5 s).</li>
 * </ul>
 *
 * The interactive users (all but {@code duo}) are split by {@code -Dmix}, ramp up over {@code -DrampUp} and each work for
 * {@code -Dduration} seconds with think times around {@code -DthinkTime}; the DUO burst is an open injection of
 * {@code -DduoNotifications} at {@code -DduoRate} per second. Every request checks its status (and where a page
 * answers 200 on failure, its content), so an error is a failed request; the run fails on any failed request and on
 * the global p95/p99 ({@code -Dp95}, {@code -Dp99}, ms). Dossiers are never hard-coded: they come from the signed-in
 * user's own worklist, caseload and search results, or are registered by the run itself.
 */
public class ConsulentendagSimulation extends Simulation {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern BEREIK = Pattern.compile("(.*)\\{(\\d+)\\.\\.(\\d+)}(.*)");

    // Settings (-D...), documented in docs/performance.md.
    private final String baseUrl = System.getProperty("baseUrl", "http://localhost:8080");
    private final int users = Integer.getInteger("users", 10);
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("duration", 60));
    private final Duration rampUp = Duration.ofSeconds(Integer.getInteger("rampUp", 10));
    private final Duration thinkTime = Duration.ofMillis(Integer.getInteger("thinkTime", 2000));
    private final String password = System.getProperty("password", "demo");
    private final List<String> consulenten = accounts(System.getProperty("consultants",
            "consulent,l.smit,m.bouzid,consulent.velsen,e.dekker"));
    private final List<String> teamleiders = accounts(System.getProperty("teamLeads", "teamleider"));
    private final List<String> aanbieders = accounts(System.getProperty("providers", "aanbieder"));
    private final int urenPerWeek = Integer.getInteger("hoursPerWeek", 10);
    /** -DproviderUpload=false: the provider's scenario reads its lists only (the upload's work runs on after it). */
    private final boolean aanbiederUpload = Boolean.parseBoolean(System.getProperty("providerUpload", "true"));
    private final List<String> budgetcoaches = accounts(System.getProperty("budgetcoaches", "budgetcoach"));
    private final List<String> begeleiders = accounts(System.getProperty("begeleiders", "begeleider"));
    private final int batches = Integer.getInteger("batches", 0);
    private final String batchGemeente = System.getProperty("batchGemeente", "5000");
    private final int batchPersonen = Integer.getInteger("batchPersons", 5000);
    private final int batchMaxMs = Integer.getInteger("batchMaxMs", 5000);
    private final Map<String, Integer> mix = mix(System.getProperty("mix", "consulent:70,pip:10,registratie:10,teamleider:10"));
    private final int duoNotificaties = Integer.getInteger("duoNotifications", 100);
    private final int duoPerSeconde = Math.max(1, Integer.getInteger("duoRate", 10));
    private final Duration duoStart = Duration.ofSeconds(Integer.getInteger("duoStart", (int) rampUp.toSeconds()));
    private final String duoGebruiker = System.getProperty("duoUser", "duo");
    private final String duoWachtwoord = System.getProperty("duoPassword", "demo");
    private final String duoBron = System.getProperty("duoBron", "00000001003214345000");
    private final String duoDoel = System.getProperty("duoDoel", "00000001001608650000");
    private final String duoKeystore = System.getProperty("duoKeystore");
    private final int duoVerbindingen = Integer.getInteger("duoConnections", 16);
    /** With -DtokenKey (a PKCS#8 PEM private key) API requests carry bearer tokens instead of HTTP Basic (Tokens). */
    private final Tokens tokens = System.getProperty("tokenKey") == null ? null
            : new Tokens(Path.of(System.getProperty("tokenKey")),
                    System.getProperty("tokenAudience", "inburgeringsregie-api"));
    private final int p95 = Integer.getInteger("p95", 50);
    private final int p99 = Integer.getInteger("p99", 100);

    private final Map<String, Integer> aantallen = verdeel(users, mix);

    private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
            .disableFollowRedirect()
            .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("nl-NL,nl;q=0.9")
            .userAgentHeader("inburgeringsregie-benchmark (Gatling)");

    // ---- shared steps -----------------------------------------------------------------------------------------

    /** A pause around the think time (uniform between half and one and a half of it); none when it is 0. */
    private ChainBuilder denk() {
        return thinkTime.isZero() ? exec(session -> session)
                : pause(thinkTime.dividedBy(2), thinkTime.plus(thinkTime.dividedBy(2)));
    }

    /** An API request signed in as the session's account: its bearer token with -DtokenKey, else HTTP Basic. */
    private HttpRequestActionBuilder api(HttpRequestActionBuilder verzoek) {
        return tokens == null ? verzoek.basicAuth("#{gebruiker}", password)
                : verzoek.header("Authorization", session -> "Bearer " + tokens.voor(session.getString("gebruiker")));
    }

    /** Form login with the CSRF token of the login page; fails unless it redirects away from the login page. */
    private ChainBuilder login() {
        return exec(http("login: pagina").get("/login")
                .check(status().is(200), regex(CSRF.pattern()).saveAs("csrf")))
                .exec(http("login: inloggen").post("/login")
                        .formParam("username", "#{gebruiker}")
                        .formParam("password", password)
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(302), header("Location").transform(l -> !l.contains("/login")).is(true)));
    }

    /** The gemeente of the signed-in user, from their own dossiers through the API (for registrations). */
    private ChainBuilder gemeente() {
        return exec(api(http("api: eigen dossiers").get("/api/v1/inburgeraars")
                .queryParam("consulent", "#{gebruiker}").queryParam("paginagrootte", "1"))
                .check(status().is(200), jsonPath("$.inburgeraars[0].gemeentecode").saveAs("gemeentecode")));
    }

    /**
     * Registration at the desk, as a consultant does it: the form (its CSRF token and the user's gemeente, the first
     * option), then the post, which redirects to the new dossier.
     */
    private static ChainBuilder registreerInFormulier(String naam) {
        return exec(http(naam + ": formulier").get("/inburgeraars/nieuw")
                .check(status().is(200), regex(CSRF.pattern()).saveAs("csrf"),
                        regex("<option value=\"(\\d{4})\"").saveAs("gemeentecode")))
                .exec(session -> session.set("bsn", NieuweBsn.volgende()))
                .exec(http(naam).post("/inburgeraars")
                        .formParamMap(ConsulentendagSimulation::registratieFormulier)
                        // Refused input answers the form again with 200; registered redirects to the dossier.
                        .check(status().is(302), header("Location").transform(l -> l.replaceAll(".*/", ""))
                                .saveAs("nieuwDossier")));
    }

    private ChainBuilder registreer(String naam) {
        return exec(session -> session.set("bsn", NieuweBsn.volgende()))
                .exec(api(http(naam).post("/api/v1/inburgeraars"))
                        .body(StringBody(ConsulentendagSimulation::inburgeraar)).asJson()
                        .check(status().is(201), header("Location").saveAs("nieuwDossier")));
    }

    // ---- scenarios --------------------------------------------------------------------------------------------

    private ScenarioBuilder consulent() {
        return scenario("consulent")
                .feed(new Accounts(consulenten, aantallen.get("consulent")))
                .exec(login())
                // The consultant's own dossiers: the worklist (names for searches) and the intake-phase caseload.
                .exec(http("werkvoorraad").get("/werkvoorraad")
                        .check(status().is(200), regex("href=\"/inburgeraars/(" + UUID + "\">[^<]+)<").findAll().saveAs("rijen")))
                .exec(http("caseload: fase brede intake").get("/inburgeraars")
                        .queryParam("consulent", "#{gebruiker}").queryParam("fase", "BREDE_INTAKE")
                        .check(status().is(200), regex("href=\"/inburgeraars/(" + UUID + ")\"").findAll().optional().saveAs("intakeIds")))
                .exec(ConsulentendagSimulation::kiesDossiers)
                .during(duration).on(
                        denk(),
                        exec(http("werkvoorraad").get("/werkvoorraad").check(status().is(200))),
                        exec(session -> session.set("dossier", willekeurig(session.getList("dossiers")))
                                .set("prefix", willekeurig(session.getList("prefixen")))),
                        denk(),
                        exec(dossier("#{dossier}")),
                        denk(),
                        exec(http("tijdlijn").get("/inburgeraars/#{dossier}/termijnen")
                                .check(status().is(200), substring("<html"))),
                        denk(),
                        exec(http("zoeken op naam").get("/inburgeraars").queryParam("zoek", "#{prefix}")
                                .check(status().is(200), regex("href=\"/inburgeraars/(" + UUID + ")\"").findRandom().saveAs("gevonden"))),
                        denk(),
                        exec(dossier("#{gevonden}")),
                        doIf(session -> !session.getList("mijnIntakes").isEmpty()).then(
                                exec(session -> volgendeIntake(session)),
                                denk(),
                                exec(http("intake: pagina").get("/inburgeraars/#{intake}/intake")
                                        .check(status().is(200), regex(CSRF.pattern()).saveAs("csrf"),
                                                regex("id=\"versie\" name=\"versie\" value=\"(\\d*)\"").saveAs("versie"))),
                                denk(),
                                exec(http("intake: concept bewaren").post("/inburgeraars/#{intake}/intake/concept")
                                        .header("HX-Request", "true")
                                        .formParamMap(ConsulentendagSimulation::intakeConcept)
                                        .check(status().is(200), substring("Concept bewaard om")))));
    }

    /** The dossier page, with the deadlines fragment it loads through htmx as soon as it is shown. */
    private static ChainBuilder dossier(String id) {
        return exec(http("dossier").get("/inburgeraars/" + id)
                .check(status().is(200), substring("id=\"termijnen\""))
                .resources(http("dossier: termijnen (htmx)").get("/inburgeraars/" + id + "/termijnen")
                        .header("HX-Request", "true").check(status().is(200))));
    }

    private ScenarioBuilder pip() {
        String vandaag = LocalDate.now(AMSTERDAM).toString();
        return scenario("pip")
                .feed(new Accounts(consulenten, aantallen.get("pip")))
                .exec(login())
                .during(duration).on(
                        // A new dossier, its route decision in the intake and a PIP concept, all in the web UI.
                        exec(registreerInFormulier("pip: registreren")),
                        exec(http("pip: intake").get("/inburgeraars/#{nieuwDossier}/intake")
                                .check(status().is(200), regex(CSRF.pattern()).saveAs("csrf"),
                                        regex("id=\"versie\" name=\"versie\" value=\"(\\d*)\"").saveAs("versie"))),
                        exec(http("pip: routebesluit").post("/inburgeraars/#{nieuwDossier}/intake")
                                .formParamMap(session -> routebesluit(session))
                                .check(status().is(302))),
                        exec(http("pip: concept maken").post("/inburgeraars/#{nieuwDossier}/pip")
                                .formParam("_csrf", "#{csrf}")
                                .check(status().is(302), header("Location").transform(l -> l.replaceAll(".*/", ""))
                                        .saveAs("pip"))),
                        denk(),
                        exec(http("pip: concept openen").get("/pips/#{pip}")
                                .check(status().is(200), regex(CSRF.pattern()).saveAs("csrf"))),
                        denk(),
                        exec(http("pip: vaststellen").post("/pips/#{pip}/vaststelling")
                                .formParam("dagtekeningPip", vandaag)
                                .formParam("_csrf", "#{csrf}")
                                // Refused (a rule, a conflict) answers the page again with 200; done redirects.
                                .check(status().is(302), header("Location").saveAs("vastgesteld"))),
                        exec(http("pip: vastgesteld").get("#{vastgesteld}")
                                .check(status().is(200), substring("Het PIP is vastgesteld"))));
    }

    private ScenarioBuilder registratie() {
        return scenario("registratie")
                .feed(new Accounts(consulenten, aantallen.get("registratie")))
                .exec(login())
                .during(duration).on(denk(), registreerInFormulier("registreren"));
    }

    /** Registrations through the API with HTTP Basic, as a desk system or an import does (not in the default mix). */
    private ScenarioBuilder api() {
        return scenario("api")
                .feed(new Accounts(consulenten, aantallen.get("api")))
                .exec(gemeente())
                .during(duration).on(denk(), registreer("registreren (api)"));
    }

    private ScenarioBuilder teamleider() {
        return scenario("teamleider")
                .feed(new Accounts(teamleiders, aantallen.get("teamleider")))
                .exec(login())
                .during(duration).on(
                        denk(),
                        exec(http("team").get("/werkvoorraad/team").check(status().is(200))),
                        denk(),
                        exec(http("team: gefilterd").get("/werkvoorraad/team").queryParam("soort", "PIP_VASTSTELLEN")
                                .check(status().is(200))));
    }

    /**
     * A provider's day (issue 15): its participant list on "Mijn deelnemers" (first page, then its section "Te melden"
     * as htmx loads it) and over the API, and the
     * week's attendance of all its started participants as one CSV over the API, filled in from the page's template
     * (the first upload of the week stores, the next ones correct). Users sharing an account upload the same rows.
     */
    private ScenarioBuilder aanbieder() {
        return scenario("aanbieder")
                .feed(new Accounts(aanbieders, aantallen.get("aanbieder")))
                .exec(login())
                .exec(http("aanbieder: sjabloon presentie").get("/mijn-deelnemers/presentie.csv")
                        .check(status().is(200), bodyString().saveAs("sjabloon")))
                .exec(session -> session.set("presentiebestand", presentiebestand(session.getString("sjabloon")))
                        .remove("sjabloon"))
                .during(duration).on(
                        denk(),
                        exec(http("aanbieder: mijn deelnemers").get("/mijn-deelnemers")
                                .check(status().is(200), substring("/deelnemers/"))),
                        // The page's section "Te melden", which htmx loads after it.
                        exec(http("aanbieder: te melden (htmx)").get("/mijn-deelnemers/te-melden")
                                .header("HX-Request", "true")
                                .check(status().is(200), substring("id=\"te-melden\""))),
                        denk(),
                        exec(api(http("aanbieder: deelnemers (api)").get("/api/v1/deelnemers"))
                                .check(status().is(200), jsonPath("$[0].plaatsingId").exists())),
                        doIf(session -> aanbiederUpload).then(
                                denk(),
                                exec(api(http("aanbieder: presentie week (csv, api)").post("/api/v1/deelnemers/presentie"))
                                        .header("Content-Type", "text/csv")
                                        .body(StringBody("#{presentiebestand}"))
                                        .check(status().is(200), jsonPath("$.rijen[0].resultaat").exists()))));
    }

    /**
     * The consultant's view of hours (issue 15): a dossier in the inburgering phase from the user's own caseload, its
     * placements page with the hours ledger's totals, and the totals over the API.
     */
    private ScenarioBuilder uren() {
        return scenario("uren")
                .feed(new Accounts(consulenten, aantallen.get("uren")))
                .exec(login())
                .exec(http("caseload: fase inburgering").get("/inburgeraars")
                        .queryParam("consulent", "#{gebruiker}").queryParam("fase", "INBURGERING")
                        .check(status().is(200), regex("href=\"/inburgeraars/(" + UUID + ")\"").findAll().saveAs("inburgerend")))
                .during(duration).on(
                        exec(session -> session.set("dossier", willekeurig(session.getList("inburgerend")))),
                        denk(),
                        exec(http("uren: plaatsingen en uren").get("/inburgeraars/#{dossier}/plaatsingen")
                                .check(status().is(200))),
                        denk(),
                        exec(api(http("uren: totalen (api)").get("/api/v1/inburgeraars/#{dossier}/uren"))
                                .check(status().is(200), jsonPath("$.totalen[0].soort").exists())));
    }

    /**
     * The consultant's view of the route (issue 16): "Termijn eindigt binnen 6 maanden" (the deadlines ROUTE_AFRONDEN of
     * the user's own persons whose termijn ends within six months, with what is missing) and the route status of a
     * dossier in the inburgering phase from the user's own caseload over the API, and that dossier's page "Route en
     * voortgang" (route status, modules, timeline, conversations).
     */
    private ScenarioBuilder route() {
        return scenario("route")
                .feed(new Accounts(consulenten, aantallen.get("route")))
                .exec(login())
                .exec(http("caseload: fase inburgering").get("/inburgeraars")
                        .queryParam("consulent", "#{gebruiker}").queryParam("fase", "INBURGERING")
                        .check(status().is(200), regex("href=\"/inburgeraars/(" + UUID + ")\"").findAll().saveAs("inburgerend")))
                .during(duration).on(
                        denk(),
                        exec(http("route: termijn eindigt binnen 6 maanden").get("/voortgang/termijn-eindigt")
                                .check(status().is(200))),
                        exec(session -> session.set("dossier", willekeurig(session.getList("inburgerend")))),
                        denk(),
                        exec(api(http("route: routestatus (api)").get("/api/v1/inburgeraars/#{dossier}/routestatus"))
                                .check(status().is(200), jsonPath("$.eisen").exists())),
                        denk(),
                        exec(http("route: pagina route en voortgang").get("/inburgeraars/#{dossier}/voortgang")
                                .check(status().is(200), substring("id=\"route-kop\""))));
    }

    /**
     * The budgetcoach's day (issue 17): the worklist of the user's gemeenten (persons without an ontzorging or an
     * authorisation, periods ending, refused payments) and the gemeenten's payment batches over the API.
     */
    private ScenarioBuilder budgetcoach() {
        return scenario("budgetcoach")
                .feed(new Accounts(budgetcoaches, aantallen.get("budgetcoach")))
                .exec(login())
                .during(duration).on(
                        denk(),
                        exec(http("budgetcoach: werklijst").get("/ontzorging")
                                .check(status().is(200), substring("/ontzorging\""))),
                        denk(),
                        exec(api(http("budgetcoach: betaalbatches (api)").get("/api/v1/betaalbatches"))
                                .check(status().is(200), jsonPath("$").exists())));
    }

    /**
     * The begeleider's day (issue 17): the worklist of the organisation's running begeleidingen, and the begeleiding
     * of a person from it over the API.
     */
    private ScenarioBuilder begeleider() {
        return scenario("begeleider")
                .feed(new Accounts(begeleiders, aantallen.get("begeleider")))
                .exec(login())
                .exec(http("begeleider: werklijst").get("/begeleiding")
                        .check(status().is(200), regex("href=\"/inburgeraars/(" + UUID + ")/begeleiding\"").findAll()
                                .saveAs("begeleid")))
                .during(duration).on(
                        denk(),
                        exec(http("begeleider: werklijst").get("/begeleiding").check(status().is(200))),
                        exec(session -> session.set("persoon", willekeurig(session.getList("begeleid")))),
                        denk(),
                        exec(api(http("begeleider: begeleiding (api)").get("/api/v1/inburgeraars/#{persoon}/begeleiding"))
                                .check(status().is(200), jsonPath("$.partnerorganisatie").exists())));
    }

    /**
     * The month's payment batch of a gemeente (issue 17, O-1), made fresh: the months without a batch of that gemeente
     * yet, from this month back (the gemeente's batches over the API first), {@code -Dbatches} of them one after the
     * other, each its first make (a second make of a month only adds what is missing, so it would not measure the
     * work). Each must hold at least {@code -DbatchPersons} persons. Every run uses up months: a dataset offers as
     * many as its ontzorgingen cover (docs/performance.md).
     */
    private ScenarioBuilder betaalbatch() {
        String coach = budgetcoaches.getFirst();
        return scenario("betaalbatch")
                .exec(http("betaalbatch: bestaande (api)").get("/api/v1/betaalbatches")
                        .basicAuth(coach, password)
                        .check(status().is(200), jsonPath("$[?(@.gemeentecode == '" + batchGemeente + "')].maand")
                                .findAll().optional().saveAs("bestaand")))
                .exec(session -> session.set("maanden", vrijeMaanden(
                        session.contains("bestaand") ? session.getList("bestaand") : List.of(), batches)))
                .repeat(batches, "n").on(
                        exec(session -> session.set("maand", session.<String>getList("maanden").get(session.getInt("n")))),
                        exec(http("betaalbatch: maken (api)").post("/api/v1/betaalbatches")
                                .basicAuth(coach, password)
                                .body(StringBody("{\"gemeentecode\":\"" + batchGemeente + "\",\"maand\":\"#{maand}\"}"))
                                .asJson()
                                .check(status().is(200), jsonPath("$.status").is("AANGEMAAKT"),
                                        jsonPath("$.betalingen[*].inburgeraarId").findAll()
                                                .transform(ids -> new LinkedHashSet<>(ids).size())
                                                .gte(batchPersonen).saveAs("personen")))
                        .exec(session -> {
                            System.out.printf("Payment batch %s %s: %d persons%n", batchGemeente,
                                    session.getString("maand"), session.getInt("personen"));
                            return session;
                        }));
    }

    private ScenarioBuilder duo() {
        DateTimeFormatter tijd = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
        var notificatie = http("duo: notificatie").post("/duo/v1/notificaties");
        // With -DduoKeystore DUO signs in with its client certificate (mutual TLS, as in production; gatling.conf puts
        // it on every connection), not with HTTP Basic.
        if (duoKeystore == null) {
            notificatie = notificatie.basicAuth(duoGebruiker, duoWachtwoord);
        }
        return scenario("duo")
                .exec(notificatie
                        .header("bron", duoBron).header("doel", duoDoel).header("berichtId", "#{randomUuid()}")
                        .body(StringBody(session -> "{\"registratieDatumTijd\":\"" + OffsetDateTime.now(AMSTERDAM).format(tijd)
                                + "\",\"gebeurtenisId\":\"SS101\",\"bsn\":\"" + NieuweBsn.volgende() + "\"}"))
                        .asJson()
                        .check(status().is(201)));
    }

    {
        List<PopulationBuilder> populaties = new ArrayList<>();
        Map<String, Supplier<ScenarioBuilder>> scenarios = Map.of("consulent", this::consulent,
                "pip", this::pip, "registratie", this::registratie, "teamleider", this::teamleider, "api", this::api, "aanbieder", this::aanbieder, "uren", this::uren, "budgetcoach", this::budgetcoach, "begeleider", this::begeleider, "route", this::route);
        aantallen.forEach((naam, aantal) -> {
            if (aantal > 0) {
                populaties.add(scenarios.get(naam).get().injectOpen(rampUsers(aantal).during(rampUp)));
            }
        });
        if (batches > 0) {
            populaties.add(betaalbatch().injectOpen(atOnceUsers(1)));
        }
        if (duoNotificaties > 0) {
            // DUO is one client system with a pool of keep-alive connections: its notifications share at most
            // -DduoConnections connections (one TLS handshake per connection, not per notification; without a bound a
            // burst opens thousands of connections, which is not how a client system behaves).
            HttpProtocolBuilder duoProtocol = http.baseUrl(baseUrl).disableFollowRedirect().shareConnections()
                    .maxConnectionsPerHost(duoVerbindingen).userAgentHeader("inburgeringsregie-benchmark (Gatling, DUO)");
            populaties.add(duo().injectOpen(nothingFor(duoStart),
                    rampUsers(duoNotificaties).during(Duration.ofMillis(1000L * duoNotificaties / duoPerSeconde)))
                    .protocols(duoProtocol));
        }
        System.out.printf("Benchmark against %s: users %s, %d s ramp-up, %d s each, think time %d ms; DUO burst %d at %d/s "
                        + "from %d s; assertions: no failed request, p95 <= %d ms, p99 <= %d ms%n", baseUrl, aantallen,
                rampUp.toSeconds(), duration.toSeconds(), thinkTime.toMillis(), duoNotificaties, duoPerSeconde,
                duoStart.toSeconds(), p95, p99);
        List<Assertion> assertions = new ArrayList<>(List.of(
                global().failedRequests().count().is(0L),
                global().responseTime().percentile(95.0).lte(p95),
                global().responseTime().percentile(99.0).lte(p99)));
        if (batches > 0) {
            // Issue 17: every fresh batch made within 5 s (-DbatchMaxMs), whatever the global percentiles.
            assertions.add(details("betaalbatch: maken (api)").responseTime().max().lte(batchMaxMs));
        }
        setUp(populaties)
                .protocols(protocol)
                // Bounded: every user stops on its own after ramp-up + duration; this is the hard stop.
                .maxDuration(rampUp.plus(duration).plus(Duration.ofSeconds(60 + 60L * batches))
                        .plus(Duration.ofSeconds(duoStart.toSeconds() + duoNotificaties / duoPerSeconde)))
                .assertions(assertions);
    }

    // ---- session helpers --------------------------------------------------------------------------------------

    /**
     * From the worklist rows ("id">Achternaam, Voornamen): the distinct dossiers and name prefixes to search by; from the
     * intake-phase caseload: this user's share (users signed in with the same account take turns, so that two of them
     * never save the same intake at once).
     */
    private static Session kiesDossiers(Session session) {
        Set<String> dossiers = new LinkedHashSet<>();
        Set<String> prefixen = new LinkedHashSet<>();
        for (String rij : session.<String>getList("rijen")) {
            String[] delen = rij.split("\">", 2);
            dossiers.add(delen[0]);
            String achternaam = delen[1].split(",")[0].strip();
            if (achternaam.length() >= 3 && achternaam.substring(0, 3).chars().allMatch(Character::isLetter)) {
                prefixen.add(achternaam.substring(0, 3).toLowerCase());
            }
        }
        if (dossiers.isEmpty() || prefixen.isEmpty()) {
            throw new IllegalStateException("Empty worklist for " + session.getString("gebruiker"));
        }
        List<String> intakes = session.contains("intakeIds") ? session.<String>getList("intakeIds") : List.of();
        int beurt = session.getInt("beurt");
        int beurten = session.getInt("beurten");
        List<String> mijnIntakes = new ArrayList<>();
        for (String id : new LinkedHashSet<>(intakes)) {
            if (Math.floorMod(id.hashCode(), beurten) == beurt) {
                mijnIntakes.add(id);
            }
        }
        return session.set("dossiers", List.copyOf(dossiers)).set("prefixen", List.copyOf(prefixen))
                .set("mijnIntakes", mijnIntakes).set("intakeNummer", 0).remove("rijen").remove("intakeIds");
    }

    /**
     * The upload template filled in: every started participant present {@code hoursPerWeek} hours this week (the
     * template's line is {@code plaatsingId;"naam";week;;0;}).
     */
    private String presentiebestand(String sjabloon) {
        StringBuilder csv = new StringBuilder();
        for (String regel : sjabloon.split("\n")) {
            csv.append(regel.endsWith(";;0;") ? regel.substring(0, regel.length() - 4) + ";" + urenPerWeek + ";0;" : regel)
                    .append('\n');
        }
        return csv.toString();
    }

    /**
     * {@code aantal} months without a batch yet ({@code bestaand}: the gemeente's months, {@code yyyy-MM}), from this
     * month back.
     */
    static List<String> vrijeMaanden(List<String> bestaand, int aantal) {
        List<String> vrij = new ArrayList<>();
        for (YearMonth maand = YearMonth.now(AMSTERDAM); vrij.size() < aantal; maand = maand.minusMonths(1)) {
            if (!bestaand.contains(maand.toString())) {
                vrij.add(maand.toString());
            }
        }
        return vrij;
    }

    private static Session volgendeIntake(Session session) {
        List<String> intakes = session.getList("mijnIntakes");
        int nummer = session.getInt("intakeNummer");
        return session.set("intake", intakes.get(nummer % intakes.size())).set("intakeNummer", nummer + 1);
    }

    private static <T> T willekeurig(List<T> lijst) {
        return lijst.get(ThreadLocalRandom.current().nextInt(lijst.size()));
    }

    /** What the intake form's autosave posts: the version, the CSRF token and a draft of the conversation. */
    private static Map<String, Object> intakeConcept(Session session) {
        Map<String, Object> velden = new LinkedHashMap<>();
        velden.put("_csrf", session.getString("csrf"));
        velden.put("versie", session.getString("versie"));
        velden.put("afspraken[0].tijdstip", "");
        velden.put("afspraken[0].plaats", "");
        velden.put("afspraken[0].tolkWijze", "GEEN");
        velden.put("afspraken[0].tolkTaal", "");
        velden.put("afspraken[0].opkomst", "GEPLAND");
        velden.put("taal.lezen", "A1");
        velden.put("taal.luisteren", "A2");
        velden.put("taal.schrijven", "A1");
        velden.put("taal.spreken", "A2");
        velden.put("alfabetisering", "LATIJNS_GEALFABETISEERD");
        velden.put("vooropleiding", "MBO");
        velden.put("wilStuderen", "false");
        velden.put("vve", "false");
        velden.put("leefgebieden[OPLEIDING].situatie", "Mbo-diploma in het land van herkomst (benchmark "
                + OffsetDateTime.now(AMSTERDAM).toLocalTime() + ")");
        velden.put("leefgebieden[WERKERVARING].situatie", "Vijf jaar monteur bij een garage");
        velden.put("leefgebieden[MOTIVATIE].situatie", "Wil snel aan het werk");
        velden.put("leefgebieden[MOTIVATIE].score", "4");
        velden.put("besluit.leerroute", "");
        velden.put("besluit.indicator", "");
        velden.put("besluit.uren", "");
        velden.put("besluit.reden", "");
        return velden;
    }

    /** The registration form as a consultant fills it in: the same person as {@link #inburgeraar}. */
    private static Map<String, Object> registratieFormulier(Session session) {
        LocalDate vandaag = LocalDate.now(AMSTERDAM);
        Map<String, Object> velden = new LinkedHashMap<>();
        velden.put("_csrf", session.getString("csrf"));
        velden.put("gemeentecode", session.getString("gemeentecode"));
        velden.put("bsn", session.getString("bsn"));
        velden.put("geslachtsnaam", "Haddad");
        velden.put("voornamen", "Rania");
        velden.put("geboortedatum", "1990-04-12");
        velden.put("geslacht", "V");
        velden.put("nationaliteiten", "SY");
        velden.put("landVanHerkomst", "SY");
        velden.put("talen", "ar");
        velden.put("tolkNodig", "true");
        velden.put("tolkTaal", "ar");
        velden.put("doelgroep", "ASIELSTATUSHOUDER");
        velden.put("gedetailleerdeDoelgroep", "ASIELSTATUSHOUDER");
        velden.put("wet", "WI2021");
        velden.put("datumKennisgeving", vandaag.minusWeeks(8).toString());
        velden.put("datumKoppeling", vandaag.minusWeeks(12).toString());
        velden.put("datumHuisvesting", vandaag.minusWeeks(7).toString());
        velden.put("consulent", session.getString("gebruiker"));
        return velden;
    }

    /** The intake form saved with a route decision (B1-route), as after the conversation. */
    private static Map<String, Object> routebesluit(Session session) {
        Map<String, Object> velden = intakeConcept(session);
        velden.put("besluit.leerroute", "B");
        velden.put("besluit.reden", "Besproken met de inburgeraar");
        return velden;
    }

    /** A registration body like the tests' (TestData): an asielstatushouder of the user's gemeente, housed 7 weeks ago. */
    private static String inburgeraar(Session session) {
        LocalDate vandaag = LocalDate.now(AMSTERDAM);
        return """
                {"gemeentecode":"%s","bsn":"%s","geslachtsnaam":"Haddad","voornamen":"Rania","geboortedatum":"1990-04-12",
                 "geslacht":"V","nationaliteiten":["SY"],"landVanHerkomst":"SY","talen":["ar"],"tolkNodig":true,"tolkTaal":"ar",
                 "doelgroep":"Asielstatushouder","gedetailleerdeDoelgroep":"Asielstatushouder","wet":"WI2021",
                 "datumKennisgeving":"%s","datumKoppeling":"%s","datumHuisvesting":"%s"}"""
                .formatted(session.getString("gemeentecode"), session.getString("bsn"), vandaag.minusWeeks(8),
                        vandaag.minusWeeks(12), vandaag.minusWeeks(7));
    }

    // ---- settings -----------------------------------------------------------------------------------------------

    /** Comma-separated account names; {@code c5000-{1..40}} stands for c5000-1 up to c5000-40. */
    static List<String> accounts(String lijst) {
        List<String> namen = new ArrayList<>();
        for (String deel : lijst.split(",")) {
            String naam = deel.strip();
            Matcher m = BEREIK.matcher(naam);
            if (m.matches()) {
                for (int i = Integer.parseInt(m.group(2)); i <= Integer.parseInt(m.group(3)); i++) {
                    namen.add(m.group(1) + i + m.group(4));
                }
            } else if (!naam.isEmpty()) {
                namen.add(naam);
            }
        }
        if (namen.isEmpty()) {
            throw new IllegalArgumentException("No accounts in '" + lijst + "'");
        }
        return List.copyOf(namen);
    }

    /** {@code consulent:70,pip:10,...}: the share of the interactive users per scenario. */
    static Map<String, Integer> mix(String mix) {
        Map<String, Integer> gewichten = new LinkedHashMap<>();
        for (String naam : List.of("consulent", "pip", "registratie", "teamleider", "api", "aanbieder", "uren",
                "budgetcoach", "begeleider", "route")) {
            gewichten.put(naam, 0);
        }
        for (String deel : mix.split(",")) {
            String[] paar = deel.strip().split(":");
            if (paar.length != 2 || !gewichten.containsKey(paar[0].strip())) {
                throw new IllegalArgumentException("-Dmix: expected name:weight with names " + gewichten.keySet() + ", got " + deel);
            }
            gewichten.put(paar[0].strip(), Integer.parseInt(paar[1].strip()));
        }
        return gewichten;
    }

    /**
     * The users per scenario: proportional to the weights (largest remainder), and at least one for every scenario with
     * a weight when there are enough users.
     */
    static Map<String, Integer> verdeel(int users, Map<String, Integer> gewichten) {
        int totaal = gewichten.values().stream().mapToInt(Integer::intValue).sum();
        long metGewicht = gewichten.values().stream().filter(g -> g > 0).count();
        Map<String, Integer> aantallen = new LinkedHashMap<>();
        Map<String, Double> rest = new LinkedHashMap<>();
        int verdeeld = 0;
        for (var e : gewichten.entrySet()) {
            double exact = totaal == 0 ? 0 : (double) users * e.getValue() / totaal;
            int aantal = (int) Math.floor(exact);
            if (aantal == 0 && e.getValue() > 0 && users >= metGewicht) {
                aantal = 1;
            }
            aantallen.put(e.getKey(), aantal);
            rest.put(e.getKey(), exact - Math.floor(exact));
            verdeeld += aantal;
        }
        List<String> opRest = new ArrayList<>(rest.keySet());
        opRest.sort((a, b) -> Double.compare(rest.get(b), rest.get(a)));
        for (int i = 0; verdeeld < users && i < opRest.size(); i++) {
            if (gewichten.get(opRest.get(i)) > 0) {
                aantallen.merge(opRest.get(i), 1, Integer::sum);
                verdeeld++;
            }
        }
        while (verdeeld > users) {
            String grootste = aantallen.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            aantallen.merge(grootste, -1, Integer::sum);
            verdeeld--;
        }
        return aantallen;
    }

    /**
     * The accounts users sign in with, in turn: user n gets account n mod A; users sharing an account know their turn
     * ({@code beurt}) among how many ({@code beurten}), to split that account's intake drafts between them.
     */
    static final class Accounts implements Iterator<Map<String, Object>> {

        private final List<String> namen;
        private final int gebruikers;
        private final AtomicInteger volgende = new AtomicInteger();

        Accounts(List<String> namen, int gebruikers) {
            this.namen = namen;
            this.gebruikers = Math.max(1, gebruikers);
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Map<String, Object> next() {
            int n = volgende.getAndIncrement();
            int account = n % namen.size();
            int beurten = gebruikers / namen.size() + (account < gebruikers % namen.size() ? 1 : 0);
            return Map.of("gebruiker", namen.get(account), "beurt", (n / namen.size()) % Math.max(1, beurten),
                    "beurten", Math.max(1, beurten));
        }
    }

    /** Fresh BSNs that pass the 11-proef, from 9xxxxxxxx (a range the demo and national generators never use). */
    static final class NieuweBsn {

        private static final AtomicInteger TELLER = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000_000));

        private NieuweBsn() {
        }

        static String volgende() {
            while (true) {
                var bsn = Bsn.aangevuld(
                        "9" + String.format("%07d", Math.floorMod(TELLER.incrementAndGet(), 10_000_000)));
                if (bsn.isPresent()) {
                    return bsn.get();
                }
            }
        }
    }
}

