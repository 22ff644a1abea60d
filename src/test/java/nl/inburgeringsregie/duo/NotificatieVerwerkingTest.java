package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.inburgeraar.Bsn;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import tools.jackson.databind.JsonNode;

/**
 * A notification is processed after it was stored: the dossier takes DUO's facts (queried from the simulator, every
 * request and answer validated against DUO's files), DUO's termijn shows in our deadlines, a person without a dossier
 * is left for reconciliation, and when DUO is down the work waits and completes once DUO is back.
 */
class NotificatieVerwerkingTest extends IntegrationTest {

    @Autowired
    DuoSimulator duo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications onvoltooid;

    @AfterEach
    void herstel() {
        duo.herstel();
    }

    private UUID notificeer(String gebeurtenis, String bsn) throws Exception {
        return notificeer(baseUrl(), gebeurtenis, bsn);
    }

    /** Sends a notification to our endpoint as DUO does (for Haarlem); returns its berichtId. */
    static UUID notificeer(String baseUrl, String gebeurtenis, String bsn) throws Exception {
        UUID berichtId = UUID.randomUUID();
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(baseUrl + "/duo/v1/notificaties"))
                .header("Content-Type", "application/json")
                .header("bron", NotificatieTest.DUO_OIN)
                .header("doel", NotificatieTest.HAARLEM_OIN)
                .header("berichtId", berichtId.toString())
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("duo:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"registratieDatumTijd\":\"2026-11-20T10:15:30+01:00\",\"gebeurtenisId\":\"" + gebeurtenis
                                + "\",\"bsn\":\"" + bsn + "\"}",
                        StandardCharsets.UTF_8))
                .build();
        assertThat(HttpClient.newHttpClient()
                        .send(verzoek, HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(201);
        return berichtId;
    }

    private String status(UUID berichtId) {
        return jdbc.sql("select status from duo_notificatie where bericht_id = ?")
                .param(berichtId)
                .query(String.class)
                .single();
    }

    private String registreer(String bsn) {
        Map<String, Object> body = TestData.inburgeraar(bsn);
        body.put("doelgroep", "Gezinsmigrant en overige migrant");
        body.put("gedetailleerdeDoelgroep", "Gezinsvormer");
        body.put("datumKennisgeving", "2026-09-01");
        return api("consulent")
                .post("/api/v1/inburgeraars", body)
                .header("Location")
                .replaceAll(".*/", "");
    }

    @Test
    void eenPlichtnotificatieZetDuosGegevensInHetDossier() throws Exception {
        String bsn = TestData.bsn();
        String id = registreer(bsn);
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true,
                        LocalDate.of(2026, 8, 20),
                        LocalDate.of(2026, 9, 3),
                        "Asielstatushouder",
                        "Gezinshereniger met Asielstatushouder"));
        UUID bericht = notificeer("SS101", bsn);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(bericht).equals("VERWERKT"));
        JsonNode dossier = api("consulent").get("/api/v1/inburgeraars/" + id).json();
        assertThat(dossier.get("datumKennisgeving").asString()).isEqualTo("2026-09-03");
        assertThat(dossier.get("doelgroep").asString()).isEqualTo("Asielstatushouder");
        assertThat(dossier.get("gedetailleerdeDoelgroep").asString())
                .isEqualTo("Gezinshereniger met Asielstatushouder");
        JsonNode journaal =
                api("consulent").get("/api/v1/inburgeraars/" + id + "/journaal").json();
        assertThat(journaal.get(0).get("gebruiker").asString()).isEqualTo("duo");
    }

    @Test
    void eenPersoonZonderDossierBlijftStaanVoorDeAfstemming() throws Exception {
        String bsn = TestData.bsn();
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true,
                        LocalDate.of(2026, 8, 20),
                        LocalDate.of(2026, 9, 3),
                        "Asielstatushouder",
                        "Asielstatushouder"));
        UUID bericht = notificeer("SS101", bsn);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(bericht).equals("ZONDER_DOSSIER"));

        // Reconciliation lists the person with the action that fixes it; registering takes the line away.
        WebSessie teamleider = WebSessie.login(baseUrl(), "teamleider");
        String registratie = "/inburgeraars/nieuw?bsn=" + bsn
                + "&amp;gemeentecode=0392&amp;datumKennisgeving=2026-09-03&amp;doelgroep=Asielstatushouder";
        assertThat(teamleider.get("/koppeling/afstemming").body()).contains(bsn, registratie);
        // The registration starts with DUO's facts: T-1 runs from DUO's date of the notice.
        assertThat(WebSessie.login(baseUrl(), "consulent")
                        .get(registratie.replace("&amp;", "&"))
                        .body())
                .contains("value=\"" + bsn + "\"", "value=\"2026-09-03\"");
        api("consulent").post("/api/v1/inburgeraars", TestData.inburgeraar(bsn));
        assertThat(teamleider.get("/koppeling/afstemming").body()).doesNotContain(bsn);
    }

    @Test
    void duosTermijnVerschijntInOnzeTermijnenOokAlsDuoEvenPlatLag() throws Exception {
        String bsn = TestData.bsn();
        String id = registreer(bsn);
        duo.zetTermijn(bsn, new DuoSimulator.Termijn(LocalDate.of(2026, 10, 21), LocalDate.of(2029, 10, 22)));
        duo.storing(new DuoSimulator.Storing(503, "Gepland onderhoud"));
        UUID bericht = notificeer("SS102", bsn);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(bericht).equals("FOUT"));
        assertThat(jdbc.sql("select fout from duo_notificatie where bericht_id = ?")
                        .param(bericht)
                        .query(String.class)
                        .single())
                .contains("DUO 503");

        duo.herstel();
        onvoltooid.resubmitIncompletePublications(publicatie -> publicatie.getEvent() instanceof NotificatieOntvangen n
                && n.berichtId().equals(bericht));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(bericht).equals("VERWERKT"));
        JsonNode termijnen = api("consulent")
                .get("/api/v1/inburgeraars/" + id + "/termijnen")
                .json();
        JsonNode termijn = termijnen.get(2);
        assertThat(termijn.get("soort").asString()).isEqualTo("INBURGERINGSTERMIJN");
        assertThat(termijn.get("uiterlijkeDatum").asString()).isEqualTo("2029-10-21");
        assertThat(termijn.get("verwacht").asBoolean()).isFalse();
        assertThat(termijn.get("toelichting").asString()).contains("volgens DUO");
    }

    @Test
    void deSimulatorpaginaStuurtEenNotificatieZoalsDuo() {
        String bsn = TestData.bsn();
        String id = registreer(bsn);
        // Only a signed-in user with the right DUO_SIMULATOR_BEDIENEN, with the page's CSRF token.
        WebSessie teamleider = WebSessie.login(baseUrl(), "teamleider");
        var pagina = teamleider.postMetCsrf(
                "/duo-simulator/beheer",
                Map.of("bsn", bsn, "gemeentecode", "0392", "gebeurtenis", "SS101", "doelgroep", "Asielstatushouder"),
                "/duo-simulator/beheer");
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("Notificatie verstuurd", "201");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "Asielstatushouder"
                        .equals(api("consulent")
                                .get("/api/v1/inburgeraars/" + id)
                                .json()
                                .get("doelgroep")
                                .asString()));

        // "SS101 for a new person": without a BSN the simulator makes up a valid one nobody has.
        var nieuw = teamleider.postMetCsrf(
                "/duo-simulator/beheer",
                Map.of("bsn", "", "gemeentecode", "0392", "gebeurtenis", "SS101", "doelgroep", "Asielstatushouder"),
                "/duo-simulator/beheer");
        String nieuwBsn = nieuw.body().replaceAll("(?s).*Voor BSN (\\d{9}).*", "$1");
        assertThat(Bsn.isGeldig(nieuwBsn)).as(nieuwBsn).isTrue();
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        jdbc.sql("select count(*) from duo_notificatie where bsn = ? and status = 'ZONDER_DOSSIER'")
                                        .param(nieuwBsn)
                                        .query(Integer.class)
                                        .single()
                                == 1);
    }
}
