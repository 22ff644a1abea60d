package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, part 1, with DUO (the simulator, every message checked against DUO's files): DUO's doelgroep change (SS124,
 * SS125) and its doelgroep history enter the dossier's history with DUO's dates, and each deadline is computed under
 * the group valid at the time (PL-6, T-15); DUO's einddatum of a termijn after a dagtekening of 28 February (T-3).
 */
class DoelgroepHistorieTest extends IntegrationTest {

    @Autowired
    DuoSimulator duo;

    @Autowired
    MeldingenVersturen versturen;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void herstel() {
        duo.herstel();
        clock.reset();
    }

    private String status(UUID berichtId) {
        return jdbc.sql("select status from duo_notificatie where bericht_id = ?")
                .param(berichtId)
                .query(String.class)
                .single();
    }

    private void verwerkt(String gebeurtenis, String bsn) throws Exception {
        UUID bericht = NotificatieVerwerkingTest.notificeer(baseUrl(), gebeurtenis, bsn);
        await().atMost(Duration.ofSeconds(20)).until(() -> !status(bericht).equals("ONTVANGEN"));
        assertThat(status(bericht))
                .as(jdbc.sql("select coalesce(fout, '') from duo_notificatie where bericht_id = ?")
                        .param(bericht)
                        .query(String.class)
                        .single())
                .isEqualTo("VERWERKT");
    }

    private JsonNode termijn(String id, String soort) {
        for (JsonNode t : api("consulent")
                .get("/api/v1/inburgeraars/" + id + "/termijnen")
                .json()) {
            if (t.get("soort").asString().equals(soort)) {
                return t;
            }
        }
        throw new AssertionError("no " + soort);
    }

    private List<String> historie(String id) {
        return jdbc.sql("select bron || ':' || doelgroep || ':' || geldig_vanaf from doelgroep_historie "
                        + "where inburgeraar_id = ?::uuid and bron = 'DUO' order by geldig_vanaf, id")
                .param(id)
                .query(String.class)
                .list();
    }

    @Test
    void ss125NaarAsielstatushouderGeldtVanafDuosWijzigingsdatumVoorDeLopendePipTermijn() throws Exception {
        // A gezinsmigrant in the BRP since 12-01-2026 (T-1 until 23-03-2026), housed on 01-02-2026; DUO makes them
        // asielstatushouder from 05-02-2026, before that deadline: T-1 now runs from housing, to 12-04-2026, a Sunday.
        clock.zet(LocalDate.of(2026, 2, 10));
        String bsn = TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(bsn);
        body.put("doelgroep", "Gezinsmigrant en overige migrant");
        body.put("gedetailleerdeDoelgroep", "Gezinsvormer");
        body.put("datumKennisgeving", "2026-01-02");
        body.remove("datumKoppeling");
        body.put("datumInschrijvingBrp", "2026-01-12");
        body.put("datumHuisvesting", "2026-02-01");
        String id = TestDossiers.registreer(api("consulent"), body);
        assertThat(termijn(id, "PIP_VASTSTELLEN").get("uiterlijkeDatum").asString())
                .isEqualTo("2026-03-23");

        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true,
                        LocalDate.of(2026, 1, 2),
                        LocalDate.of(2026, 1, 2),
                        "Gezinsmigrant en overige migrant",
                        "Gezinsvormer"));
        duo.wijzigDoelgroep(bsn, "Asielstatushouder", "Gezinsvormer met Asielstatushouder", LocalDate.of(2026, 2, 5));
        verwerkt("SS125", bsn);

        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + id)
                        .json()
                        .get("doelgroep")
                        .asString())
                .isEqualTo("Asielstatushouder");
        assertThat(historie(id))
                .containsExactly("DUO:GEZINSMIGRANT_EN_OVERIGE_MIGRANT:2026-01-02", "DUO:ASIELSTATUSHOUDER:2026-02-05");
        JsonNode pip = termijn(id, "PIP_VASTSTELLEN");
        assertThat(pip.get("startdatum").asString()).isEqualTo("2026-02-01");
        assertThat(pip.get("uiterlijkeDatum").asString()).isEqualTo("2026-04-13");
        assertThat(pip.get("toelichting").asString())
                .contains("Berekend voor de doelgroep asielstatushouder, die geldt vanaf "
                        + "05-02-2026 (daarvoor gezinsmigrant en overige migrant) (regel PL-6)");
    }

    @Test
    void ss124NaDeUitersteDatumRekentDeVoorbijePipTermijnNietOpnieuw() throws Exception {
        // An asielstatushouder housed 15-01-2026: T-1 ended 26-03-2026. DUO makes them gezinsmigrant from 03-04-2026;
        // under that group (BRP 01-04-2026) T-1 would run to 10-06-2026, but a change never recomputes a past deadline.
        clock.zet(LocalDate.of(2026, 4, 5));
        String bsn = TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(bsn);
        body.put("datumKennisgeving", "2026-01-02");
        body.put("datumKoppeling", "2025-12-20");
        body.put("datumHuisvesting", "2026-01-15");
        body.put("datumInschrijvingBrp", "2026-04-01");
        String id = TestDossiers.registreer(api("consulent"), body);

        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true,
                        LocalDate.of(2026, 1, 2),
                        LocalDate.of(2026, 1, 2),
                        "Asielstatushouder",
                        "Asielstatushouder"));
        duo.wijzigDoelgroep(bsn, "Gezinsmigrant en overige migrant", "Gezinsvormer", LocalDate.of(2026, 4, 3));
        verwerkt("SS124", bsn);

        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + id)
                        .json()
                        .get("doelgroep")
                        .asString())
                .isEqualTo("Gezinsmigrant en overige migrant");
        assertThat(historie(id))
                .containsExactly("DUO:ASIELSTATUSHOUDER:2026-01-02", "DUO:GEZINSMIGRANT_EN_OVERIGE_MIGRANT:2026-04-03");
        JsonNode pip = termijn(id, "PIP_VASTSTELLEN");
        assertThat(pip.get("uiterlijkeDatum").asString()).isEqualTo("2026-03-26");
        assertThat(pip.get("status").asString()).isEqualTo("VERLOPEN");
        assertThat(pip.get("gemistOp").asString()).isEqualTo("2026-03-26");
        assertThat(pip.get("toelichting").asString())
                .contains("Berekend voor de doelgroep asielstatushouder: de wijziging naar "
                        + "gezinsmigrant en overige migrant op 03-04-2026 geldt niet voor deze termijn");
    }

    @Test
    void duoRegistreertNaEenDagtekeningOp28FebruariDeEinddatumDieOp28FebruariEindigt() throws Exception {
        // T-3, T-14: dagtekening 28-02-2028, last day 28-02-2031; DUO's einddatum is exclusive: 01-03-2031.
        clock.zet(LocalDate.of(2028, 3, 1));
        String bsn = TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(bsn);
        body.put("datumKennisgeving", "2027-12-01");
        body.put("datumKoppeling", "2027-11-20");
        body.put("datumHuisvesting", "2027-12-15");
        String id = TestDossiers.registreer(api("consulent"), body);
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true,
                        LocalDate.of(2027, 11, 1),
                        LocalDate.of(2027, 12, 1),
                        "Asielstatushouder",
                        "Asielstatushouder"));
        String pip = TestDossiers.pipConcept(api("consulent"), id, "B");
        Api.Antwoord vastgesteld =
                api("consulent").post("/api/v1/pips/" + pip + "/vaststelling", Map.of("dagtekeningPip", "2028-02-28"));
        assertThat(vastgesteld.status()).as(vastgesteld.body()).isEqualTo(200);
        versturen.verstuur();
        assertThat(duo.pipMeldingen(bsn)).hasSize(1);

        verwerkt("SS102", bsn);
        JsonNode termijn = termijn(id, "INBURGERINGSTERMIJN");
        assertThat(termijn.get("verwacht").asBoolean()).isFalse();
        assertThat(termijn.get("uiterlijkeDatum").asString()).isEqualTo("2031-02-28");
        assertThat(termijn.get("toelichting").asString()).contains("tot en met 28-02-2031 volgens DUO", "01-03-2031");
    }
}
