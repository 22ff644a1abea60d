package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, point 2: while DUO is down, slow or erroring, nothing names the person in the application log — not while
 * a notification is processed, not on a raadpleging, not on delivering a melding. The client's messages name the DUO
 * path with {@code {bsn}} (masked at the source), and what is stored about the failure names no BSN either.
 */
@ExtendWith(OutputCaptureExtension.class)
class GeenBsnInDeLogBijDuoStoringTest extends IntegrationTest {

    @Autowired
    DuoSimulator duo;

    @Autowired
    MeldingenVersturen versturen;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void herstel() {
        duo.herstel();
    }

    private String status(UUID berichtId) {
        return jdbc.sql("select status from duo_notificatie where bericht_id = ?")
                .param(berichtId)
                .query(String.class)
                .single();
    }

    private String fout(UUID berichtId) {
        return jdbc.sql("select fout from duo_notificatie where bericht_id = ?")
                .param(berichtId)
                .query(String.class)
                .single();
    }

    @Test
    void eenNotificatieTerwijlDuoNietAntwoordtZetGeenBsnInDeLog(CapturedOutput output) throws Exception {
        String bsn = TestData.bsn();
        TestDossiers.registreer(api("consulent"), TestData.inburgeraar(bsn));
        duo.zetTermijn(bsn, new DuoSimulator.Termijn(LocalDate.of(2026, 10, 21), LocalDate.of(2029, 10, 22)));
        duo.traag(Duration.ofSeconds(4)); // longer than the client's timeout in tests (2 s): DUO does not answer
        UUID bericht = NotificatieVerwerkingTest.notificeer(baseUrl(), "SS102", bsn);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(bericht).equals("FOUT"));
        // The failed run is logged (with its exception) after the status is marked: wait for that line.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> output.getAll().contains("DUO is not reachable (GET /personen/{bsn}/"));

        assertThat(fout(bericht))
                .contains("DUO is not reachable (GET /personen/{bsn}/")
                .doesNotContain(bsn);
        assertThat(output.getAll()).doesNotContain(bsn);
    }

    @Test
    void eenNotificatieVoorIemandZonderDossierTerwijlDuoNietAntwoordtZetGeenBsnInDeLog(CapturedOutput output)
            throws Exception {
        String bsn = TestData.bsn(); // no dossier here: the processing asks DUO for the notice of the duty
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true,
                        LocalDate.of(2026, 8, 20),
                        LocalDate.of(2026, 9, 3),
                        "Asielstatushouder",
                        "Asielstatushouder"));
        duo.traag(Duration.ofSeconds(4));
        UUID bericht = NotificatieVerwerkingTest.notificeer(baseUrl(), "SS101", bsn);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(bericht).equals("FOUT"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> output.getAll().contains("DUO is not reachable (GET /personen/{bsn}/inburgeringsplicht)"));

        assertThat(fout(bericht))
                .startsWith("DUO is not reachable (GET /personen/{bsn}/inburgeringsplicht)")
                .doesNotContain(bsn);
        assertThat(output.getAll()).doesNotContain(bsn);
    }

    @Test
    void eenRaadplegingEnEenMeldingTerwijlDuoNietAntwoordtZettenGeenBsnInDeLog(CapturedOutput output) {
        String bsn = TestData.bsn();
        String id = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(bsn), "B");
        duo.traag(Duration.ofSeconds(4));

        // Raadpleging: the consultant refreshes DUO's picture; the page says DUO did not answer, without the URL.
        WebSessie consulent = WebSessie.login(baseUrl(), "consulent");
        assertThat(consulent
                        .postMetCsrf("/inburgeraars/" + id + "/duo/vernieuw", Map.of(), "/inburgeraars/" + id + "/duo")
                        .statusCode())
                .isEqualTo(302);
        assertThat(consulent.get("/inburgeraars/" + id + "/duo").body())
                .contains("DUO is not reachable (GET /personen/{bsn}/");

        // Melding: the PIP melding times out and waits for its next attempt.
        versturen.verstuur();
        Map<String, Object> melding = jdbc.sql("select * from duo_melding where inburgeraar_id = ?::uuid")
                .param(id)
                .query()
                .singleRow();
        assertThat(melding.get("status")).isEqualTo("MISLUKT");
        assertThat(melding.get("fouttekst").toString())
                .contains("DUO is not reachable (POST /personen/{bsn}/PIP)")
                .doesNotContain(bsn);
        assertThat(output.getAll())
                .contains("Melding " + melding.get("id") + " to DUO failed")
                .doesNotContain(bsn);
    }
}
