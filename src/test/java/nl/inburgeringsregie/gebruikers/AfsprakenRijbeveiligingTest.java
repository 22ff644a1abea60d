package nl.inburgeringsregie.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The appointments' row-level security (V41_1, ADR 0038), as {@code PartnerRijbeveiligingTest} does for the
 * begeleiding: a statement without any filter, run as a partner organisation's begeleider, sees and changes only the
 * begeleiding appointments of a person assigned to its organisation, never the consultant's intake of that person nor
 * anything of another organisation's person, and cannot plan anything else; a consultant of another gemeente sees none.
 */
class AfsprakenRijbeveiligingTest extends IntegrationTest {

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
                .params(id, "Afspraaktest " + id)
                .update();
        return id;
    }

    private void begeleid(UUID dossier, UUID partner) {
        jdbc.sql("""
                insert into begeleiding (id, version, inburgeraar_id, gemeentecode, partner_id, startdatum, einddatum,
                                         gewijzigd_op)
                values (?, 0, ?, '0392', ?, '2026-01-05', '2027-01-04', now())""").params(UUID.randomUUID(), dossier, partner).update();
    }

    private int afspraak(UUID dossier, String soort) {
        return jdbc.sql("""
                insert into afspraak (id, inburgeraar_id, gemeentecode, soort, aanvang, gepland_door, gepland_op,
                                      tolk_nodig, tolk_taal)
                values (?, ?, '0392', ?, '2027-06-01 10:00+02', 'test', now(), true, 'ar')""").params(UUID.randomUUID(), dossier, soort).update();
    }

    private int tel(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }

    @Test
    void eenBegeleiderZietEnPlantInDeDatabaseAlleenBegeleidingVanZijnOrganisatie() {
        UUID eigen = partner();
        UUID ander = partner();
        UUID bijMij = dossier();
        UUID bijAnder = dossier();
        begeleid(bijMij, eigen);
        begeleid(bijAnder, ander);
        afspraak(bijMij, "BEGELEIDING");
        afspraak(bijMij, "INTAKEGESPREK");
        afspraak(bijAnder, "BEGELEIDING");
        String begeleider = "begeleider.afspraak" + (System.nanoTime() % 1_000_000);
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                select ?, 'Begeleider', password_hash, '{BEGELEIDER}', '{}' from app_user where username = 'begeleider'""").param(begeleider).update();
        jdbc.sql("insert into partner_gebruiker (gebruikersnaam, partner_id) values (?, ?)")
                .params(begeleider, eigen)
                .update();

        meldAan(begeleider);
        assertThat(tel("select count(*) from afspraak where inburgeraar_id = ?", bijMij))
                .as("only the begeleiding appointment, not the consultant's intake")
                .isEqualTo(1);
        assertThat(tel("select count(*) from afspraak where inburgeraar_id = ?", bijAnder))
                .isZero();
        assertThat(jdbc.sql("update afspraak set tolk_geboekt = true, tolk_bij = 'x', tolk_geboekt_door = 'x',"
                                + " tolk_geboekt_op = now() where inburgeraar_id = ?")
                        .param(bijMij)
                        .update())
                .as("books its own begeleiding appointment only")
                .isEqualTo(1);
        assertThat(afspraak(bijMij, "BEGELEIDING")).isEqualTo(1);
        assertThatThrownBy(() -> afspraak(bijMij, "INTAKEGESPREK"))
                .as("no other kind")
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> afspraak(bijAnder, "BEGELEIDING"))
                .as("not for another organisation's person")
                .isInstanceOf(DataAccessException.class);

        meldAan("consulent.velsen");
        assertThat(tel("select count(*) from afspraak where inburgeraar_id = ?", bijMij))
                .as("another gemeente")
                .isZero();
        meldAan("consulent");
        assertThat(tel("select count(*) from afspraak where inburgeraar_id = ?", bijMij))
                .isEqualTo(3);
    }
}
