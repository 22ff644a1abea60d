package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reconciliation lists planted differences between DUO's picture (the simulator) and ours after a team lead starts
 * a comparison: a person DUO does not know, one DUO places in another gemeente, another doelgroep, another law,
 * another termijn, and a PIP that differs — each with the action that fixes it; taking DUO's data over fixes
 * the doelgroep at the next comparison.
 */
class AfstemmingTest extends IntegrationTest {

    @Autowired
    DuoSimulator duo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Afstemming afstemming;

    @Autowired
    MeldingenVersturen versturen;

    @AfterEach
    void herstel() {
        duo.herstel();
    }

    private String registreer(String bsn, Map<String, Object> extra) {
        Map<String, Object> body = TestData.inburgeraar(bsn);
        body.put("datumKennisgeving", "2026-09-01");
        body.put("datumHuisvesting", "2026-09-15");
        body.putAll(extra);
        return api("consulent")
                .post("/api/v1/inburgeraars", body)
                .header("Location")
                .replaceAll(".*/", "");
    }

    private void bekendBijDuo(String bsn, String doelgroep) {
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(true, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1), doelgroep, null));
    }

    private String soort(String dossier) {
        return String.join(
                ",",
                jdbc.sql("select soort from duo_afwijking where inburgeraar_id = ?::uuid order by soort")
                        .param(dossier)
                        .query(String.class)
                        .list());
    }

    @Test
    void geplanteVerschillenStaanInDeAfstemmingMetDeHandelingDieZeOplost() {
        String onbekendBsn = TestData.bsn();
        String onbekend = registreer(onbekendBsn, Map.of());
        String elders = TestData.bsn();
        String andereGemeente = registreer(elders, Map.of());
        bekendBijDuo(elders, "Asielstatushouder");
        duo.plaatsIn(elders, "0453");
        String doelgroepBsn = TestData.bsn();
        String andereDoelgroep = registreer(doelgroepBsn, Map.of());
        bekendBijDuo(doelgroepBsn, "Gezinsmigrant en overige migrant");
        String wetBsn = TestData.bsn();
        String andereWet = registreer(wetBsn, Map.of("wet", "WI2013"));
        bekendBijDuo(wetBsn, "Asielstatushouder");
        String termijnBsn = TestData.bsn();
        // Our termijn follows from the vastgestelde PIP (dagtekening 2026-10-20: einddatum 2029-10-21); DUO holds
        // another.
        String andereTermijn = registreer(termijnBsn, Map.of());
        TestDossiers.stelVast(api("consulent"), TestDossiers.pipConcept(api("consulent"), andereTermijn, "B"));
        bekendBijDuo(termijnBsn, "Asielstatushouder");
        duo.zetTermijn(termijnBsn, new DuoSimulator.Termijn(LocalDate.of(2026, 10, 21), LocalDate.of(2030, 4, 22)));
        String pipBsn = TestData.bsn();
        String pipAnders = registreer(pipBsn, Map.of());
        bekendBijDuo(pipBsn, "Asielstatushouder");
        Api consulent = api("consulent");
        TestDossiers.stelVast(consulent, TestDossiers.pipConcept(consulent, pipAnders, "B"));
        // DUO registers our PIP (the outbox delivers it), then holds another leerroute: a PIP that differs.
        versturen.verstuur();
        assertThat(duo.pipMeldingen(pipBsn)).hasSize(1);
        duo.zet(
                "/personen/" + pipBsn + "/PIP",
                Map.of("gemeentecode", "0392", "pip", Map.of("dagtekeningPip", "2026-10-20", "leerroute", "Z")));
        String gelijkBsn = TestData.bsn();
        String gelijk = registreer(gelijkBsn, Map.of());
        bekendBijDuo(gelijkBsn, "Asielstatushouder");

        WebSessie teamleider = WebSessie.login(baseUrl(), "teamleider");
        vergelijk(teamleider);

        assertThat(soort(onbekend)).isEqualTo("ONBEKEND_BIJ_DUO");
        assertThat(soort(andereGemeente)).isEqualTo("ANDERE_GEMEENTE");
        assertThat(soort(andereDoelgroep)).isEqualTo("DOELGROEP");
        assertThat(soort(andereWet)).isEqualTo("ANDERE_WET");
        assertThat(soort(andereTermijn)).isEqualTo("TERMIJN");
        assertThat(soort(pipAnders)).isEqualTo("PIP_ANDERS");
        assertThat(soort(gelijk)).isEmpty();
        String pagina = teamleider.get("/koppeling/afstemming").body();
        assertThat(pagina)
                .contains(
                        "DUO kent deze persoon niet",
                        "DUO plaatst de persoon in een andere gemeente",
                        "Andere doelgroep",
                        "Andere einddatum inburgeringstermijn",
                        "22-04-2030",
                        "PIP verschilt (leerroute, dagtekening)",
                        "B1-route, dagtekening 20-10-2026",
                        "Zelfredzaamheidsroute, dagtekening 20-10-2026",
                        "Gezinsmigrant en overige migrant",
                        "/inburgeraars/" + andereDoelgroep + "/duo",
                        "/inburgeraars/" + onbekend + "/bewerken",
                        "/inburgeraars/" + pipAnders + "/pip");

        // The fix: take DUO's data over; the next comparison no longer lists the doelgroep.
        WebSessie sessie = WebSessie.login(baseUrl(), "consulent");
        sessie.postMetCsrf(
                "/inburgeraars/" + andereDoelgroep + "/duo/vernieuw",
                Map.of(),
                "/inburgeraars/" + andereDoelgroep + "/duo");
        vergelijk(teamleider);
        assertThat(soort(andereDoelgroep)).isEmpty();
        assertThat(soort(onbekend)).isEqualTo("ONBEKEND_BIJ_DUO");
    }

    @Test
    void eenVergelijkingDieDuoNietBeantwoordtZegtDatDeVorigeUitkomstBlijftStaan() {
        // An open dossier in Haarlem, so the comparison asks DUO; DUO is down for maintenance.
        registreer(TestData.bsn(), Map.of());
        duo.storing(new DuoSimulator.Storing(503, "Gepland onderhoud"));
        WebSessie teamleider = WebSessie.login(baseUrl(), "teamleider");
        vergelijk(teamleider);

        // The cause is kept as it is (technical, not a text); the page says what it means, from the bundle.
        String oorzaak = afstemming.laatsteVergelijking("0392").orElseThrow().fout();
        assertThat(oorzaak).isNotBlank().doesNotContain("vorige uitkomst");
        assertThat(teamleider.get("/koppeling/afstemming").body())
                .contains("DUO gaf geen antwoord; de vorige uitkomst blijft staan. (");
    }

    /** Starts a comparison of Haarlem as a team lead would and waits until this one (not an earlier one) is done. */
    private void vergelijk(WebSessie teamleider) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> afstemming
                        .laatsteVergelijking("0392")
                        .map(v -> v.klaar() != null)
                        .orElse(true));
        Instant voor = clock.instant();
        var antwoord = teamleider.postMetCsrf(
                "/koppeling/afstemming/vergelijk", Map.of("gemeentecode", "0392"), "/koppeling/afstemming");
        assertThat(antwoord.statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> afstemming
                        .laatsteVergelijking("0392")
                        .filter(v -> !v.gestart().isBefore(voor) && v.klaar() != null)
                        .isPresent());
    }
}
