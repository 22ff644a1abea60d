package nl.inburgeringsregie.inburgeraar;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The migration of issue 12 (V16_2, rule T-15): milestones typed before this release are put back on their proof (the
 * first vastgestelde PIP, the finished intake, DUO's termijn) or nulled, each change journaled as a typed value that no
 * longer counts. Typed values cannot be made through the application any more, so the test writes them straight into
 * the table (no signed-in user: the system's connection, '*' for row-level security) and runs the migration's function
 * on its own dossiers.
 */
class GetypteMijlpalenMigratieTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private void typ(String id, String kolom, String waarde) {
        jdbc.sql("update inburgeraar set " + kolom + " = ?::date where id = ?::uuid")
                .params(waarde, id)
                .update();
    }

    private int migreer(String... ids) {
        return jdbc.sql("select inburgeringsregie_getypte_mijlpalen_t15(?::uuid[])")
                .param(Arrays.stream(ids).map(UUID::fromString).toArray(UUID[]::new))
                .query(Integer.class)
                .single();
    }

    private Map<String, Object> mijlpalen(String id) {
        return jdbc.sql("select dagtekening_pip, datum_brede_intake_afgerond, einddatum_inburgeringstermijn, version "
                        + "from inburgeraar where id = ?::uuid")
                .param(id)
                .query()
                .singleRow();
    }

    private List<JsonNode> correcties(String id) {
        List<JsonNode> regels = new ArrayList<>();
        api("consulent").get("/api/v1/inburgeraars/" + id + "/journaal").json().forEach(r -> {
            if (r.get("soort").asString().equals("CORRECTIE")) {
                regels.add(r);
            }
        });
        return regels;
    }

    @Test
    void getypteMijlpalenZonderBewijsVervallenMetEenRegelInHetJournaal() {
        Api consulent = api("consulent");
        String id = TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        typ(id, "datum_brede_intake_afgerond", "2026-09-20");
        typ(id, "dagtekening_pip", "2026-09-25");
        typ(id, "einddatum_inburgeringstermijn", "2029-09-26");
        int versie = (Integer) mijlpalen(id).get("version");

        assertThat(migreer(id)).isEqualTo(3);

        Map<String, Object> na = mijlpalen(id);
        assertThat(na.get("dagtekening_pip")).isNull();
        assertThat(na.get("datum_brede_intake_afgerond")).isNull();
        assertThat(na.get("einddatum_inburgeringstermijn")).isNull();
        assertThat((Integer) na.get("version"))
                .as("a form opened before cannot write them back")
                .isGreaterThan(versie);
        List<JsonNode> regels = correcties(id);
        assertThat(regels)
                .extracting(r -> r.get("veld").asString())
                .containsExactlyInAnyOrder(
                        "dagtekeningPip", "datumBredeIntakeAfgerond", "einddatumInburgeringstermijn");
        assertThat(regels)
                .allSatisfy(r ->
                        assertThat(r.get("nieuweWaarde").asString()).contains("Getypte waarde telt niet meer", "T-15"));
        assertThat(regels).anySatisfy(r -> {
            assertThat(r.get("veld").asString()).isEqualTo("dagtekeningPip");
            assertThat(r.get("oudeWaarde").asString())
                    .as("the typed value stays visible")
                    .isEqualTo("2026-09-25");
        });
        // The deadlines no longer say the PIP is there. (T-12's HUISVESTING is met by the housing this dossier has.)
        JsonNode termijnen =
                consulent.get("/api/v1/inburgeraars/" + id + "/termijnen").json();
        assertThat(termijnen).isNotEmpty();
        termijnen.forEach(t -> {
            if (!t.get("soort").asString().equals("HUISVESTING")) {
                assertThat(t.get("status").asString())
                        .as(t.get("soort").asString())
                        .isNotEqualTo("VOLDAAN");
            }
        });
        // The dossier page shows the line, marked as typed.
        assertThat(WebSessie.login(baseUrl(), "consulent")
                        .get("/inburgeraars/" + id)
                        .body())
                .contains("getypte waarde telt niet meer (regel T-15)", "25-09-2026");

        assertThat(migreer(id)).as("a second run changes nothing").isZero();
    }

    @Test
    void eenGetypteWaardeWijktVoorHetEerstePipDeAfgerondeIntakeEnDuo() {
        Api consulent = api("consulent");
        String bsn = TestData.bsn();
        String id = TestDossiers.metVastgesteldPip(consulent, TestData.inburgeraar(bsn), "B");
        assertThat(mijlpalen(id).get("dagtekening_pip")).isEqualTo(Date.valueOf(TestDossiers.DAGTEKENING));
        typ(id, "dagtekening_pip", "2026-09-16");
        // A finished intake with its date, and DUO's termijn as last fetched.
        jdbc.sql("""
                insert into intake (inburgeraar_id, gemeentecode, status, afgerond_op, gewijzigd_op, version)
                values (?::uuid, '0392', 'AFGEROND', '2026-10-02', now(), 1)
                on conflict (inburgeraar_id) do update set status = 'AFGEROND', afgerond_op = '2026-10-02'""").param(id).update();
        typ(id, "datum_brede_intake_afgerond", "2026-09-17");
        jdbc.sql("""
                insert into duo_gegeven (inburgeraar_id, onderwerp, gemeentecode, inhoud, opgehaald_op)
                values (?::uuid, 'inburgeringstermijn', '0392', '{"startdatum":"2026-10-21","einddatum":"2029-10-21"}', now())
                on conflict (inburgeraar_id, onderwerp) do update set inhoud = excluded.inhoud""").param(id).update();
        typ(id, "einddatum_inburgeringstermijn", "2030-01-01");

        assertThat(migreer(id)).isEqualTo(3);

        Map<String, Object> na = mijlpalen(id);
        assertThat(na.get("dagtekening_pip")).isEqualTo(Date.valueOf(TestDossiers.DAGTEKENING));
        assertThat(na.get("datum_brede_intake_afgerond")).isEqualTo(Date.valueOf(LocalDate.of(2026, 10, 2)));
        assertThat(na.get("einddatum_inburgeringstermijn")).isEqualTo(Date.valueOf(LocalDate.of(2029, 10, 21)));
        assertThat(correcties(id))
                .anySatisfy(r -> {
                    assertThat(r.get("veld").asString()).isEqualTo("dagtekeningPip");
                    assertThat(r.get("oudeWaarde").asString()).isEqualTo("2026-09-16");
                    assertThat(r.get("nieuweWaarde").asString())
                            .contains("eerste vastgestelde PIP", TestDossiers.DAGTEKENING);
                })
                .anySatisfy(r ->
                        assertThat(r.get("nieuweWaarde").asString()).contains("einddatum volgens DUO", "2029-10-21"));
    }

    @Test
    void eenWaardeDieOvereenkomtMetHaarBewijsBlijftZonderJournaalregel() {
        Api consulent = api("consulent");
        String id = TestDossiers.metVastgesteldPip(consulent, TestData.inburgeraar(TestData.bsn()), "B");
        int regels =
                consulent.get("/api/v1/inburgeraars/" + id + "/journaal").json().size();
        assertThat(migreer(id)).isZero();
        assertThat(mijlpalen(id).get("dagtekening_pip")).isEqualTo(Date.valueOf(TestDossiers.DAGTEKENING));
        assertThat(consulent
                        .get("/api/v1/inburgeraars/" + id + "/journaal")
                        .json()
                        .size())
                .isEqualTo(regels);
    }
}
