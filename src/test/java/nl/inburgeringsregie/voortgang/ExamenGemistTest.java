package nl.inburgeringsregie.voortgang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * route-na-pip.md §1(e) scenario 10 (R-12; ADR 0042): DUO's exam without result because the person was absent (or by
 * their own fault, Verwijtbaar) is the deadline EXAMEN_GEMIST on the consultant's worklist, "binnenkort" from the exam's
 * day and due 14 days after it; Afgemeld and Nietverwijtbaar give none; a no-show conversation or one on the exam's
 * own day does not deal with it, a later result for the same part or a conversation held after the exam does. Each
 * change arrives with DUO's fetch or the conversation, in the same transaction.
 */
class ExamenGemistTest extends IntegrationTest {

    @Autowired
    private DuoSimulator duo;

    @BeforeEach
    void vandaag() {
        clock.zet(LocalDate.of(2026, 12, 15));
    }

    @AfterEach
    void herstel() {
        duo.herstel();
        clock.reset();
    }

    private static Map<String, Object> examen(String onderdeel, String datum, String resultaat, String reden) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("examendatum", datum);
        e.put("resultaat", resultaat);
        if (reden != null) {
            e.put("redenGeenResultaat", reden);
        }
        e.put("onderdeel", onderdeel);
        e.put("niveau", onderdeel.equals("KNM") ? null : "B1");
        e.values().removeIf(v -> v == null);
        return e;
    }

    /** DUO now answers these results; the consultant refreshes the DUO page (as on a SS199 notification). */
    private void duoMeldt(String bsn, String dossier, List<Map<String, Object>> resultaten) {
        duo.zet("/personen/" + bsn + "/examens/resultaten", resultaten);
        WebSessie web = WebSessie.login(baseUrl(), "consulent");
        assertThat(web.postMetCsrf(
                                "/inburgeraars/" + dossier + "/duo/vernieuw",
                                Map.of(),
                                "/inburgeraars/" + dossier + "/duo")
                        .statusCode())
                .isEqualTo(302);
    }

    private String dossier(String bsn) {
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(bsn), "B");
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1), "Asielstatushouder", null));
        return dossier;
    }

    private JsonNode gemist(String dossier) {
        return TestDossiers.termijn(api("consulent"), dossier, "EXAMEN_GEMIST");
    }

    private void gesprek(String dossier, String datum, boolean aanwezig) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("datum", datum);
        g.put("aanwezig", aanwezig);
        if (aanwezig) {
            g.put("vorm", "TELEFONISCH");
        }
        Api.Antwoord a = api("consulent").post("/api/v1/inburgeraars/" + dossier + "/voortgangsgesprekken", g);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }

    private List<String> werkvoorraad() {
        Api.Antwoord a = api("consulent").get("/api/v1/werkvoorraad?grootte=200&soort=EXAMEN_GEMIST");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json()
                .get("regels")
                .valueStream()
                .map(r -> r.get("inburgeraarId").asString())
                .toList();
    }

    @Test
    void scenario10AbsentGeeftHetSignaalTotEenLaterResultaatVoorHetzelfdeOnderdeel() {
        String bsn = TestData.bsn();
        String dossier = dossier(bsn);
        assertThat(gemist(dossier)).as("no exam yet: no signal").isNull();

        duoMeldt(
                bsn,
                dossier,
                List.of(
                        examen("KNM", "2026-11-25", "Geen", "Afgemeld"),
                        examen("LU", "2026-11-26", "Geen", "Nietverwijtbaar"),
                        examen("LE", "2026-11-27", "Gezakt", null)));
        assertThat(gemist(dossier))
                .as("cancelled in time, not the person's fault, or failed: nothing missed")
                .isNull();

        duoMeldt(
                bsn,
                dossier,
                List.of(examen("KNM", "2026-11-25", "Geen", "Afgemeld"), examen("SP", "2026-12-01", "Geen", "Absent")));
        JsonNode signaal = gemist(dossier);
        assertThat(signaal).isNotNull();
        assertThat(signaal.get("status").asString()).isEqualTo("BINNENKORT");
        assertThat(signaal.get("regel").asString()).isEqualTo("R-12");
        assertThat(signaal.get("uiterlijkeDatum").asString()).isEqualTo("2026-12-15");
        assertThat(signaal.get("toelichting").asString())
                .contains("Spreken op 01-12-2026 (niet verschenen)", "geen automatische boete", "scenario 10")
                .doesNotContain("KNM");
        assertThat(werkvoorraad()).contains(dossier);

        // A no-show, and a conversation on the exam's own day, do not deal with it.
        gesprek(dossier, "2026-12-01", true);
        gesprek(dossier, "2026-12-03", false);
        assertThat(gemist(dossier).get("status").asString()).isEqualTo("BINNENKORT");
        clock.zet(LocalDate.of(2026, 12, 16));
        assertThat(gemist(dossier).get("status").asString())
                .as("14 days passed")
                .isEqualTo("VERLOPEN");

        // A later result for another part does not close it; a later one for Spreken does.
        duoMeldt(
                bsn,
                dossier,
                List.of(examen("SP", "2026-12-01", "Geen", "Absent"), examen("LE", "2026-12-10", "Geslaagd", null)));
        assertThat(gemist(dossier).get("status").asString()).isEqualTo("VERLOPEN");
        duoMeldt(
                bsn,
                dossier,
                List.of(
                        examen("SP", "2026-12-01", "Geen", "Absent"),
                        examen("LE", "2026-12-10", "Geslaagd", null),
                        examen("SP", "2026-12-14", "Geslaagd", null)));
        JsonNode opgepakt = gemist(dossier);
        assertThat(opgepakt.get("status").asString()).isEqualTo("VOLDAAN");
        assertThat(opgepakt.get("toelichting").asString()).contains("opnieuw afgelegd");
        assertThat(werkvoorraad()).doesNotContain(dossier);
    }

    @Test
    void verwijtbaarGeeftHetSignaalEnEenGevoerdGesprekNaHetExamenSluitHet() {
        String bsn = TestData.bsn();
        String dossier = dossier(bsn);
        duoMeldt(
                bsn,
                dossier,
                List.of(
                        examen("LE", "2026-11-30", "Geen", "Verwijtbaar"),
                        examen("LU", "2026-12-02", "Geen", "Absent")));
        JsonNode signaal = gemist(dossier);
        assertThat(signaal.get("status").asString())
                .as("the earliest open one sets the date: 30-11 + 14 = 14-12, passed on the 15th")
                .isEqualTo("VERLOPEN");
        assertThat(signaal.get("uiterlijkeDatum").asString()).isEqualTo("2026-12-14");
        assertThat(signaal.get("toelichting").asString())
                .contains("Lezen op 30-11-2026 (verwijtbaar)", "Luisteren op 02-12-2026 (niet verschenen)");

        // Held between the two exams: the first is dealt with, the second is now the open one.
        gesprek(dossier, "2026-12-01", true);
        JsonNode tweede = gemist(dossier);
        assertThat(tweede.get("uiterlijkeDatum").asString()).isEqualTo("2026-12-16");
        assertThat(tweede.get("status").asString()).isEqualTo("BINNENKORT");
        assertThat(tweede.get("toelichting").asString()).doesNotContain("Lezen");

        gesprek(dossier, "2026-12-14", true);
        assertThat(gemist(dossier).get("status").asString()).isEqualTo("VOLDAAN");
    }
}
