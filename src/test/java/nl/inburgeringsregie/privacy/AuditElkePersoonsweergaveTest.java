package nl.inburgeringsregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.RequestMappings;
import nl.inburgeringsregie.support.RequestMappings.Endpoint;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 14 point 14: every page and API that shows a person writes an audit row for that person, user and moment.
 * One person is given data that shows on every page (a deadline signal, a melding to DUO, a DUO notification, a
 * reconciliation difference), and a second BSN DUO notified about has no dossier here; then every GET mapping of the
 * application is walked as a consultant and as a team lead. Each answer of a page or API of the person's dossier or
 * PIP, and each list that shows the person's BSN or name, must have written a row for the person, that user and that
 * moment; each that shows the BSN without a dossier a row naming the notification that holds it.
 */
class AuditElkePersoonsweergaveTest extends IntegrationTest {

    /** Paths (prefixes) not walked, each with the reason. */
    static final Map<String, String> OVERGESLAGEN = new LinkedHashMap<>();

    static {
        OVERGESLAGEN.put("/login", "the sign-in page: shows no person");
        OVERGESLAGEN.put("/error", "the generic error page: shows no person");
        OVERGESLAGEN.put("/static/", "static assets");
        OVERGESLAGEN.put("/webjars/", "static assets");
        OVERGESLAGEN.put("/actuator", "health and metrics: no person");
        OVERGESLAGEN.put("/api/v1/openapi", "the API description: no person");
        OVERGESLAGEN.put(
                "/duo-simulator/",
                "stands in for DUO (profile duo-simulator only, never in production): DUO's data, "
                        + "not the gemeente's; its access is issue 14 point 1");
        OVERGESLAGEN.put(
                "/duo/v1/",
                "DUO's inbound Notificatie API (POST only): audited as DUO_BERICHT_ONTVANGEN, asserted below");
        OVERGESLAGEN.put(
                "/inburgeraars/nieuw",
                "the empty registration form; prefilled it echoes only the query parameters "
                        + "of the link followed, no stored data");
        // h5 (issue 14 point 13)
        OVERGESLAGEN.put(
                "/beheer",
                "the functioneel beheerder's staff accounts, gemeente settings and their journal: no " + "inburgeraar");
    }

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String DUO_OIN = "00000001003214345000";
    private static final String HAARLEM_OIN = "00000001001608650000";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mapping;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private DuoSimulator duo;

    @AfterEach
    void herstel() {
        clock.reset();
        duo.herstel();
    }

    @Test
    void elkePaginaEnApiDieEenPersoonToontLegtDeInzageVast() throws Exception {
        clock.zet(LocalDate.now(ZONE));
        Instant moment = clock.instant();
        Api consulent = api("consulent");
        String bsn = TestData.bsn();
        String naam = "Inzagepad" + letters(8);
        Map<String, Object> body = TestDossiers.huisvest(TestData.inburgeraar(bsn));
        body.put("geslachtsnaam", naam);
        UUID id = UUID.fromString(TestDossiers.registreer(consulent, body));
        // A vastgesteld PIP: a melding to DUO in the outbox (the DUO page, /koppeling/notificaties).
        String pip = TestDossiers.pipConcept(consulent, id.toString(), "B");
        TestDossiers.stelVast(consulent, pip);
        // A deadline signal for the consultant (/signalen), as the daily job records it.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("""
                insert into signaal (inburgeraar_id, gemeentecode, consulent, soort, status, uiterlijke_datum, aangemaakt_op)
                select inburgeraar_id, gemeentecode, 'consulent', soort, 'BINNENKORT', uiterlijke_datum, ?
                from termijn where inburgeraar_id = ? and uiterlijke_datum is not null limit 1
                on conflict on constraint signaal_eenmaal do nothing""").params(Timestamp.from(moment), id).update() == 1);
        // A notification from DUO about the person (/koppeling/notificaties), linked to the dossier when received.
        UUID bericht = notificeer(bsn);
        int ontvangenBijPersoon = jdbc.sql("""
                select count(*) from audit_log where action = 'DUO_BERICHT_ONTVANGEN' and inburgeraar_id = ? and username = 'duo'
                  and detail like ?""")
                .params(id, "%" + bericht + "%")
                .query(Integer.class)
                .single();
        // A reconciliation difference (/koppeling/afstemming). Planted: a comparison run asks DUO about every open
        // dossier of the gemeente, which AfstemmingTest covers and which is slow.
        jdbc.sql("""
                insert into duo_afwijking (id, gemeentecode, inburgeraar_id, soort, ons, duo, gevonden_op)
                values (?, '0392', ?, 'DOELGROEP', 'ASIELSTATUSHOUDER', 'GEZINSMIGRANT', ?)""").params(UUID.randomUUID(), id, Timestamp.from(moment)).update();
        // A BSN DUO notified about without a dossier here (/koppeling/notificaties, /koppeling/afstemming).
        String zonderBsn = TestData.bsn();
        duo.zetPlicht(
                zonderBsn,
                new DuoSimulator.Plicht(
                        true,
                        LocalDate.of(2026, 8, 20),
                        LocalDate.of(2026, 9, 3),
                        "Asielstatushouder",
                        "Asielstatushouder"));
        UUID zonderBericht = notificeer(zonderBsn);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "ZONDER_DOSSIER".equals(status(zonderBericht)) && !"ONTVANGEN".equals(status(bericht)));

        List<Endpoint> endpoints = RequestMappings.alle(mapping, id).stream()
                .filter(e -> e.method().equals("GET")
                        && OVERGESLAGEN.keySet().stream().noneMatch(e.template()::startsWith))
                .distinct()
                .toList();
        assertThat(endpoints).as("the walk must find the application's pages").hasSizeGreaterThan(20);
        List<String> zonderAudit = new ArrayList<>();
        Set<String> toonden = new TreeSet<>();
        for (String gebruiker : List.of("consulent", "teamleider")) {
            Api api = api(gebruiker);
            WebSessie sessie = WebSessie.login(baseUrl(), gebruiker);
            for (Endpoint e : endpoints) {
                String pad = e.template().replace("{id}", id.toString()).replace("{pipId}", pip);
                assertThat(pad)
                        .as("a path variable this walk does not know: " + e.template())
                        .doesNotContain("{");
                long voor = laatsteRegel();
                int status;
                String antwoord;
                if (pad.startsWith("/api/")) {
                    Api.Antwoord a = api.get(pad);
                    status = a.status();
                    antwoord = a.body();
                } else {
                    HttpResponse<String> a = sessie.get(pad);
                    status = a.statusCode();
                    antwoord = a.body();
                }
                if (status != 200) {
                    continue;
                }
                // A page or API of this person's dossier or PIP shows the person (DUO's dates, the deadlines, the
                // intake) even where it repeats neither BSN nor name; a list shows them when their BSN or name is on
                // it.
                if (e.heeftId() || antwoord.contains(bsn) || antwoord.contains(naam)) {
                    toonden.add(gebruiker + " " + e.template());
                    if (rijen(voor, "inburgeraar_id = ?", id, gebruiker, moment) == 0) {
                        zonderAudit.add(gebruiker + " " + e + ": shows the person without an audit row");
                    }
                }
                if (antwoord.contains(zonderBsn)) {
                    toonden.add(gebruiker + " " + e.template() + " (zonder dossier)");
                    if (rijen(
                                    voor,
                                    "inburgeraar_id is null and detail = ?",
                                    "DUO-notificatie zonder dossier " + zonderBericht,
                                    gebruiker,
                                    moment)
                            == 0) {
                        zonderAudit.add(gebruiker + " " + e + ": shows a BSN without a dossier without an audit row");
                    }
                }
            }
        }
        assertThat(toonden)
                .as("the walk reaches the pages that show the person")
                .contains(
                        "consulent /inburgeraars/{id}",
                        "consulent /inburgeraars/{id}/duo",
                        "consulent /signalen",
                        "teamleider /koppeling/notificaties",
                        "teamleider /koppeling/afstemming",
                        "teamleider /koppeling/notificaties (zonder dossier)",
                        "teamleider /koppeling/afstemming (zonder dossier)",
                        "consulent /api/v1/inburgeraars/{id}");
        SoftAssertions.assertSoftly(zacht -> {
            zacht.assertThat(ontvangenBijPersoon)
                    .as("the received notification is linked to the person")
                    .isEqualTo(1);
            zacht.assertThat(zonderAudit)
                    .as("pages and APIs that show a person without auditing it")
                    .isEmpty();
        });
    }

    @Test
    void eenDuoNotificatieWordtNietGekoppeldAanHetDossierVanEenAndereGemeente() throws Exception {
        // The BSN has a dossier in Velsen only; DUO notifies Haarlem: Haarlem has no dossier, so no person is linked.
        String bsn = TestData.bsn();
        TestDossiers.registreer(api("consulent.velsen"), TestData.inburgeraar(bsn, "0453"));
        UUID bericht = notificeer(bsn);
        await().atMost(Duration.ofSeconds(20)).until(() -> "ZONDER_DOSSIER".equals(status(bericht)));
        var rij = jdbc.sql(
                        "select inburgeraar_id, gemeentecode from audit_log where action = 'DUO_BERICHT_ONTVANGEN' and detail like ?")
                .param("%" + bericht + "%")
                .query()
                .singleRow();
        assertThat(rij.get("inburgeraar_id")).isNull();
        assertThat(rij.get("gemeentecode")).isEqualTo("0392");
        // The same BSN notified again with a new berichtId once Haarlem has the dossier: linked to Haarlem's dossier.
        UUID haarlem = UUID.fromString(TestDossiers.registreer(api("consulent"), TestData.inburgeraar(bsn)));
        UUID tweede = notificeer(bsn);
        assertThat(jdbc.sql(
                                "select inburgeraar_id from audit_log where action = 'DUO_BERICHT_ONTVANGEN' and detail like ?")
                        .param("%" + tweede + "%")
                        .query(UUID.class)
                        .single())
                .isEqualTo(haarlem);
        await().atMost(Duration.ofSeconds(20)).until(() -> !"ONTVANGEN".equals(status(tweede)));
    }

    private long laatsteRegel() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_log")
                .query(Long.class)
                .single();
    }

    private int rijen(long na, String persoon, Object waarde, String gebruiker, Instant moment) {
        return jdbc.sql("select count(*) from audit_log where id > ? and " + persoon
                        + " and username = ? and occurred_at = ?")
                .params(na, waarde, gebruiker, Timestamp.from(moment))
                .query(Integer.class)
                .single();
    }

    private String status(UUID bericht) {
        return jdbc.sql("select status from duo_notificatie where bericht_id = ?")
                .param(bericht)
                .query(String.class)
                .single();
    }

    /** Sends a notification to our endpoint as DUO does (for Haarlem); returns its berichtId. */
    private UUID notificeer(String bsn) throws Exception {
        UUID berichtId = UUID.randomUUID();
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(baseUrl() + "/duo/v1/notificaties"))
                .header("Content-Type", "application/json")
                .header("bron", DUO_OIN)
                .header("doel", HAARLEM_OIN)
                .header("berichtId", berichtId.toString())
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("duo:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"registratieDatumTijd\":\"2026-11-20T10:15:30+01:00\","
                                + "\"gebeurtenisId\":\"SS101\",\"bsn\":\"" + bsn + "\"}",
                        StandardCharsets.UTF_8))
                .build();
        assertThat(HttpClient.newHttpClient()
                        .send(verzoek, HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(201);
        return berichtId;
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
