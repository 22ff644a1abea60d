package nl.inburgeringsregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14 point 16, on the injected clock: a dossier whose duty ended is destroyed the configured period later (not
 * a day sooner), its health data erased earlier; a legal hold or an open request keeps it; the record of destruction
 * keeps only ids and dates; the audit log loses whole months through the owner's function, never the last year.
 * The dossiers here end in 2001, a year no other test uses, so a run never touches another test's data.
 */
class BewaartermijnenTest extends IntegrationTest {

    /** Old audit months stay out of reach of the dossier runs. */
    private static final BewaartermijnInstellingen TERMIJNEN = new BewaartermijnInstellingen(
            Period.ofYears(5), Period.ofMonths(3), Period.ofYears(5), Period.ofYears(200), Period.ofYears(1));

    @Autowired
    Bewaring bewaring;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    @Test
    void eenDossierWordtVijfJaarNaHetEindeVanDePlichtVernietigdGezondheidDrieMaandenNaHetEinde() {
        String bsn = TestData.bsn();
        String id = beeindigdOp(bsn, LocalDate.of(2001, 3, 1), true);
        String actief =
                TestDossiers.registreer(api("consulent"), TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));

        clock.zet(LocalDate.of(2001, 5, 31));
        assertThat(bewaring.voerUit(TERMIJNEN).geanonimiseerd()).doesNotContain(UUID.fromString(id));
        assertThat(gezondheid(id)).isEqualTo(1);

        clock.zet(LocalDate.of(2001, 6, 1));
        Bewaring.Resultaat drieMaanden = bewaring.voerUit(TERMIJNEN);
        assertThat(drieMaanden.geanonimiseerd()).contains(UUID.fromString(id));
        assertThat(gezondheid(id)).as("health erased").isZero();
        assertThat(bestaat(id)).as("the dossier stays").isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from intake_leefgebied where inburgeraar_id = ?::uuid", Integer.class, id))
                .as("other leefgebieden stay")
                .isEqualTo(1);
        assertThat(bewaring.voerUit(TERMIJNEN).geanonimiseerd())
                .as("the next night: nothing left to erase")
                .doesNotContain(UUID.fromString(id));

        clock.zet(LocalDate.of(2006, 2, 28));
        assertThat(bewaring.voerUit(TERMIJNEN).vernietigd()).doesNotContain(UUID.fromString(id));
        assertThat(bestaat(id)).isTrue();

        clock.zet(LocalDate.of(2006, 3, 1));
        Bewaring.Resultaat vijfJaar = bewaring.voerUit(TERMIJNEN);
        assertThat(vijfJaar.vernietigd()).contains(UUID.fromString(id)).doesNotContain(UUID.fromString(actief));
        assertThat(bestaat(id)).isFalse();
        assertThat(bestaat(actief)).as("a running duty is never destroyed").isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from journaal where inburgeraar_id = ?::uuid", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from duo_notificatie where bsn = ?", Integer.class, bsn))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select categorie from vernietiging where inburgeraar_id = ?::uuid order by id",
                        String.class,
                        id))
                .containsExactly("BIJZONDERE_GEGEVENS", "DOSSIER");
        assertThat(jdbc.queryForObject(
                        "select einde_plicht from vernietiging where inburgeraar_id = ?::uuid and categorie = 'DOSSIER'",
                        LocalDate.class,
                        id))
                .isEqualTo(LocalDate.of(2001, 3, 1));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where inburgeraar_id = ?::uuid and action = 'VERNIETIGD' "
                                + "and username = 'systeem:bewaartermijnen' and purpose = 'bewaren en vernietigen (Archiefwet)'",
                        Integer.class,
                        id))
                .isEqualTo(1);
        clock.reset();
        assertThat(api("consulent").get("/api/v1/inburgeraars/" + id).status()).isEqualTo(404);
        assertThat(WebSessie.login(baseUrl(), "privacy").get("/privacy/bewaren").body())
                .contains(id);
    }

    @Test
    void eenBewaarblokkadeOfEenOpenVerzoekHoudtVernietigingTegenTotZeIsOpgeheven() {
        String bsn = TestData.bsn();
        String id = beeindigdOp(bsn, LocalDate.of(2001, 4, 2), true);
        String metVerzoek = beeindigdOp(TestData.bsn(), LocalDate.of(2001, 4, 2), false);

        WebSessie privacy = WebSessie.login(baseUrl(), "privacy");
        privacy.postMetCsrf(
                "/privacy/bewaren", Map.of("dossier", id, "reden", "Bezwaar tegen de boete loopt"), "/privacy/bewaren");
        privacy.postMetCsrf("/privacy/bewaren", Map.of("dossier", id, "reden", "Nog eens"), "/privacy/bewaren");
        assertThat(privacy.get("/privacy/bewaren").body())
                .as("one active hold per dossier")
                .contains("al een bewaarblokkade");
        privacy.postMetCsrf(
                "/privacy/bewaren", Map.of("dossier", UUID.randomUUID().toString(), "reden", "x"), "/privacy/bewaren");
        assertThat(privacy.get("/privacy/bewaren").body()).contains("Vul het dossiernummer in");
        long blokkade =
                jdbc.queryForObject("select id from bewaarblokkade where inburgeraar_id = ?::uuid", Long.class, id);
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + id + "/journaal")
                        .body())
                .contains("Bewaarblokkade gezet");

        String metVerzoekBsn =
                jdbc.queryForObject("select bsn from inburgeraar where id = ?::uuid", String.class, metVerzoek);
        privacy.postMetCsrf(
                "/privacy/verzoeken",
                Map.of(
                        "soort",
                        "INZAGE",
                        "gemeentecode",
                        "0392",
                        "bsn",
                        metVerzoekBsn,
                        "verzoeker",
                        "de betrokkene zelf",
                        "ontvangenOp",
                        LocalDate.now(clock).toString()),
                "/privacy/verzoeken");

        clock.zet(LocalDate.of(2006, 4, 2));
        Bewaring.Resultaat run = bewaring.voerUit(TERMIJNEN);
        assertThat(run.vernietigd()).doesNotContain(UUID.fromString(id), UUID.fromString(metVerzoek));
        assertThat(run.geanonimiseerd()).as("a hold keeps the health data too").doesNotContain(UUID.fromString(id));
        assertThat(gezondheid(id)).isEqualTo(1);
        assertThat(bestaat(id)).isTrue();
        assertThat(bestaat(metVerzoek)).isTrue();

        clock.reset();
        privacy.postMetCsrf("/privacy/bewaren/" + blokkade + "/opheffing", Map.of("reden", " "), "/privacy/bewaren");
        assertThat(jdbc.queryForObject(
                        "select opgeheven_op is null from bewaarblokkade where id = ?", Boolean.class, blokkade))
                .as("no reason, not lifted")
                .isTrue();
        privacy.postMetCsrf(
                "/privacy/bewaren/" + blokkade + "/opheffing",
                Map.of("reden", "Bezwaar afgewezen, termijn verstreken"),
                "/privacy/bewaren");
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + id + "/journaal")
                        .body())
                .contains("Bewaarblokkade opgeheven");

        clock.zet(LocalDate.of(2006, 4, 3));
        assertThat(bewaring.voerUit(TERMIJNEN).vernietigd())
                .contains(UUID.fromString(id))
                .doesNotContain(UUID.fromString(metVerzoek));
        assertThat(bestaat(id)).isFalse();
        assertThat(bestaat(metVerzoek)).as("the open request still holds it").isTrue();
    }

    @Test
    void eenAfgehandeldVerzoekVerdwijntNaZijnTermijn() {
        UUID verzoek = UUID.randomUUID();
        jdbc.update(
                """
                insert into privacyverzoek (id, gemeentecode, soort, bsn, verzoeker, ontvangen_op, uiterste_datum,
                    geregistreerd_door, geregistreerd_op, afgehandeld_door, afgehandeld_op, uitkomst, toelichting, version)
                values (?, '0392', 'INZAGE', ?, 'de betrokkene zelf', date '2001-01-10', date '2001-02-10', 'privacy', ?,
                    'privacy', ?, 'AFGEWEZEN', 'identiteit niet vastgesteld', 1)""",
                verzoek,
                TestData.bsn(),
                Timestamp.valueOf("2001-01-10 10:00:00"),
                Timestamp.valueOf("2001-01-20 10:00:00"));
        clock.zet(LocalDate.of(2006, 1, 19));
        bewaring.voerUit(TERMIJNEN);
        assertThat(jdbc.queryForObject("select count(*) from privacyverzoek where id = ?", Integer.class, verzoek))
                .isEqualTo(1);
        clock.zet(LocalDate.of(2006, 1, 21));
        assertThat(bewaring.voerUit(TERMIJNEN).verzoekenVerwijderd()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from privacyverzoek where id = ?", Integer.class, verzoek))
                .isZero();
    }

    /**
     * A DUO notification about a BSN this gemeente has no dossier for goes the configured period after it was received,
     * not a day sooner; one about a BSN with a dossier stays with the dossier; a later one without a dossier stays.
     */
    @Test
    void eenNotificatieZonderDossierVerdwijntEenJaarNaOntvangst() {
        String zonder = TestData.bsn();
        String metDossier = TestData.bsn();
        TestDossiers.registreer(api("consulent"), TestDossiers.huisvest(TestData.inburgeraar(metDossier)));
        UUID oud = notificatie(zonder, "2001-01-10 10:00:00+01");
        UUID later = notificatie(zonder, "2001-06-01 10:00:00+02");
        UUID vanDossier = notificatie(metDossier, "2001-01-10 10:00:00+01");

        clock.zet(LocalDate.of(2002, 1, 10));
        assertThat(bewaring.voerUit(TERMIJNEN).zonderDossierVerwijderd()).isZero();
        assertThat(notificaties(oud, later, vanDossier)).containsExactlyInAnyOrder(oud, later, vanDossier);

        clock.zet(LocalDate.of(2002, 1, 11));
        assertThat(bewaring.voerUit(TERMIJNEN).zonderDossierVerwijderd()).isEqualTo(1);
        assertThat(notificaties(oud, later, vanDossier))
                .as("the old one without a dossier is gone; the later one and the dossier's stay")
                .containsExactlyInAnyOrder(later, vanDossier);

        clock.zet(LocalDate.of(2002, 6, 2));
        bewaring.voerUit(TERMIJNEN);
        assertThat(notificaties(oud, later, vanDossier)).containsExactly(vanDossier);
    }

    private UUID notificatie(String bsn, String ontvangen) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into duo_notificatie (bericht_id, gemeentecode, bron, doel, gebeurtenis_id, bsn,
                    registratie_datum_tijd, bericht, status, ontvangen_op)
                values (?, '0392', 'DUO', 'test', 'SS101', ?, now(), '{}', 'ZONDER_DOSSIER', ?::timestamptz)""", id, bsn, ontvangen);
        return id;
    }

    private List<UUID> notificaties(UUID... ids) {
        String[] teksten = Arrays.stream(ids).map(UUID::toString).toArray(String[]::new);
        return jdbc.queryForList(
                "select bericht_id from duo_notificatie where bericht_id::text = any(?)", UUID.class, (Object) teksten);
    }

    @Test
    void hetAuditlogVerliestHeleMaandenDoorDeFunctieVanDeEigenaarNooitHetLaatsteJaar() {
        jdbc.queryForObject("select audit_log_partitie(date '1990-01-01')", String.class);
        jdbc.queryForObject("select audit_log_partitie(date '1990-02-01')", String.class);
        jdbc.update("""
                insert into audit_log (occurred_at, username, roles, action, purpose)
                values (timestamptz '1990-01-15 10:00:00+01', 'test', 'TEST', 'DOSSIER_BEKEKEN', 'test'),
                       (timestamptz '1990-02-15 10:00:00+01', 'test', 'TEST', 'DOSSIER_BEKEKEN', 'test')""");

        clock.zet(LocalDate.of(1995, 2, 14));
        BewaartermijnInstellingen vijfJaar = new BewaartermijnInstellingen(
                Period.ofYears(200), Period.ofYears(200), Period.ofYears(200), Period.ofYears(5), Period.ofYears(200));
        assertThat(bewaring.voerUit(vijfJaar).auditPartities())
                .as("boundary 1990-02-01: January ends on it")
                .containsExactly("audit_log_1990_01");
        assertThat(partities()).doesNotContain("audit_log_1990_01").contains("audit_log_1990_02");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where occurred_at < timestamptz '1990-02-01 00:00:00+00'",
                        Integer.class))
                .isZero();
        assertThat(bewaring.voerUit(vijfJaar).auditPartities())
                .as("the second night")
                .isEmpty();

        // The database refuses a boundary within the last twelve months, whatever the application's clock says.
        assertThatThrownBy(
                        () -> jdbc.queryForList("select audit_log_maand_verwijderen(current_date - 300)", String.class))
                .hasMessageContaining("less than 12 months ago");
        clock.zet(LocalDate.now().plusYears(2));
        assertThat(bewaring.voerUit(new BewaartermijnInstellingen(
                                Period.ofYears(200),
                                Period.ofYears(200),
                                Period.ofYears(200),
                                Period.ofMonths(12),
                                Period.ofYears(200)))
                        .auditPartities())
                .as("refused, logged, the run goes on")
                .isEmpty();
        assertThat(partities()).contains("audit_log_1990_02");
        // Rows stay append-only: the function drops whole months, nothing else.
        // The application role may not even try (V28_1); the owner would meet the append-only trigger.
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where username = 'test'"))
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> new BewaartermijnInstellingen(
                        Period.ofYears(5),
                        Period.ofMonths(3),
                        Period.ofYears(5),
                        Period.ofMonths(11),
                        Period.ofYears(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Registers a dossier (with health data in the intake when asked) and ends its duty on {@code einde} (uitschrijven). */
    private String beeindigdOp(String bsn, LocalDate einde, boolean gezondheid) {
        Api consulent = api("consulent");
        String id = TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(bsn)));
        if (gezondheid) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("leefgebied", "FYSIEKE_GEZONDHEID");
            g.put("situatie", "Diabetes; controle bij de huisarts");
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("leefgebied", "WERKERVARING");
            w.put("situatie", "Was monteur");
            assertThat(consulent
                            .put("/api/v1/inburgeraars/" + id + "/intake", Map.of("leefgebieden", List.of(g, w)))
                            .status())
                    .isEqualTo(200);
        }
        jdbc.update("""
                insert into duo_notificatie (bericht_id, gemeentecode, bron, doel, gebeurtenis_id, bsn, registratie_datum_tijd,
                    bericht, status, ontvangen_op) values (?, '0392', 'DUO', 'test', 'SS101', ?, now(), '{}', 'VERWERKT', now())""", UUID.randomUUID(), bsn);
        clock.zet(einde);
        Api.Antwoord uit = consulent.post(
                "/api/v1/inburgeraars/" + id + "/uitschrijvingen", Map.of("reden", "Verhuisd naar Duitsland"));
        assertThat(uit.status()).as(uit.body()).isEqualTo(201);
        clock.reset();
        return id;
    }

    private boolean bestaat(String id) {
        return jdbc.queryForObject("select count(*) from inburgeraar where id = ?::uuid", Integer.class, id) == 1;
    }

    private int gezondheid(String id) {
        return jdbc.queryForObject(
                "select count(*) from intake_leefgebied where inburgeraar_id = ?::uuid and leefgebied like '%GEZONDHEID'",
                Integer.class, id);
    }

    private List<String> partities() {
        return jdbc.queryForList("""
                select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                where i.inhparent = 'audit_log'::regclass""", String.class);
    }
}
