package nl.inburgeringsregie.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.ProefTaak;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TweedeInstantie;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Issue 14 point 18: two application instances on one database, as behind a load balancer. The shared test context is
 * instance A; instance B starts in this JVM on its own port against the same PostgreSQL. A user's session made on A
 * holds on B (and ends on both when they log out on B); executions of scheduled tasks run once in the cluster; the same
 * DUO notification delivered to both is stored once and processed once, also when an instance delivers the event again
 * (Spring Modulith's outbox republishing at start-up); the daily deadline job runs once at B's start when it had not run
 * today (issue 21 point 12), though both instances look for due tasks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeerdereInstantiesTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private DuoSimulator duoA;

    @Autowired
    private List<RecurringTask<?>> terugkerend;

    private ConfigurableApplicationContext b;
    private long uitvoeringenVoorB;

    @BeforeAll
    void startInstantieB() {
        // The daily job "ran" yesterday: B's start (catch-up on, unlike the shared test context) runs it today, once.
        jdbc.sql("""
                insert into dagelijkse_taak (taak, laatste_dag) values ('termijnen-dagelijks', ?)
                on conflict (taak) do update set laatste_dag = excluded.laatste_dag""").param(LocalDate.now(clock).minusDays(1)).update();
        uitvoeringenVoorB = uitvoeringen();
        // B runs as the README's production section says, behind a named proxy (issue 14 point 10): here the test's
        // own client on the loopback address.
        b = TweedeInstantie.start(Map.of(
                "inburgeringsregie.termijnen.dagelijks.bij-start", "true",
                "server.forward-headers-strategy", "native",
                "server.tomcat.remoteip.internal-proxies", "127\\.0\\.0\\.1"));
    }

    @AfterAll
    void stopInstantieB() {
        if (b != null) {
            b.close();
        }
    }

    private String baseB() {
        return TweedeInstantie.baseUrl(b);
    }

    @Test
    void eenSessieVanInstantieAGeldtOpInstantieBEnEindigtOpBeide() {
        WebSessie opA = WebSessie.login(baseUrl(), "consulent");
        WebSessie opB = opA.via(baseB());
        assertThat(baseB()).isNotEqualTo(baseUrl());
        HttpResponse<String> lijst = opB.get("/inburgeraars");
        assertThat(lijst.statusCode()).as("signed in on B with A's session").isEqualTo(200);
        // A form of A's page posted to B (its CSRF token lives in the shared session): logging out on B.
        assertThat(opB.postMetCsrf("/logout", Map.of(), "/inburgeraars").statusCode())
                .isEqualTo(302);
        HttpResponse<String> daarna = opA.get("/inburgeraars");
        assertThat(daarna.statusCode()).as("logged out on A too").isEqualTo(302);
        assertThat(daarna.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void elkeGeplandeUitvoeringDraaitEenmaalInHetCluster() {
        OneTimeTask<Void> proef = Tasks.oneTime(ProefTaak.NAAM).execute((instantie, context) -> {});
        SchedulerClient client =
                SchedulerClient.Builder.create(dataSource, proef).build();
        String reeks = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(reeks + "-" + i);
            client.scheduleIfNotExists(proef.instance(reeks + "-" + i), Instant.now());
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> uitvoeringenVan(reeks).size() == ids.size());
        // Two more polling rounds of both instances: nothing runs twice.
        sleep(Duration.ofSeconds(5));
        List<ProefTaak.Uitvoering> uitgevoerd = uitvoeringenVan(reeks);
        assertThat(uitgevoerd).extracting(ProefTaak.Uitvoering::id).containsExactlyInAnyOrderElementsOf(ids);
        // Every recurring task (as both instances declare them) is one schedule for the whole cluster.
        List<String> taken = terugkerend.stream().map(RecurringTask::getName).toList();
        assertThat(taken)
                .contains(
                        "termijnen-dagelijks",
                        "duo-versturen",
                        "auditlog-partities",
                        "sessies-opruimen",
                        "bewaartermijnen");
        assertThat(b.getBeansOfType(RecurringTask.class).values().stream()
                        .map(RecurringTask::getName)
                        .toList())
                .containsExactlyInAnyOrderElementsOf(taken);
        assertThat(jdbc.sql(
                                "select task_name, count(*) from scheduled_tasks where task_name = any(?) group by task_name")
                        .param(taken.toArray(String[]::new))
                        .query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
                        .list())
                .containsExactlyInAnyOrderElementsOf(
                        taken.stream().map(t -> Map.entry(t, 1)).toList());
    }

    /**
     * Issue 14 point 10: behind its named proxy, B records the client address the proxy forwards (X-Forwarded-For) for
     * a failed login — the address the throttle counts and the audit log shows. InlogbewakingTest shows that the
     * default (A) ignores the header.
     */
    @Test
    void achterDeGenoemdeProxyTeltHetDoorgegevenAdres() throws Exception {
        String naam = "proxytest-" + UUID.randomUUID();
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + b.getEnvironment().getProperty("local.server.port") + "/api/v1/inburgeraars"))
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
                        .list())
                .containsExactly("198.51.100.7");
    }

    @Test
    void dezelfdeNotificatieAanBeideInstantiesWordtEenmaalBewaardEnEenmaalVerwerkt() throws Exception {
        String bsn = TestData.bsn();
        assertThat(api("consulent")
                        .post("/api/v1/inburgeraars", TestData.inburgeraar(bsn))
                        .status())
                .isEqualTo(201);
        String id = jdbc.sql("select id::text from inburgeraar where bsn = ?")
                .param(bsn)
                .query(String.class)
                .single();
        DuoSimulator.Plicht plicht = new DuoSimulator.Plicht(
                true, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 3), "Asielstatushouder", "Asielstatushouder");
        // Each instance asks "DUO" (its own simulator) when it processes: both know the person.
        duoA.zetPlicht(bsn, plicht);
        b.getBean(DuoSimulator.class).zetPlicht(bsn, plicht);

        UUID berichtId = UUID.randomUUID();
        var twee = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> antwoorden = new ArrayList<>();
            for (String base : new String[] {baseUrl(), baseB()}) {
                antwoorden.add(twee.submit((Callable<Integer>) () -> notificeer(base, berichtId, bsn)));
            }
            for (Future<Integer> antwoord : antwoorden) {
                assertThat(antwoord.get()).isEqualTo(201);
            }
        } finally {
            twee.shutdown();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "VERWERKT".equals(status(berichtId)));
        await().atMost(Duration.ofSeconds(30)).until(() -> onvoltooid(berichtId) == 0);
        assertThat(jdbc.sql("select count(*) from duo_notificatie where bericht_id = ?")
                        .param(berichtId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'DUO_BERICHT_ONTVANGEN' and detail like ?")
                        .param("%" + berichtId + "%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(duoRegels(id)).as("processed once").isEqualTo(1);

        // B delivers the event again, as its outbox does at a start when A had not recorded it complete (a crash):
        // the notification is not processed a second time.
        jdbc.sql("update event_publication set completion_date = null, status = 'FAILED' where serialized_event like ?")
                .param("%" + berichtId + "%")
                .update();
        assertThat(onvoltooid(berichtId)).isEqualTo(1);
        b.getBean(IncompleteEventPublications.class).resubmitIncompletePublications(p -> true);
        await().atMost(Duration.ofSeconds(30)).until(() -> onvoltooid(berichtId) == 0);
        assertThat(duoRegels(id)).as("not processed again").isEqualTo(1);
        assertThat(status(berichtId)).isEqualTo("VERWERKT");
    }

    @Test
    void deDagelijkseTaakDraaideBijDeStartVanBEenmaal() {
        LocalDate vandaag = LocalDate.now(clock);
        await().atMost(Duration.ofSeconds(90)).until(() -> vandaag.equals(laatsteDag()));
        sleep(Duration.ofSeconds(5));
        assertThat(uitvoeringen()).as("one run at B's start, by A or B").isEqualTo(uitvoeringenVoorB + 1);
    }

    private List<ProefTaak.Uitvoering> uitvoeringenVan(String reeks) {
        return ProefTaak.uitgevoerd().stream()
                .filter(u -> u.id().startsWith(reeks))
                .toList();
    }

    private int notificeer(String base, UUID berichtId, String bsn) throws Exception {
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(base + "/duo/v1/notificaties"))
                .header("Content-Type", "application/json")
                .header("bron", "00000001003214345000")
                .header("doel", "00000001001608650000")
                .header("berichtId", berichtId.toString())
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("duo:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"registratieDatumTijd\":\"2026-11-20T10:15:30+01:00\","
                                + "\"gebeurtenisId\":\"SS101\",\"bsn\":\"" + bsn + "\"}",
                        StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient()
                .send(verzoek, HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private String status(UUID berichtId) {
        return jdbc.sql("select status from duo_notificatie where bericht_id = ?")
                .param(berichtId)
                .query(String.class)
                .single();
    }

    private int onvoltooid(UUID berichtId) {
        return jdbc.sql(
                        "select count(*) from event_publication where completion_date is null and serialized_event like ?")
                .param("%" + berichtId + "%")
                .query(Integer.class)
                .single();
    }

    private int duoRegels(String inburgeraarId) {
        return jdbc.sql("""
                select count(*) from journaal
                where inburgeraar_id = ?::uuid and soort = 'DUO' and nieuwe_waarde like 'SS101%'""").param(inburgeraarId).query(Integer.class).single();
    }

    private LocalDate laatsteDag() {
        return jdbc.sql("select laatste_dag from dagelijkse_taak where taak = 'termijnen-dagelijks'")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    private long uitvoeringen() {
        return jdbc.sql("select coalesce(max(uitvoeringen), 0) from dagelijkse_taak where taak = 'termijnen-dagelijks'")
                .query(Long.class)
                .single();
    }

    private static void sleep(Duration duur) {
        try {
            Thread.sleep(duur);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
