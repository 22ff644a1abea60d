package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, the placement signals on the consultant's worklist, over real HTTP (ADR 0033): the late offer (T-5) from
 * the PIP's dagtekening 20 October 2026 (last day 20 January 2027) until the placement starts; attendance below 80 %
 * over four weeks as the provider reports it (AB-8), gone after a correction and not raised by excused absence; a
 * placement ended early with its reason (AB-9). Another gemeente's consultant sees none of it.
 */
class PlaatsingSignalenTest extends IntegrationTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4); // a Monday, within T-5's three months

    @Autowired
    private JdbcClient jdbc;

    private AanbiedersTestdata data;
    private String consulent;

    @BeforeEach
    void opzet() {
        data = new AanbiedersTestdata(this::api, baseUrl(), jdbc);
        consulent = data.consulent();
    }

    @AfterEach
    void herstel() {
        clock.reset();
    }

    /** A Haarlem asielstatushouder of this test's consultant, B1-route PIP of 20-10-2026, placed (not started). */
    private String[] geplaatst() {
        String dossier = TestDossiers.metVastgesteldPip(api(consulent), TestData.inburgeraar(TestData.bsn()), "B");
        String contract = data.b1Contract(data.b1Aanbieder());
        Api.Antwoord a = api(consulent)
                .post(
                        "/api/v1/inburgeraars/" + dossier + "/plaatsingen",
                        Map.of("contractId", contract, "aanmelddatum", "2026-11-02"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return new String[] {dossier, a.json().get("id").asString(), contract};
    }

    /** The read model's row of this kind (what the worklists read), or null. */
    private Map<String, Object> leesmodel(String dossier, String soort) {
        return jdbc
                .sql("select * from termijn where inburgeraar_id = ?::uuid and soort = ?")
                .params(dossier, soort)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElse(null);
    }

    private JsonNode termijn(Api api, String dossier, String soort) {
        Api.Antwoord a = api.get("/api/v1/inburgeraars/" + dossier + "/termijnen");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        for (JsonNode t : a.json()) {
            if (t.get("soort").asString().equals(soort)) {
                return t;
            }
        }
        return null;
    }

    private List<String> werkvoorraad(Api api, String soort) {
        Api.Antwoord a = api.get("/api/v1/werkvoorraad?grootte=200&soort=" + soort);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json()
                .get("regels")
                .valueStream()
                .map(r -> r.get("inburgeraarId").asString())
                .toList();
    }

    @Test
    void hetAanbodNietGestartStaatOpDeWerkvoorraadTotDePlaatsingStart() {
        clock.zet(LocalDate.of(2027, 1, 25));
        String[] p = geplaatst();
        String dossier = p[0];

        Map<String, Object> rij = leesmodel(dossier, "AANBOD_START");
        assertThat(rij).isNotNull();
        assertThat(rij.get("afsluiting")).isNull();
        assertThat(rij.get("uiterlijke_datum").toString()).isEqualTo("2027-01-20");
        assertThat(rij.get("regel")).isEqualTo("T-5");
        JsonNode t = termijn(api(consulent), dossier, "AANBOD_START");
        assertThat(t.get("status").asString()).isEqualTo("VERLOPEN");
        assertThat(t.get("toelichting").asString()).contains("20-01-2027", "3 maanden", "20-10-2026", "regel T-5");
        assertThat(werkvoorraad(api(consulent), "AANBOD_START")).contains(dossier);
        String pagina =
                WebSessie.login(baseUrl(), consulent).get("/werkvoorraad").body();
        assertThat(pagina).contains(dossier, "Start inburgeringsaanbod", "regel T-5", "Plaatsing regelen");

        // Another gemeente's consultant: not the dossier, not the row.
        Api velsen = api("consulent.velsen");
        assertThat(velsen.get("/api/v1/inburgeraars/" + dossier + "/termijnen").status())
                .isEqualTo(404);
        assertThat(werkvoorraad(velsen, "AANBOD_START")).doesNotContain(dossier);

        // Started on the last day: in time, and off the worklist.
        Api.Antwoord start =
                api(consulent).post("/api/v1/plaatsingen/" + p[1] + "/start", Map.of("datum", "2027-01-20"));
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        assertThat(leesmodel(dossier, "AANBOD_START").get("afsluiting")).isEqualTo("VOLDAAN");
        assertThat(leesmodel(dossier, "AANBOD_START").get("gemist_op")).isNull();
        assertThat(werkvoorraad(api(consulent), "AANBOD_START")).doesNotContain(dossier);
        assertThat(WebSessie.login(baseUrl(), consulent).get("/werkvoorraad").body())
                .doesNotContain("Start inburgeringsaanbod");
    }

    private static Map<String, Object> week(String maandag, Object aanwezig, Object afwezig, Boolean geoorloofd) {
        Map<String, Object> body = new HashMap<>();
        body.put("periode", "WEEK");
        body.put("datum", maandag);
        body.put("urenAanwezig", aanwezig);
        body.put("urenAfwezig", afwezig);
        body.put("geoorloofd", geoorloofd);
        return body;
    }

    private void meld(Api docent, String plaatsing, Map<String, Object> week) {
        Api.Antwoord a = docent.post("/api/v1/plaatsingen/" + plaatsing + "/presentie", week);
        assertThat(a.status()).as(a.body()).isIn(200, 201);
    }

    @Test
    void aanwezigheidOnder80ProcentVanDeAanbiederKomtOpDeWerkvoorraadEnGaatWegNaCorrectie() {
        clock.zet(LocalDate.of(2027, 1, 4));
        String[] p = geplaatst();
        String dossier = p[0];
        data.start(p[1], START);
        clock.zet(LocalDate.of(2027, 2, 1));
        String aanbieder = jdbc.sql("select aanbieder_id::text from plaatsing where id = ?::uuid")
                .param(p[1])
                .query(String.class)
                .single();
        Api docent = api(data.account(aanbieder));
        meld(docent, p[1], week("2027-01-04", 20, 5, false));
        meld(docent, p[1], week("2027-01-11", 20, 5, false));
        meld(docent, p[1], week("2027-01-18", 20, 5, false));
        meld(docent, p[1], week("2027-01-25", 19, 6, false)); // 79 of 100 hours: 79 %

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(leesmodel(dossier, "AANWEZIGHEID")).isNotNull());
        Map<String, Object> rij = leesmodel(dossier, "AANWEZIGHEID");
        assertThat(rij.get("regel")).isEqualTo("AB-8");
        assertThat(rij.get("startdatum").toString()).isEqualTo("2027-01-25");
        assertThat(rij.get("uiterlijke_datum").toString()).isEqualTo("2027-02-08");
        assertThat((String) rij.get("toelichting")).contains("79%", "80%", "regel AB-8");
        assertThat(rij.get("consulent")).isEqualTo(consulent);
        assertThat(WebSessie.login(baseUrl(), consulent).get("/werkvoorraad").body())
                .contains("Aanwezigheid onder de drempel", "79%", "Contact opnemen");
        assertThat(werkvoorraad(api("consulent.velsen"), "AANWEZIGHEID")).doesNotContain(dossier);

        // The provider corrects the last week: 80 %, not below 80 %.
        meld(docent, p[1], week("2027-01-25", 20, 5, false));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(leesmodel(dossier, "AANWEZIGHEID")).isNull());

        // Excused absence does not count: 79 hours present, 6 absent with a valid reason.
        meld(docent, p[1], week("2027-01-25", 19, 6, true));
        meld(docent, p[1], week("2027-01-18", 20, 5, true));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(leesmodel(dossier, "AANWEZIGHEID")).isNull());
    }

    @Test
    void eenAfgebrokenPlaatsingStaatMetHaarRedenOpDeWerkvoorraad() {
        clock.zet(LocalDate.of(2027, 1, 4));
        String[] p = geplaatst();
        String dossier = p[0];
        data.start(p[1], START);
        clock.zet(LocalDate.of(2027, 2, 3));
        Api.Antwoord af = api(consulent)
                .post(
                        "/api/v1/plaatsingen/" + p[1] + "/afbreking",
                        Map.of("reden", "Verhuisd naar familie in Duitsland"));
        assertThat(af.status()).as(af.body()).isEqualTo(200);

        Map<String, Object> rij = leesmodel(dossier, "PLAATSING_AFGEBROKEN");
        assertThat(rij).isNotNull();
        assertThat(rij.get("regel")).isEqualTo("AB-9");
        assertThat(rij.get("uiterlijke_datum").toString()).isEqualTo("2027-02-17");
        assertThat((String) rij.get("toelichting")).contains("Verhuisd naar familie in Duitsland", "03-02-2027");
        assertThat(leesmodel(dossier, "AANBOD_START").get("afsluiting"))
                .as("it did start in time")
                .isEqualTo("VOLDAAN");
        assertThat(WebSessie.login(baseUrl(), consulent).get("/werkvoorraad").body())
                .contains("Plaatsing afgebroken", "Verhuisd naar familie in Duitsland", "regel AB-9");
        assertThat(werkvoorraad(api("consulent.velsen"), "PLAATSING_AFGEBROKEN"))
                .doesNotContain(dossier);

        // A new placement for the B1-route takes the signal away.
        Api.Antwoord opnieuw = api(consulent)
                .post(
                        "/api/v1/inburgeraars/" + dossier + "/plaatsingen",
                        Map.of("contractId", p[2], "aanmelddatum", "2027-02-03"));
        assertThat(opnieuw.status()).as(opnieuw.body()).isEqualTo(201);
        assertThat(leesmodel(dossier, "PLAATSING_AFGEBROKEN")).isNull();
    }
}
