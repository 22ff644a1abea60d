package nl.inburgeringsregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21 point 7: the privacy officer finds a person's audit trail by BSN (exact, elfproef) or by name, as an AVG
 * inzage request names them, and a user by part of their name; the search is itself audited.
 */
class AuditInzageTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    private String registreer(String bsn, String geslachtsnaam, String voornamen) {
        Map<String, Object> body = TestData.inburgeraar(bsn);
        body.put("geslachtsnaam", geslachtsnaam);
        body.put("voornamen", voornamen);
        Api consulent = api("consulent");
        Api.Antwoord antwoord = consulent.post("/api/v1/inburgeraars", body);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        String id = antwoord.header("Location").replaceAll(".*/", "");
        consulent.get("/api/v1/inburgeraars/" + id);
        return id;
    }

    private static String auditlog(WebSessie sessie, String parameter, String waarde) {
        var antwoord = sessie.get("/auditlog?" + parameter + "=" + URLEncoder.encode(waarde, StandardCharsets.UTF_8));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }

    private List<String> acties(String id, String gebruiker) {
        return jdbc.sql("select action || ':' || coalesce(detail, '') from audit_log where inburgeraar_id = ?::uuid "
                        + "and username = ? order by id")
                .params(id, gebruiker)
                .query(String.class)
                .list();
    }

    private static String letters() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    @Test
    void dePrivacyOfficerVindtHetAuditspoorOpBsnEnDieZoektochtWordtVastgelegd() {
        String bsn = TestData.bsn();
        String id = registreer(bsn, "Kılıç" + letters(), "Ayşe");
        WebSessie privacy = WebSessie.login(baseUrl(), "privacy");

        String pagina = auditlog(privacy, "inburgeraar", bsn);
        assertThat(pagina)
                .contains(
                        "Auditspoor van Ayşe Kılıç",
                        "geboren 12-04-1990 (Haarlem)",
                        "Dossier bekeken",
                        "/auditlog?inburgeraar=" + id);
        assertThat(pagina).doesNotContain("Dit is geen geldig dossiernummer");
        // Also typed with spaces or dots, as BSNs are written in letters.
        String metPunten = bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6);
        assertThat(auditlog(privacy, "inburgeraar", metPunten)).contains("Auditspoor van Ayşe Kılıç");
        // The search listed the person and showed the trail: both audited, for the privacy officer.
        assertThat(acties(id, "privacy")).contains("IN_ZOEKRESULTAAT:auditlog", "AUDITSPOOR_BEKEKEN:auditlog");
    }

    @Test
    void eenBsnDatNietDoorDeElfproefKomtWordtGeweigerdMetUitleg() {
        WebSessie privacy = WebSessie.login(baseUrl(), "privacy");
        assertThat(auditlog(privacy, "inburgeraar", "123456789"))
                .contains("Dit BSN voldoet niet aan de elfproef")
                .doesNotContain("Auditspoor van");
        assertThat(auditlog(privacy, "inburgeraar", "12345678")).contains("Een BSN bestaat uit precies negen cijfers.");
    }

    @Test
    void opNaamZonderAccentenKiestDePrivacyOfficerUitDeGevondenPersonen() {
        String achter = letters();
        String eerste = registreer(TestData.bsn(), "Kılıç" + achter, "Ayşe");
        String tweede = registreer(TestData.bsn(), "Kılıç" + achter, "Mehmet");
        WebSessie privacy = WebSessie.login(baseUrl(), "privacy");

        String lijst = auditlog(privacy, "inburgeraar", "kilic" + achter);
        assertThat(lijst)
                .contains(
                        "Gevonden inburgeraars",
                        "Ayşe Kılıç" + achter + ", geboren 12-04-1990 (Haarlem)",
                        "/auditlog?inburgeraar=" + eerste,
                        "/auditlog?inburgeraar=" + tweede)
                .doesNotContain("Auditspoor van");
        // First name and surname, or surname, first name: one person, whose trail opens at once.
        assertThat(auditlog(privacy, "inburgeraar", "mehmet kilic" + achter))
                .contains("Auditspoor van Mehmet Kılıç" + achter);
        assertThat(auditlog(privacy, "inburgeraar", "KILIC" + achter + ", ayse"))
                .contains("Auditspoor van Ayşe Kılıç" + achter);
        assertThat(auditlog(privacy, "inburgeraar", "niemand" + achter)).contains("Geen inburgeraar gevonden");
        assertThat(acties(eerste, "privacy")).contains("IN_ZOEKRESULTAAT:auditlog");
        assertThat(acties(tweede, "privacy")).contains("IN_ZOEKRESULTAAT:auditlog", "AUDITSPOOR_BEKEKEN:auditlog");
    }

    @Test
    void eenPrivacyOfficerVindtGeenPersonenVanEenAndereGemeente() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'privacy'")
                .query(String.class)
                .single();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                values ('privacy.velsen', 'Privacy Velsen', ?, '{PRIVACY_OFFICER}', '{0453}') on conflict do nothing""").param(hash).update();
        String bsn = TestData.bsn();
        String achter = letters();
        String id = registreer(bsn, "Şahin" + achter, "Emre");
        WebSessie velsen = WebSessie.login(baseUrl(), "privacy.velsen");
        assertThat(auditlog(velsen, "inburgeraar", bsn))
                .contains("Geen inburgeraar gevonden")
                .doesNotContain("Şahin");
        assertThat(auditlog(velsen, "inburgeraar", "sahin" + achter)).contains("Geen inburgeraar gevonden");
        assertThat(auditlog(velsen, "inburgeraar", id)).doesNotContain("Auditspoor van", id + "</a>");
        assertThat(acties(id, "privacy.velsen")).isEmpty();
    }

    @Test
    void eenGebruikerWordtGevondenOpEenDeelVanDeNaam() {
        WebSessie privacy = WebSessie.login(baseUrl(), "privacy");
        registreer(TestData.bsn(), "Haddad", "Rania");
        // Part of the name, any case: one user, whose actions are shown at once.
        assertThat(auditlog(privacy, "gebruiker", "SANNE"))
                .contains("Vastgelegde acties van Sanne de Vries (consulent)");
        assertThat(auditlog(privacy, "gebruiker", "de vrie"))
                .contains("Vastgelegde acties van Sanne de Vries (consulent)");
        // The exact user name still goes straight to that user, though other names contain it.
        assertThat(auditlog(privacy, "gebruiker", "consulent"))
                .contains("Vastgelegde acties van Sanne de Vries (consulent)");
        // Several: a list to choose from.
        String meer = auditlog(privacy, "gebruiker", "ma");
        assertThat(meer)
                .contains("Gevonden gebruikers", "/auditlog?gebruiker=teamleider", "/auditlog?gebruiker=privacy")
                .doesNotContain("Vastgelegde acties van");
    }
}
