package nl.inburgeringsregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A BSN never reaches the application log: not on success, not on refusals, not in database errors. */
@ExtendWith(OutputCaptureExtension.class)
class GeenPersoonsgegevensInLogsTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void bsnKomtNietInDeLogs(CapturedOutput output) {
        String bsn = TestData.bsn();
        Api consulent = api("consulent");
        String pad = consulent
                .post("/api/v1/inburgeraars", TestData.inburgeraar(bsn))
                .header("Location");
        consulent.get(pad);
        consulent.get("/api/v1/inburgeraars?zoek=" + bsn);
        assertThat(consulent
                        .post("/api/v1/inburgeraars", TestData.inburgeraar(bsn))
                        .status())
                .isEqualTo(409);
        Map<String, Object> kapot = TestData.inburgeraar(bsn);
        kapot.put("doelgroep", "onzin");
        assertThat(consulent.post("/api/v1/inburgeraars", kapot).status()).isEqualTo(400);
        assertThat(api("consulent.velsen").get(pad).status()).isEqualTo(404);

        assertThat(output.getAll()).doesNotContain(bsn);
    }

    /**
     * Issue 14, point 2: the guard in the logging configuration masks a BSN however it reaches a log statement — in
     * the message, an argument, an exception's message, its cause — and leaves other numbers alone.
     */
    @Test
    void deLogbewakingMaskeertElkBsnOokAlsDeCodeHetTochLogt(CapturedOutput output) {
        String bsn = TestData.bsn();
        String geenBsn = bsn.substring(0, 8) + (char) ('0' + (bsn.charAt(8) - '0' + 1) % 10); // fails the elfproef
        Logger log = LoggerFactory.getLogger("nl.inburgeringsregie.test.Logbewaking");
        log.warn(
                "Persoon " + bsn + " in de tekst, " + "{} als argument, {} in punten, {} geen BSN",
                bsn,
                bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6),
                geenBsn);
        log.error(
                "Een fout met het BSN erin",
                new IllegalStateException("GET /personen/" + bsn + "/doelgroep", new IOException("oorzaak " + bsn)));

        assertThat(output.getAll())
                .doesNotContain(bsn)
                .contains("Persoon [BSN] in de tekst, [BSN] als argument, [BSN] in punten, " + geenBsn + " geen BSN")
                .contains("java.lang.IllegalStateException: GET /personen/[BSN]/doelgroep")
                .contains("java.io.IOException: oorzaak [BSN]");
    }

    @Test
    void databasefoutenNoemenGeenSleutelwaarden() {
        String bsn = TestData.bsn();
        String pad = api("consulent")
                .post("/api/v1/inburgeraars", TestData.inburgeraar(bsn))
                .header("Location");
        String id = pad.substring(pad.lastIndexOf('/') + 1);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into inburgeraar (id, gemeentecode, bsn, geslachtsnaam, geboortedatum, geslacht, doelgroep, wet,
                                         fase, registratiebron, version)
                select gen_random_uuid(), gemeentecode, bsn, 'x', geboortedatum, geslacht, doelgroep, wet, fase,
                       registratiebron, 0 from inburgeraar where id = ?::uuid""").param(id).update())
                .satisfies(e -> assertThat(String.valueOf(e.getMessage()) + e.getCause())
                        .doesNotContain(bsn));
    }
}
