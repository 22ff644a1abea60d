package nl.inburgeringsregie.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The relationship AANBIEDER in the database (V31_5, ADR 0031), as {@code RijbeveiligingTest} does for the gemeente
 * and the consultant: a query without any filter, run as a provider's user, sees the dossier row and the placement of a
 * person placed with its organisation, and nothing of a person placed elsewhere; it can change neither.
 */
class AanbiederRijbeveiligingTest extends IntegrationTest {

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

    private UUID dossier() {
        return UUID.fromString(api("consulent")
                .post("/api/v1/inburgeraars", TestData.inburgeraar(TestData.bsn()))
                .json()
                .get("id")
                .asString());
    }

    private UUID aanbieder() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into aanbieder (id, version, naam, instellingsnummer, gewijzigd_op)
                values (?, 0, 'Rijtest', ?, now())""").params(id, "RT" + (System.nanoTime() % 100_000_000)).update();
        return id;
    }

    private void plaats(UUID dossier, UUID aanbieder) {
        UUID contract = UUID.randomUUID();
        jdbc.sql("""
                insert into contract (id, version, aanbieder_id, contractnummer, perceel, onderdeel, begindatum, einddatum,
                                      capaciteit, prijsmodel, prijs, gewijzigd_op)
                values (?, 0, ?, ?, 'p', 'PVT', '2026-01-01', '2027-12-31', 5, 'PER_UUR', 1, now())""").params(contract, aanbieder, "RT-" + contract).update();
        jdbc.sql("""
                insert into plaatsing (id, version, inburgeraar_id, gemeentecode, contract_id, aanbieder_id, onderdeel,
                                       status, aanmelddatum, gewijzigd_op)
                values (?, 0, ?, '0392', ?, ?, 'PVT', 'GEPLAATST', '2026-11-02', now())""").params(UUID.randomUUID(), dossier, contract, aanbieder).update();
    }

    private int tel(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }

    @Test
    void eenAanbiederZietInDeDatabaseAlleenDePersonenDieBijHemGeplaatstZijn() {
        UUID eigen = aanbieder();
        UUID ander = aanbieder();
        UUID bijMij = dossier();
        UUID bijAnder = dossier();
        UUID nergens = dossier();
        plaats(bijMij, eigen);
        plaats(bijAnder, ander);
        String docent = "aanbieder.rls" + (System.nanoTime() % 1_000_000);
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                select ?, 'Docent', password_hash, '{AANBIEDER}', '{}' from app_user where username = 'aanbieder'""").param(docent).update();
        jdbc.sql("insert into aanbieder_gebruiker (gebruikersnaam, aanbieder_id) values (?, ?)")
                .params(docent, eigen)
                .update();

        meldAan(docent);
        assertThat(tel("select count(*) from inburgeraar where id = ?", bijMij)).isEqualTo(1);
        assertThat(tel("select count(*) from plaatsing where inburgeraar_id = ?", bijMij))
                .isEqualTo(1);
        assertThat(tel("select count(*) from inburgeraar where id = ?", bijAnder))
                .isZero();
        assertThat(tel("select count(*) from plaatsing where inburgeraar_id = ?", bijAnder))
                .isZero();
        assertThat(tel("select count(*) from inburgeraar where id = ?", nergens))
                .isZero();
        assertThat(tel("select count(*) from journaal where inburgeraar_id = ?", bijMij))
                .as("the dossier's journal is not the provider's")
                .isZero();
        assertThat(jdbc.sql("update inburgeraar set geslachtsnaam = 'x' where id = ?")
                        .param(bijMij)
                        .update())
                .as("read only")
                .isZero();
        assertThat(jdbc.sql("update plaatsing set status = 'AFGEROND' where inburgeraar_id = ?")
                        .param(bijMij)
                        .update())
                .isZero();

        meldAan("aanbieder");
        assertThat(tel("select count(*) from inburgeraar where id = ?", bijMij))
                .as("the demo taalschool's user: another organisation")
                .isZero();
    }
}
