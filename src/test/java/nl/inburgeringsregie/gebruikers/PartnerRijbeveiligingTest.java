package nl.inburgeringsregie.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
 * The relationship PARTNER in the database (V38_1, ADR 0036), as {@code AanbiederRijbeveiligingTest} does for the
 * provider: a query without any filter, run as a partner organisation's begeleider, sees the dossier row and the
 * begeleiding of a person assigned to its organisation, and nothing of a person assigned elsewhere or of the nazorg; it
 * can update the begeleiding but not the dossier.
 */
class PartnerRijbeveiligingTest extends IntegrationTest {

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
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("datumHuisvesting", "2026-01-05");
        return UUID.fromString(api("consulent")
                .post("/api/v1/inburgeraars", body)
                .json()
                .get("id")
                .asString());
    }

    private UUID partner() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into partnerorganisatie (id, version, naam, gewijzigd_op) values (?, 0, ?, now())")
                .params(id, "Rijtest " + id)
                .update();
        return id;
    }

    private void begeleid(UUID dossier, UUID partner) {
        jdbc.sql("""
                insert into begeleiding (id, version, inburgeraar_id, gemeentecode, partner_id, startdatum, einddatum,
                                         gewijzigd_op)
                values (?, 0, ?, '0392', ?, '2026-01-05', '2027-01-04', now())""").params(UUID.randomUUID(), dossier, partner).update();
        jdbc.sql("""
                insert into nazorg (id, version, inburgeraar_id, gemeentecode, voldaan_op, bron, gewijzigd_op)
                values (?, 0, ?, '0392', '2026-05-20', 'DUO', now())""").params(UUID.randomUUID(), dossier).update();
    }

    private int tel(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }

    @Test
    void eenBegeleiderZietInDeDatabaseAlleenDePersonenVanZijnOrganisatie() {
        UUID eigen = partner();
        UUID ander = partner();
        UUID bijMij = dossier();
        UUID bijAnder = dossier();
        UUID nergens = dossier();
        begeleid(bijMij, eigen);
        begeleid(bijAnder, ander);
        String begeleider = "begeleider.rls" + (System.nanoTime() % 1_000_000);
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                select ?, 'Begeleider', password_hash, '{BEGELEIDER}', '{}' from app_user where username = 'begeleider'""").param(begeleider).update();
        jdbc.sql("insert into partner_gebruiker (gebruikersnaam, partner_id) values (?, ?)")
                .params(begeleider, eigen)
                .update();

        meldAan(begeleider);
        assertThat(tel("select count(*) from inburgeraar where id = ?", bijMij)).isEqualTo(1);
        assertThat(tel("select count(*) from begeleiding where inburgeraar_id = ?", bijMij))
                .isEqualTo(1);
        assertThat(tel("select count(*) from inburgeraar where id = ?", bijAnder))
                .isZero();
        assertThat(tel("select count(*) from begeleiding where inburgeraar_id = ?", bijAnder))
                .isZero();
        assertThat(tel("select count(*) from inburgeraar where id = ?", nergens))
                .isZero();
        assertThat(tel("select count(*) from nazorg where inburgeraar_id = ?", bijMij))
                .as("nazorg is the consultant's")
                .isZero();
        assertThat(tel("select count(*) from intake where inburgeraar_id = ?", bijMij))
                .as("no intake (health)")
                .isZero();
        assertThat(jdbc.sql("update inburgeraar set geslachtsnaam = 'x' where id = ?")
                        .param(bijMij)
                        .update())
                .as("the dossier is read only")
                .isZero();
        assertThat(jdbc.sql("update begeleiding set signaal_sinds = '2026-02-01' where inburgeraar_id = ?")
                        .param(bijMij)
                        .update())
                .as("the begeleiding of its own organisation")
                .isEqualTo(1);
        assertThat(jdbc.sql("update begeleiding set signaal_sinds = '2026-02-01' where inburgeraar_id = ?")
                        .param(bijAnder)
                        .update())
                .isZero();
    }
}
