package nl.inburgeringsregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.inburgeringsregie.support.DatabaseEigenaar;
import nl.inburgeringsregie.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log partitioned by month (V13, docs/adr/0013-audit-partitioning.md): rows land in the partition of their
 * month, the nightly job creates the coming months once, and every partition is as append-only as the log.
 */
class AuditLogPartitiesTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private AuditLog auditLog;

    @Autowired
    private AuditLogPartities partities;

    @Autowired
    private PlatformTransactionManager transacties;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    /** Writes one audit row at the clock's now, as the application does; returns the partition it landed in. */
    private String schrijfEnGeefPartitie() {
        String kenmerk = UUID.randomUUID().toString();
        new TransactionTemplate(transacties)
                .executeWithoutResult(status -> auditLog.registreerAlsSysteem(
                        "partitietest",
                        AuditActie.DOSSIER_BEKEKEN,
                        new AuditLog.Betrokkene(UUID.randomUUID(), "0392"),
                        kenmerk,
                        Doelbinding.UITVOERING_WET_INBURGERING));
        return jdbc.sql("select tableoid::regclass::text from audit_log where detail = ?")
                .param(kenmerk)
                .query(String.class)
                .single();
    }

    private static String partitie(LocalDate dag) {
        return "audit_log_" + dag.format(DateTimeFormatter.ofPattern("yyyy_MM"));
    }

    @Test
    void eenRijLandtInDePartitieVanDezeMaand() {
        // The migration created this month's partition.
        assertThat(schrijfEnGeefPartitie()).isEqualTo(partitie(LocalDate.now(ZoneOffset.UTC)));
    }

    @Test
    void deTaakMaaktDezeEnDeVolgendeDrieMaandenEenmaalAan() {
        clock.zet(LocalDate.of(2099, 1, 15));
        assertThat(partities.maakAan())
                .containsExactly("audit_log_2099_01", "audit_log_2099_02", "audit_log_2099_03", "audit_log_2099_04");
        assertThat(partities.maakAan()).as("a second run creates nothing").isEmpty();

        clock.zet(LocalDate.of(2099, 2, 28));
        assertThat(schrijfEnGeefPartitie()).isEqualTo("audit_log_2099_02");
        assertThat(jdbc.sql("select count(*) from audit_log_2099_02")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void eenRijVanEenMaandZonderPartitieLandtInDeDefaultPartitieEnBlijftDaar() {
        clock.zet(LocalDate.of(2098, 6, 15));
        assertThat(schrijfEnGeefPartitie()).isEqualTo("audit_log_default");
        // That month then cannot get a partition (its row cannot leave the default partition); the months after can.
        assertThat(partities.maakAan()).containsExactly("audit_log_2098_07", "audit_log_2098_08", "audit_log_2098_09");
        assertThat(jdbc.sql("select to_regclass('audit_log_2098_06') is null")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void elkePartitieIsAppendOnly() {
        clock.zet(LocalDate.of(2097, 3, 10));
        partities.maakAan();
        assertThat(schrijfEnGeefPartitie()).isEqualTo("audit_log_2097_03");
        // The application may not even try (issue 14 point 5); the triggers refuse the tables' owner too.
        try (DatabaseEigenaar eigenaar = DatabaseEigenaar.van(jdbc)) {
            JdbcClient owner = eigenaar.jdbc();
            // Row triggers need a row to refuse: the log and the partition with this test's row.
            for (String tabel : new String[] {"audit_log", "audit_log_2097_03"}) {
                assertThatThrownBy(() -> jdbc.sql("delete from " + tabel).update())
                        .as(tabel)
                        .rootCause()
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> owner.sql("update " + tabel + " set username = 'iemand'")
                                .update())
                        .as(tabel)
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> owner.sql("delete from " + tabel).update())
                        .as(tabel)
                        .hasMessageContaining("append-only");
            }
            // TRUNCATE is refused on the log, on a partition made by the job (empty or not) and on the default
            // partition.
            for (String tabel :
                    new String[] {"audit_log", "audit_log_2097_03", "audit_log_2097_04", "audit_log_default"}) {
                assertThatThrownBy(() -> jdbc.sql("truncate " + tabel).update())
                        .as(tabel)
                        .rootCause()
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> owner.sql("truncate " + tabel).update())
                        .as(tabel)
                        .hasMessageContaining("append-only");
            }
        }
    }
}
