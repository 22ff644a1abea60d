package nl.inburgeringsregie.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The second wall: PostgreSQL row-level security refuses another gemeente's rows even to a query that
 * forgets to filter on gemeente — here plain SQL without any gemeente condition.
 */
class RijbeveiligingTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Gebruikers gebruikers;

    @AfterEach
    void afmelden() {
        SecurityContextHolder.clearContext();
    }

    private void meldAan(String gebruikersnaam) {
        GebruikerAccount account = gebruikers.loadUserByUsername(gebruikersnaam);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }

    private int zichtbaar(UUID id) {
        return jdbc.sql("select count(*) from inburgeraar where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    @Test
    void eenQueryZonderGemeentefilterZietGeenDossiersVanAndereGemeenten() {
        UUID id = UUID.fromString(api("consulent")
                .post("/api/v1/inburgeraars", TestData.inburgeraar(TestData.bsn()))
                .json()
                .get("id")
                .asString());

        meldAan("consulent.velsen");
        assertThat(zichtbaar(id)).isZero();
        assertThat(jdbc.sql("select count(*) from journaal where inburgeraar_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("update inburgeraar set geslachtsnaam = 'x' where id = ?")
                        .param(id)
                        .update())
                .isZero();

        meldAan("consulent");
        assertThat(zichtbaar(id)).isEqualTo(1);

        meldAan("teamleider");
        assertThat(zichtbaar(id)).isEqualTo(1);
    }

    /**
     * The relationship CONSULENT has its own policy (V30_2, ADR 0028), as the access decision has: the assigned consultant
     * reads and changes the person's dossier row even when the dossier is not of their gemeente; unassigned, nothing.
     * The gemeente's policy is unchanged, and the relationship never lets a dossier be registered elsewhere.
     */
    @Test
    void deToegewezenConsulentZietHetDossierOokBuitenDeGemeente() {
        UUID id = UUID.fromString(api("consulent")
                .post("/api/v1/inburgeraars", TestData.inburgeraar(TestData.bsn()))
                .json()
                .get("id")
                .asString());
        SecurityContextHolder.clearContext(); // system work: every gemeente
        jdbc.sql("update inburgeraar set consulent = 'consulent.velsen' where id = ?")
                .param(id)
                .update();

        meldAan("consulent.velsen");
        assertThat(zichtbaar(id)).isEqualTo(1);
        assertThat(jdbc.sql("update inburgeraar set geslachtsnaam = 'Toegewezen' where id = ?")
                        .param(id)
                        .update())
                .isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("update inburgeraar set consulent = 'consulent' where id = ?")
                        .param(id)
                        .update())
                .as("the relationship cannot be handed on by the one who has it")
                .rootCause()
                .hasMessageContaining("row-level security");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into inburgeraar (id, gemeentecode, bsn, geslachtsnaam, geboortedatum, geslacht, doelgroep, wet,
                                         fase, registratiebron, version, consulent)
                values (gen_random_uuid(), '0392', ?, 'x', date '1990-01-01', 'V', 'ASIELSTATUSHOUDER', 'WI2021',
                        'AANMELDING', 'BALIE', 0, 'consulent.velsen')""").param(TestData.bsn()).update())
                .rootCause()
                .hasMessageContaining("row-level security");

        SecurityContextHolder.clearContext();
        jdbc.sql("update inburgeraar set consulent = 'consulent' where id = ?")
                .param(id)
                .update();
        meldAan("consulent.velsen");
        assertThat(zichtbaar(id)).isZero();
    }

    @Test
    void eenGebruikerKanGeenDossierInEenAndereGemeenteSchrijven() {
        meldAan("consulent.velsen");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into inburgeraar (id, gemeentecode, bsn, geslachtsnaam, geboortedatum, geslacht, doelgroep, wet,
                                         fase, registratiebron, version)
                values (gen_random_uuid(), '0392', ?, 'x', date '1990-01-01', 'V', 'ASIELSTATUSHOUDER', 'WI2021',
                        'AANMELDING', 'BALIE', 0)""").param(TestData.bsn()).update())
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void deApplicatieDraaitNietAlsSuperuser() {
        assertThat(jdbc.sql("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .as("a superuser would bypass row-level security")
                .isFalse();
    }
}
