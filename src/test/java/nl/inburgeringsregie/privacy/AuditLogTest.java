package nl.inburgeringsregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.DatabaseEigenaar;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Every read and write of personal data lands in the append-only audit log: who, whom, what, why, when, where. */
class AuditLogTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private AuditLog auditLog;

    @Autowired
    private Gebruikers gebruikers;

    @Autowired
    private PlatformTransactionManager transactiebeheer;

    private TransactionTemplate transacties;

    @BeforeEach
    void transacties() {
        transacties = new TransactionTemplate(transactiebeheer);
    }

    private List<String> acties(UUID id, String gebruiker) {
        return jdbc.sql("select action from audit_log where inburgeraar_id = ? and username = ? order by id")
                .params(id, gebruiker)
                .query(String.class)
                .list();
    }

    @Test
    void registrerenLezenWijzigenEnZoekenWordenVastgelegd() {
        String bsn = TestData.bsn();
        Api consulent = api("consulent");
        Api.Antwoord aangemaakt = consulent.post("/api/v1/inburgeraars", TestData.inburgeraar(bsn));
        UUID id = UUID.fromString(aangemaakt.json().get("id").asString());
        consulent.get("/api/v1/inburgeraars/" + id);
        consulent.get("/api/v1/inburgeraars/" + id + "/journaal");
        consulent.get("/api/v1/inburgeraars?zoek=" + bsn);
        var dossier = new HashMap<String, Object>(
                Api.JSON.readValue(consulent.get("/api/v1/inburgeraars/" + id).body(), Map.class));
        dossier.put("voornamen", "Rania Amal");
        consulent.put("/api/v1/inburgeraars/" + id, dossier);

        assertThat(acties(id, "consulent"))
                .containsExactly(
                        "GEREGISTREERD",
                        "DOSSIER_BEKEKEN",
                        "JOURNAAL_BEKEKEN",
                        "IN_ZOEKRESULTAAT",
                        "DOSSIER_BEKEKEN",
                        "GEWIJZIGD");
        var rij = jdbc.sql("select roles, purpose, gemeentecode, client_address, detail from audit_log "
                        + "where inburgeraar_id = ? and action = 'GEWIJZIGD'")
                .param(id)
                .query()
                .singleRow();
        assertThat(rij.get("roles")).isEqualTo("CONSULENT");
        assertThat(rij.get("purpose")).isEqualTo("uitvoering Wet inburgering");
        assertThat(rij.get("gemeentecode")).isEqualTo("0392");
        assertThat(rij.get("client_address")).isEqualTo("127.0.0.1");
        assertThat(rij.get("detail")).isEqualTo("voornamen");
    }

    @Test
    void zoekenTeltAlsInzageVanElkeGevondenPersoon() {
        String achternaam = "Zoektest" + UUID.randomUUID().toString().substring(0, 8);
        Api consulent = api("consulent");
        for (int i = 0; i < 3; i++) {
            var body = TestData.inburgeraar(TestData.bsn());
            body.put("geslachtsnaam", achternaam);
            consulent.post("/api/v1/inburgeraars", body);
        }
        Api.Antwoord resultaat = api("teamleider").get("/api/v1/inburgeraars?zoek=" + achternaam);
        assertThat(resultaat.json().get("inburgeraars").size()).isEqualTo(3);
        assertThat(jdbc.sql("""
                select count(*) from audit_log a join inburgeraar i on i.id = a.inburgeraar_id
                where i.geslachtsnaam = ? and a.username = 'teamleider' and a.action = 'IN_ZOEKRESULTAAT'""").param(achternaam).query(Integer.class).single())
                .isEqualTo(3);
    }

    @Test
    void hetDossierBekijkenInDeBrowserWordtVastgelegd() {
        Api.Antwoord aangemaakt = api("consulent").post("/api/v1/inburgeraars", TestData.inburgeraar(TestData.bsn()));
        UUID id = UUID.fromString(aangemaakt.json().get("id").asString());
        WebSessie sessie = WebSessie.login(baseUrl(), "teamleider");
        assertThat(sessie.get("/inburgeraars/" + id).statusCode()).isEqualTo(200);
        assertThat(acties(id, "teamleider")).contains("DOSSIER_BEKEKEN");
    }

    @Test
    void hetAuditlogKanNietWordenGewijzigdOfGewist() {
        // At least one row, so that the row triggers have something to refuse even when this test runs first.
        jdbc.sql("""
                insert into audit_log (occurred_at, username, roles, action, purpose)
                values (now(), 'auditlogtest', 'TEST', 'DOSSIER_BEKEKEN', 'test')""").update();
        // The application has no right to (issue 14 point 5), and the triggers refuse even the tables' owner.
        assertThatThrownBy(() ->
                        jdbc.sql("update audit_log set username = 'iemand'").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        try (DatabaseEigenaar eigenaar = DatabaseEigenaar.van(jdbc)) {
            JdbcClient owner = eigenaar.jdbc();
            assertThatThrownBy(() -> owner.sql("update audit_log set username = 'iemand'")
                            .update())
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> owner.sql("delete from audit_log").update())
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> owner.sql("truncate audit_log").update()).hasMessageContaining("append-only");
        }
    }

    @Test
    void alleenDePrivacyOfficerZietHetAuditlog() {
        assertThat(WebSessie.login(baseUrl(), "privacy").get("/auditlog").statusCode())
                .isEqualTo(200);
        assertThat(WebSessie.login(baseUrl(), "consulent").get("/auditlog").statusCode())
                .isEqualTo(403);
        assertThat(WebSessie.login(baseUrl(), "beheerder").get("/auditlog").statusCode())
                .isEqualTo(403);
    }

    @Test
    void eenPrivacyOfficerZietAlleenToegangTotPersonenVanDeEigenGemeente() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'privacy'")
                .query(String.class)
                .single();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                values ('privacy.velsen', 'Privacy Velsen', ?, '{PRIVACY_OFFICER}', '{0453}') on conflict do nothing""").param(hash).update();
        Api consulent = api("consulent");
        String id = consulent
                .post("/api/v1/inburgeraars", TestData.inburgeraar(TestData.bsn()))
                .header("Location")
                .replaceAll(".*/", "");
        consulent.get("/api/v1/inburgeraars/" + id);

        assertThat(WebSessie.login(baseUrl(), "privacy")
                        .get("/auditlog?inburgeraar=" + id)
                        .body())
                .contains(id + "</a>");
        String velsen = WebSessie.login(baseUrl(), "privacy.velsen")
                .get("/auditlog?inburgeraar=" + id)
                .body();
        assertThat(velsen).doesNotContain(id + "</a>");
        assertThat(WebSessie.login(baseUrl(), "privacy.velsen")
                        .get("/auditlog?gebruiker=consulent")
                        .body())
                .doesNotContain(id + "</a>");
    }

    @Test
    void deSchrijftijdVanHetAuditlogTeltOpInHetVerzoek() {
        UUID id = UUID.fromString(api("consulent")
                .post("/api/v1/inburgeraars", TestData.inburgeraar(TestData.bsn()))
                .header("Location")
                .replaceAll(".*/", ""));
        UserDetails account = gebruikers.loadUserByUsername("consulent");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        MockHttpServletRequest verzoek = new MockHttpServletRequest("GET", "/werkvoorraad");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(verzoek));
        try {
            transacties.executeWithoutResult(t -> {
                auditLog.registreer(AuditActie.IN_ZOEKRESULTAAT, List.of(new AuditLog.Betrokkene(id, "0392")), "test");
                auditLog.registreer(AuditActie.DOSSIER_BEKEKEN, new AuditLog.Betrokkene(id, "0392"), null);
            });
        } finally {
            RequestContextHolder.resetRequestAttributes();
            SecurityContextHolder.clearContext();
        }
        // Summed over both writes, for the access log of benchmarks (docs/performance.md): positive microseconds.
        assertThat(verzoek.getAttribute(AuditLog.SCHRIJFTIJD_ATTRIBUUT))
                .isInstanceOfSatisfying(
                        Long.class, microseconden -> assertThat(microseconden).isPositive());
        assertThat(acties(id, "consulent")).endsWith("IN_ZOEKRESULTAAT", "DOSSIER_BEKEKEN");
    }
}
