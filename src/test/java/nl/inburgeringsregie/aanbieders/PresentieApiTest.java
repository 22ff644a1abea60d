package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, second part, over real HTTP (ADR 0031, AB-6, AB-7): a provider reports attendance per lesson day or week
 * and progress per skill for its own started placements; every refusal names field and rule, another provider's
 * placement answers 404 whatever the body, a correction replaces the day, and two providers reporting at once lose
 * nothing.
 */
class PresentieApiTest extends IntegrationTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4); // a Monday

    @Autowired
    private JdbcClient jdbc;

    private AanbiedersTestdata data;

    @BeforeEach
    void zetKlok() {
        clock.zet(LocalDate.of(2027, 3, 1));
        data = new AanbiedersTestdata(this::api, baseUrl(), jdbc);
    }

    @AfterEach
    void herstel() {
        clock.reset();
    }

    /** A provider with a started placement and a linked account. */
    private record Opzet(String aanbieder, String dossier, String plaatsing, String docent) {}

    private Opzet gestart() {
        String aanbieder = data.b1Aanbieder();
        String contract = data.b1Contract(aanbieder);
        String dossier = data.dossier();
        String plaatsing = data.plaats(dossier, contract);
        data.start(plaatsing, START);
        return new Opzet(aanbieder, dossier, plaatsing, data.account(aanbieder));
    }

    private static Map<String, Object> les(String datum, Object aanwezig, Object afwezig, Boolean geoorloofd) {
        Map<String, Object> body = new HashMap<>();
        body.put("periode", "LES");
        body.put("datum", datum);
        body.put("urenAanwezig", aanwezig);
        body.put("urenAfwezig", afwezig);
        body.put("geoorloofd", geoorloofd);
        return body;
    }

    private static Map<String, Object> week(String maandag, Object aanwezig, Object afwezig, Boolean geoorloofd) {
        Map<String, Object> body = les(maandag, aanwezig, afwezig, geoorloofd);
        body.put("periode", "WEEK");
        return body;
    }

    private static List<String> regels(Api.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        List<String> regels = new ArrayList<>();
        a.json()
                .get("invalidParams")
                .forEach(p -> regels.add(
                        p.get("name").asString() + " " + p.path("regel").asString()));
        return regels;
    }

    @Test
    void eenAanbiederMeldtLesdagenEnWekenEnEenTweedeMeldingCorrigeert() {
        Opzet o = gestart();
        Api docent = api(o.docent());
        String pad = "/api/v1/plaatsingen/" + o.plaatsing() + "/presentie";

        Api.Antwoord eerste = docent.post(pad, les("2027-01-05", 4, 0, null));
        assertThat(eerste.status()).as(eerste.body()).isEqualTo(200);
        assertThat(docent.post(pad, les("2027-01-05", 3.5, 0.5, true)).status())
                .as("the same day again is a correction")
                .isEqualTo(200);
        assertThat(docent.post(pad, week("2027-01-11", 12, 3, false)).status()).isEqualTo(200);
        assertThat(docent.post(pad, les("2027-03-01", 2, 0, null)).status())
                .as("today")
                .isEqualTo(200);

        JsonNode lijst = docent.get(pad).json();
        assertThat(lijst.size()).isEqualTo(3);
        assertThat(lijst.get(0).get("datum").asString()).isEqualTo("2027-03-01");
        JsonNode gecorrigeerd = lijst.get(2);
        assertThat(gecorrigeerd.get("urenAanwezig").asDouble()).isEqualTo(3.5);
        assertThat(gecorrigeerd.get("urenAfwezig").asDouble()).isEqualTo(0.5);
        assertThat(gecorrigeerd.get("geoorloofd").asBoolean()).isTrue();
        assertThat(lijst.get(1).get("geoorloofd").asBoolean()).isFalse();

        // Every report and every read audited for the person, by the provider's user.
        assertThat(jdbc.sql("select count(*) from audit_log where inburgeraar_id = ? and username = ?")
                        .params(UUID.fromString(o.dossier()), o.docent())
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void ongeldigeUrenEnDatumsNoemenVeldEnRegel() {
        Opzet o = gestart();
        Api docent = api(o.docent());
        String pad = "/api/v1/plaatsingen/" + o.plaatsing() + "/presentie";

        assertThat(regels(docent.post(pad, les("2027-01-05", -1, 0, null)))).containsExactly("urenAanwezig AB-6");
        assertThat(regels(docent.post(pad, les("2027-01-05", 41, 0, null))))
                .as("over 40 in a day")
                .containsExactly("urenAanwezig AB-6");
        assertThat(regels(docent.post(pad, les("2027-01-05", 30, 11, true))))
                .as("present and absent together over 40")
                .containsExactly("urenAfwezig AB-6");
        assertThat(regels(docent.post(pad, les("2027-01-05", 1.125, 0, null)))).containsExactly("urenAanwezig AB-6");
        assertThat(regels(docent.post(pad, les("2027-01-03", 4, 0, null))))
                .as("the Sunday before the start")
                .containsExactly("datum AB-6");
        assertThat(regels(docent.post(pad, les("2027-03-02", 4, 0, null))))
                .as("tomorrow")
                .containsExactly("datum AB-6");
        assertThat(regels(docent.post(pad, week("2027-01-12", 10, 0, null))))
                .as("a week starts on its Monday")
                .containsExactly("datum AB-6");
        assertThat(regels(docent.post(pad, week("2026-12-28", 10, 0, null))))
                .as("a week that ended before the start")
                .containsExactly("datum AB-6");
        assertThat(regels(docent.post(pad, les("2027-01-05", 2, 2, null))))
                .as("an absence needs its reason")
                .containsExactly("geoorloofd AB-6");
        assertThat(regels(docent.post(pad, Map.of())))
                .containsExactlyInAnyOrder("periode AB-6", "datum AB-6", "urenAanwezig AB-6", "urenAfwezig AB-6");

        // A week is reported one way: lesson days or the whole week, never both (the hours would count twice).
        assertThat(docent.post(pad, les("2027-01-06", 4, 0, null)).status()).isEqualTo(200);
        assertThat(regels(docent.post(pad, week("2027-01-04", 20, 0, null)))).containsExactly("periode AB-6");
        assertThat(docent.post(pad, week("2027-01-11", 280, 0, null)).status())
                .as("a week holds seven days of 40 hours")
                .isEqualTo(200);
        assertThat(regels(docent.post(pad, week("2027-01-18", 280.5, 0, null)))).containsExactly("urenAanwezig AB-6");
        assertThat(jdbc.sql("select count(*) from presentie where plaatsing_id = ?")
                        .param(UUID.fromString(o.plaatsing()))
                        .query(Integer.class)
                        .single())
                .as("no refused report was stored")
                .isEqualTo(2);
    }

    @Test
    void alleenEenEigenGestartePlaatsingEnAndersEen404WatDeInhoudOokIs() {
        Opzet o = gestart();
        Opzet ander = gestart();
        Api docent = api(o.docent());

        assertThat(docent.post("/api/v1/plaatsingen/" + ander.plaatsing() + "/presentie", Map.of())
                        .status())
                .as("another provider's placement, empty body")
                .isEqualTo(404);
        assertThat(docent.post("/api/v1/plaatsingen/" + ander.plaatsing() + "/presentie", les("2027-01-05", 4, 0, null))
                        .status())
                .isEqualTo(404);
        assertThat(docent.get("/api/v1/plaatsingen/" + ander.plaatsing() + "/presentie")
                        .status())
                .isEqualTo(404);
        assertThat(docent.get("/api/v1/plaatsingen/" + ander.plaatsing() + "/voortgang")
                        .status())
                .isEqualTo(404);
        assertThat(docent.post("/api/v1/plaatsingen/" + UUID.randomUUID() + "/presentie", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api("consulent")
                        .post("/api/v1/plaatsingen/" + o.plaatsing() + "/presentie", les("2027-01-05", 4, 0, null))
                        .status())
                .as("the consultant does not report for the provider")
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_log where inburgeraar_id = ? and username = ?")
                        .params(UUID.fromString(ander.dossier()), o.docent())
                        .query(Integer.class)
                        .single())
                .isZero();

        // A placement of the own organisation that has not started yet: 400 naming the state.
        String nietGestart = data.plaats(data.dossier(), data.b1Contract(o.aanbieder()));
        assertThat(regels(docent.post(
                        "/api/v1/plaatsingen/" + nietGestart + "/presentie", les("2027-01-05", 4, 0, null))))
                .contains("status AB-6");
        assertThat(regels(docent.post(
                        "/api/v1/plaatsingen/" + nietGestart + "/voortgang",
                        Map.of("peildatum", "2027-02-01", "lezen", "A2"))))
                .contains("status AB-7");
    }

    @Test
    void tweeAanbiedersDieTegelijkMeldenVerliezenNiets() throws Exception {
        Opzet een = gestart();
        Opzet twee = gestart();
        int dagen = 12;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch klaar = new CountDownLatch(1);
        try {
            List<Future<List<Integer>>> resultaten = new ArrayList<>();
            for (Opzet o : List.of(een, twee)) {
                Api docent = api(o.docent());
                resultaten.add(pool.submit(() -> {
                    klaar.await();
                    List<Integer> statussen = new ArrayList<>();
                    for (int d = 0; d < dagen; d++) {
                        statussen.add(docent.post(
                                        "/api/v1/plaatsingen/" + o.plaatsing() + "/presentie",
                                        les(START.plusDays(d).toString(), 3, 0, null))
                                .status());
                    }
                    return statussen;
                }));
            }
            klaar.countDown();
            for (Future<List<Integer>> r : resultaten) {
                assertThat(r.get()).containsOnly(200);
            }
        } finally {
            pool.shutdownNow();
        }
        for (Opzet o : List.of(een, twee)) {
            assertThat(jdbc.sql("select count(*), sum(uren_aanwezig) from presentie where plaatsing_id = ?")
                            .param(UUID.fromString(o.plaatsing()))
                            .query((rs, i) -> rs.getInt(1) + "/" + rs.getInt(2))
                            .single())
                    .isEqualTo(dagen + "/" + (3 * dagen));
        }
    }

    @Test
    void voortgangPerVaardigheidMetPeildatumEnOpmerking() {
        Opzet o = gestart();
        Api docent = api(o.docent());
        String pad = "/api/v1/plaatsingen/" + o.plaatsing() + "/voortgang";

        Map<String, Object> body = new HashMap<>();
        body.put("peildatum", "2027-02-26");
        body.put("lezen", "A2");
        body.put("luisteren", "B1");
        body.put("spreken", "A1");
        body.put("schrijven", "A0");
        body.put("opmerking", "Spreekt nog aarzelend");
        Api.Antwoord a = docent.post(pad, body);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        body.put("spreken", "A2");
        assertThat(docent.post(pad, body).status()).isEqualTo(200);
        JsonNode lijst = docent.get(pad).json();
        assertThat(lijst.size()).isEqualTo(1);
        assertThat(lijst.get(0).get("spreken").asString()).isEqualTo("A2");

        assertThat(regels(docent.post(pad, Map.of("peildatum", "2027-01-03", "lezen", "A1"))))
                .containsExactly("peildatum AB-7");
        assertThat(regels(docent.post(pad, Map.of("peildatum", "2027-03-02", "lezen", "A1"))))
                .containsExactly("peildatum AB-7");
        assertThat(regels(docent.post(pad, Map.of("peildatum", "2027-02-01")))).containsExactly("lezen AB-7");
        assertThat(regels(docent.post(
                        pad, Map.of("peildatum", "2027-02-01", "lezen", "A1", "opmerking", "x".repeat(2001)))))
                .containsExactly("opmerking AB-7");
        Api.Antwoord d1 = docent.post(pad, Map.of("peildatum", "2027-02-01", "lezen", "D1"));
        assertThat(d1.status()).isEqualTo(400);
        assertThat(d1.ongeldigeVelden()).containsExactly("lezen");
    }

    @Test
    void deAanbiederMeldtOpDeDeelnemerspagina() {
        Opzet o = gestart();
        WebSessie web = WebSessie.login(baseUrl(), o.docent());
        String pagina = "/deelnemers/" + o.dossier();
        assertThat(web.get(pagina).body()).contains("Presentie melden", "Nog geen presentie gemeld.");

        Map<String, String> velden = new HashMap<>();
        velden.put("plaatsingId", o.plaatsing());
        velden.put("periode", "WEEK");
        velden.put("datum", "2027-01-11");
        velden.put("urenAanwezig", "9");
        velden.put("urenAfwezig", "3");
        velden.put("geoorloofd", "false");
        HttpResponse<String> gemeld = web.postMetCsrf(pagina + "/presentie", velden, pagina);
        assertThat(gemeld.statusCode()).isEqualTo(302);
        String na = web.get(pagina).body();
        assertThat(na).contains("De presentie is opgeslagen.", "Niet geoorloofd");

        velden.put("urenAanwezig", "-2");
        web.postMetCsrf(pagina + "/presentie", velden, pagina);
        assertThat(web.get(pagina).body()).contains("AB-6");

        Map<String, String> voortgang = new HashMap<>();
        voortgang.put("plaatsingId", o.plaatsing());
        voortgang.put("peildatum", "2027-02-26");
        voortgang.put("lezen", "A2");
        voortgang.put("opmerking", "Goed op weg");
        assertThat(web.postMetCsrf(pagina + "/voortgang", voortgang, pagina).statusCode())
                .isEqualTo(302);
        assertThat(web.get(pagina).body()).contains("De voortgang is opgeslagen.", "Goed op weg");

        Opzet ander = gestart();
        velden.put("plaatsingId", ander.plaatsing());
        velden.put("urenAanwezig", "2");
        assertThat(web.postMetCsrf(pagina + "/presentie", velden, pagina).statusCode())
                .as("another provider's placement through the form")
                .isEqualTo(404);
    }
}
