package nl.inburgeringsregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14 points 6, 15, 16 with ADR 0004's tenant separation: a privacy officer of Velsen reaches none of Haarlem's
 * data-subject requests, legal holds or break-the-glass assignments — every address with their id is a 404, the lists
 * do not show them, and nothing changes. (TenantScheidingTest probes every endpoint with a dossier id; these take ids
 * of their own.)
 */
class PrivacyTenantScheidingTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eenPrivacyOfficerVanVelsenBereiktNietsVanHaarlem() {
        String bsn = TestData.bsn();
        String dossier = TestDossiers.registreer(api("consulent"), TestData.inburgeraar(bsn));
        String verzoek = jdbc.queryForObject(
                """
                insert into privacyverzoek (id, gemeentecode, soort, bsn, inburgeraar_id, verzoeker, ontvangen_op,
                                            uiterste_datum, geregistreerd_door, geregistreerd_op, version)
                values (gen_random_uuid(), '0392', 'INZAGE', ?, ?::uuid, 'de betrokkene zelf', ?, ?, 'privacy', now(), 0)
                returning id::text""", String.class, bsn, dossier, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 2));
        Long blokkade = jdbc.queryForObject("""
                insert into bewaarblokkade (inburgeraar_id, gemeentecode, reden, gezet_door, gezet_op)
                values (?::uuid, '0392', 'Beroep loopt', 'privacy', now()) returning id""", Long.class, dossier);
        Long doorbraak = jdbc.queryForObject("""
                insert into doorbraak (inburgeraar_id, gemeentecode, occurred_at, username, toegewezen_aan, reden)
                values (?::uuid, '0392', now(), 'consulent', 'consulent', 'Waarneming') returning id""", Long.class, dossier);

        String hash =
                jdbc.queryForObject("select password_hash from app_user where username = 'privacy'", String.class);
        jdbc.update("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                values ('privacy.velsen', 'Privacy officer Velsen', ?, '{PRIVACY_OFFICER}', '{0453}')
                on conflict do nothing""", hash);
        WebSessie velsen = WebSessie.login(baseUrl(), "privacy.velsen");

        List<String> lekken = new ArrayList<>();
        for (String pad : List.of(
                "/privacy/verzoeken/" + verzoek,
                "/privacy/verzoeken/" + verzoek + "/inzage",
                "/privacy/verzoeken/" + verzoek + "/inzage.json")) {
            int status = velsen.get(pad).statusCode();
            if (status != 404) {
                lekken.add("GET " + pad + " -> " + status);
            }
        }
        Map<String, Map<String, String>> posts = Map.of(
                "/privacy/verzoeken/" + verzoek + "/verlenging", Map.of("reden", "Veel gegevens"),
                "/privacy/verzoeken/" + verzoek + "/afhandeling", Map.of("uitkomst", "AFGEWEZEN", "toelichting", "x"),
                "/privacy/bewaren/" + blokkade + "/opheffing", Map.of("reden", "Beroep ingetrokken"),
                "/privacy/doorbraken/" + doorbraak + "/beoordeling", Map.of());
        for (var post : posts.entrySet()) {
            HttpResponse<String> antwoord = velsen.postMetCsrf(post.getKey(), post.getValue(), "/privacy/verzoeken");
            if (antwoord.statusCode() != 404) {
                lekken.add("POST " + post.getKey() + " -> " + antwoord.statusCode());
            }
        }
        assertThat(lekken).as("Haarlem's privacy objects reached from Velsen").isEmpty();

        assertThat(velsen.get("/privacy/verzoeken").body()).doesNotContain(verzoek, bsn);
        assertThat(velsen.get("/privacy/bewaren").body()).doesNotContain("Beroep loopt");
        assertThat(velsen.get("/privacy/doorbraken").body()).doesNotContain("Waarneming");

        assertThat(jdbc.queryForObject(
                        "select verlenging_reden is null and afgehandeld_op is null from privacyverzoek "
                                + "where id = ?::uuid",
                        Boolean.class,
                        verzoek))
                .as("the request is unchanged")
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select opgeheven_op is null from bewaarblokkade where id = ?", Boolean.class, blokkade))
                .as("the hold stands")
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select beoordeeld_op is null from doorbraak where id = ?", Boolean.class, doorbraak))
                .as("the assignment is not reviewed")
                .isTrue();

        // The same pages do answer Haarlem's own privacy officer (the probe above is not blind).
        WebSessie haarlem = WebSessie.login(baseUrl(), "privacy");
        assertThat(haarlem.get("/privacy/verzoeken/" + verzoek).statusCode()).isEqualTo(200);
        assertThat(haarlem.get("/privacy/bewaren").body()).contains("Beroep loopt");
        assertThat(haarlem.get("/privacy/doorbraken").body()).contains("Waarneming");
    }
}
