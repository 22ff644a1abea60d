package nl.inburgeringsregie.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.inburgeringsregie.support.DatabaseEigenaar;
import nl.inburgeringsregie.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14 point 5: the application's database role owns nothing. Flyway migrates as the owner; the application logs
 * in as a role with row rights only, so a compromised application cannot switch off row-level security, disable or drop
 * the audit log's append-only triggers, truncate or drop tables, create objects, or become the owner. What the
 * application does need with the owner's rights (a month's audit partition, dropping an expired month) goes through
 * SECURITY DEFINER functions that do exactly that.
 */
class DatabaseRollenTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void deApplicatieLogtInAlsEenRolDieNietsBezit() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("inburgeringsregie_app");
        assertThat(jdbc.sql("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and pg_get_userbyid(c.relowner) = current_user""").query(Integer.class).single())
                .as("tables, sequences and indexes the application owns")
                .isZero();
        assertThat(jdbc.sql("select count(*) from pg_proc where pg_get_userbyid(proowner) = current_user")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select rolsuper or rolbypassrls or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("select pg_has_role(current_user, 'inburgeringsregie', 'MEMBER')")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        // The tables are the owner's: Flyway migrated as the owner.
        assertThat(jdbc.sql("select pg_get_userbyid(relowner) from pg_class where relname = 'inburgeraar'")
                        .query(String.class)
                        .single())
                .isEqualTo(DatabaseEigenaar.ROL);
        assertThat(jdbc.sql("select pg_get_userbyid(relowner) from pg_class where relname = 'audit_log'")
                        .query(String.class)
                        .single())
                .isEqualTo(DatabaseEigenaar.ROL);
    }

    @Test
    void deApplicatieKanRijbeveiligingNietUitzetten() {
        for (String tabel : new String[] {"inburgeraar", "journaal", "kind", "termijn"}) {
            geweigerd("alter table " + tabel + " disable row level security", "must be owner");
            geweigerd("alter table " + tabel + " no force row level security", "must be owner");
            geweigerd("drop policy gemeente_scheiding on " + tabel, "must be owner");
        }
        geweigerd(
                "create or replace function inburgeringsregie_mag_gemeente(gemeente char(4)) returns boolean "
                        + "language sql as 'select true'",
                "permission denied");
    }

    @Test
    void deApplicatieKanDeTriggersVanHetAuditlogNietUitzettenOfVerwijderen() {
        geweigerd("alter table audit_log disable trigger audit_log_no_update_or_delete", "must be owner");
        geweigerd("alter table audit_log disable trigger all", "must be owner");
        geweigerd("alter table audit_log_default disable trigger audit_log_no_truncate", "must be owner");
        geweigerd("drop trigger audit_log_no_update_or_delete on audit_log", "must be owner");
        geweigerd("drop trigger audit_log_no_truncate on audit_log", "must be owner");
        geweigerd(
                "create or replace function audit_log_is_append_only() returns trigger language plpgsql "
                        + "as 'begin return old; end'",
                "permission denied");
        geweigerd("set session_replication_role = replica", "permission denied");
    }

    @Test
    void deApplicatieKanHetAuditlogAlleenLezenEnAanvullen() {
        jdbc.sql("insert into audit_log (occurred_at, username, roles, action, purpose) "
                        + "values (now(), 'databaserollentest', 'TEST', 'DOSSIER_BEKEKEN', 'test')")
                .update();
        String dezeMaand = jdbc.sql(
                        "select tableoid::regclass::text from audit_log where username = 'databaserollentest' limit 1")
                .query(String.class)
                .single();
        for (String tabel : new String[] {"audit_log", dezeMaand, "audit_log_default"}) {
            geweigerd("truncate " + tabel, "permission denied");
            geweigerd("update " + tabel + " set username = 'iemand'", "permission denied");
            geweigerd("delete from " + tabel, "permission denied");
            geweigerd("drop table " + tabel, "must be owner");
        }
        geweigerd("alter table audit_log detach partition " + dezeMaand, "must be owner");
    }

    @Test
    void deApplicatieKanGeenEigenaarWordenEnNietsAanmaken() {
        geweigerd("set role inburgeringsregie", "permission denied");
        geweigerd("set session authorization inburgeringsregie", "permission denied");
        geweigerd("create table binnendringer (id int)", "permission denied");
        geweigerd("create function binnendringer() returns int language sql as 'select 1'", "permission denied");
        geweigerd("alter table inburgeraar add column binnendringer text", "must be owner");
        geweigerd("drop table inburgeraar", "must be owner");
        geweigerd("delete from flyway_schema_history", "permission denied");
        geweigerd("create role binnendringer", "permission denied");
    }

    @Test
    void eenRecenteMaandVanHetAuditlogKanNietWordenVerwijderd() {
        // The retention function runs with the owner's rights, but the database keeps every month younger than a year.
        for (LocalDate maand : new LocalDate[] {
            LocalDate.now(), LocalDate.now().minusMonths(11), LocalDate.now().plusYears(70)
        }) {
            assertThatThrownBy(() -> jdbc.sql("select audit_log_maand_verwijderen(?)")
                            .param(maand)
                            .query(String.class)
                            .single())
                    .as(maand.toString())
                    .hasMessageContaining("less than 12 months ago");
        }
        assertThat(jdbc.sql("select count(*) from pg_inherits where inhparent = 'audit_log'::regclass")
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void eenVerlopenMaandVanHetAuditlogVerdwijntAlsGeheel() {
        LocalDate maand = LocalDate.of(2001, 2, 1);
        assertThat(waarde("select audit_log_partitie(?)", maand)).isEqualTo("audit_log_2001_02");
        jdbc.sql(
                        "insert into audit_log (occurred_at, username, roles, action, purpose) "
                                + "values (timestamptz '2001-02-10 10:00Z', 'databaserollentest', 'TEST', 'DOSSIER_BEKEKEN', 'test')")
                .update();
        // A new partition is as closed as the others: no UPDATE, DELETE or TRUNCATE by the application.
        geweigerd("delete from audit_log_2001_02", "permission denied");
        geweigerd("truncate audit_log_2001_02", "permission denied");

        assertThat(waarde("select audit_log_maand_verwijderen(?)", maand)).isEqualTo("audit_log_2001_02");
        assertThat(jdbc.sql("select to_regclass('audit_log_2001_02') is null")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql(
                                "select count(*) from audit_log where occurred_at >= timestamptz '2001-02-01Z' and occurred_at < timestamptz '2001-03-01Z'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(waarde("select audit_log_maand_verwijderen(?)", maand))
                .as("nothing left to drop")
                .isNull();
    }

    @Test
    void deTriggersHoudenOokDeEigenaarTegen() {
        try (DatabaseEigenaar eigenaar = DatabaseEigenaar.van(jdbc)) {
            JdbcClient owner = eigenaar.jdbc();
            assertThat(owner.sql("select current_user").query(String.class).single())
                    .isEqualTo(DatabaseEigenaar.ROL);
            owner.sql("insert into audit_log (occurred_at, username, roles, action, purpose) "
                            + "values (now(), 'databaserollentest', 'TEST', 'DOSSIER_BEKEKEN', 'test')")
                    .update();
            assertThatThrownBy(() -> owner.sql("delete from audit_log").update())
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> owner.sql("truncate audit_log").update()).hasMessageContaining("append-only");
        }
    }

    private String waarde(String sql, Object parameter) {
        return jdbc.sql(sql)
                .param(parameter)
                .query((rs, n) -> rs.getString(1))
                .list()
                .getFirst();
    }

    private void geweigerd(String sql, String reden) {
        assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).rootCause().hasMessageContaining(reden);
    }
}
