package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.privacy.Doelbinding;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A vastgesteld PIP reaches DUO as a PIP melding through the outbox: valid against DUO's specification (the simulator
 * checks), waiting while DUO is down and sent when a team lead sends it again, and a refusal kept with DUO's fouttekst.
 */
class MeldingTest extends IntegrationTest {

    @Autowired
    DuoSimulator duo;

    @Autowired
    MeldingenVersturen versturen;

    @Autowired
    Meldingen meldingen;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void herstel() {
        duo.herstel();
    }

    private record Dossier(String id, String bsn) {}

    private Dossier vastgesteldPip() {
        String bsn = TestData.bsn();
        return new Dossier(TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(bsn), "B"), bsn);
    }

    private Map<String, Object> melding(String dossier) {
        return jdbc.sql("select * from duo_melding where inburgeraar_id = ?::uuid")
                .param(dossier)
                .query()
                .singleRow();
    }

    @Test
    void eenVastgesteldPipGaatAlsGeldigeMeldingNaarDuo() {
        Dossier d = vastgesteldPip();
        assertThat(melding(d.id()).get("status")).isEqualTo("WACHT");
        versturen.verstuur();
        assertThat(melding(d.id()).get("status")).isEqualTo("VERZONDEN");
        assertThat(duo.pipMeldingen(d.bsn()))
                .singleElement()
                .asString()
                .contains("\"dagtekeningPip\":\"2026-10-20\"", "\"leerroute\":\"B\"", "\"niveau\":\"B1\"");
        assertThat(WebSessie.login(baseUrl(), "consulent")
                        .get("/inburgeraars/" + d.id() + "/duo")
                        .body())
                .contains("Verzonden en door DUO geaccepteerd");
    }

    @Test
    void alsDuoPlatLigtWachtDeMeldingEnGaatHijAlsnogWeg() {
        Dossier d = vastgesteldPip();
        duo.storing(new DuoSimulator.Storing(503, "Gepland onderhoud"));
        versturen.verstuur();
        Map<String, Object> mislukt = melding(d.id());
        assertThat(mislukt.get("status")).isEqualTo("MISLUKT");
        assertThat(mislukt.get("pogingen")).isEqualTo(1);
        assertThat(duo.pipMeldingen(d.bsn())).isEmpty();
        versturen.verstuur();
        assertThat(melding(d.id()).get("pogingen")).as("not due yet: backoff").isEqualTo(1);

        duo.herstel();
        WebSessie teamleider = WebSessie.login(baseUrl(), "teamleider");
        String id = mislukt.get("id").toString();
        assertThat(teamleider
                        .postMetCsrf("/koppeling/meldingen/" + id + "/opnieuw", Map.of(), "/koppeling/notificaties")
                        .statusCode())
                .isEqualTo(302);
        versturen.verstuur();
        assertThat(melding(d.id()).get("status")).isEqualTo("VERZONDEN");
        assertThat(duo.pipMeldingen(d.bsn())).hasSize(1);
    }

    @Test
    void alsDuoNietOpTijdAntwoordtWordtHetLaterOpnieuwGeprobeerd() {
        Dossier d = vastgesteldPip();
        duo.traag(Duration.ofSeconds(4));
        versturen.verstuur();
        Map<String, Object> mislukt = melding(d.id());
        assertThat(mislukt.get("status")).isEqualTo("MISLUKT");
        assertThat(mislukt.get("fouttekst").toString()).contains("DUO is not reachable");

        duo.herstel();
        jdbc.sql("update duo_melding set volgende_poging = now() where id = ?")
                .param(mislukt.get("id"))
                .update();
        versturen.verstuur();
        assertThat(melding(d.id()).get("status")).isEqualTo("VERZONDEN");
        // The audit log names the system job that delivered the person's data to DUO, for the purpose of the exchange.
        assertThat(jdbc.sql("""
                select count(*) from audit_log where inburgeraar_id = ?::uuid and action = 'DUO_MELDING_VERSTUURD'
                and username = 'systeem:duo-versturen' and purpose = ?""")
                        .params(d.id(), Doelbinding.GEGEVENSUITWISSELING_DUO.omschrijving())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void eenWeigeringVanDuoBlijftStaanMetDeFouttekst() {
        Dossier d = vastgesteldPip();
        duo.storing(new DuoSimulator.Storing(403, "De persoon is niet inburgeringsplichtig."));
        versturen.verstuur();
        Map<String, Object> geweigerd = melding(d.id());
        assertThat(geweigerd.get("status")).isEqualTo("GEWEIGERD");
        assertThat(geweigerd.get("fouttekst")).isEqualTo("De persoon is niet inburgeringsplichtig.");
        assertThat(WebSessie.login(baseUrl(), "teamleider")
                        .get("/koppeling/notificaties")
                        .body())
                .contains("Geweigerd door DUO", "De persoon is niet inburgeringsplichtig.");
        assertThat(WebSessie.login(baseUrl(), "consulent")
                        .postMetCsrf(
                                "/koppeling/meldingen/" + geweigerd.get("id") + "/opnieuw", Map.of(), "/inburgeraars")
                        .statusCode())
                .as("only a team lead sends again")
                .isEqualTo(403);
        // A refusal on content is final: the next delivery round (DUO answering again) does not send it once more.
        duo.herstel();
        versturen.verstuur();
        assertThat(melding(d.id()))
                .as("still refused, not retried")
                .containsEntry("status", "GEWEIGERD")
                .containsEntry("pogingen", geweigerd.get("pogingen"));
    }

    /**
     * Two deliveries that overlap (a direct call while the recurring task runs, or two instances) send each melding once:
     * a claim takes a melding out of the other's reach, and in one instance a second run waits for the first. The
     * clean-clone CI once saw a PIP melding reach DUO twice, when nothing was claimed.
     */
    @Test
    void tweeVerzendersTegelijkSturenElkeMeldingEenKeer() throws Exception {
        List<Dossier> dossiers = List.of(vastgesteldPip(), vastgesteldPip(), vastgesteldPip());
        List<UUID> geclaimd =
                meldingen.teVersturen(1000).stream().map(Meldingen.Melding::id).toList();
        assertThat(geclaimd)
                .contains(dossiers.stream()
                        .map(d -> (UUID) melding(d.id()).get("id"))
                        .toArray(UUID[]::new));
        assertThat(meldingen.teVersturen(1000))
                .as("a claimed melding is not due for another sender")
                .extracting(Meldingen.Melding::id)
                .doesNotContainAnyElementsOf(geclaimd);
        // The claim lapses (a sender that died): due again, and now two senders start at the same moment.
        jdbc.sql("update duo_melding set volgende_poging = now() - interval '1 second' where id = any(?)")
                .param(geclaimd.toArray(UUID[]::new))
                .update();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService twee = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> runs = List.of(
                    twee.submit(() -> {
                        start.await();
                        return versturen.verstuur();
                    }),
                    twee.submit(() -> {
                        start.await();
                        return versturen.verstuur();
                    }));
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(1, TimeUnit.MINUTES);
            }
        }
        for (Dossier d : dossiers) {
            assertThat(melding(d.id())).containsEntry("status", "VERZONDEN").containsEntry("pogingen", 1);
            assertThat(duo.pipMeldingen(d.bsn())).as("sent once").hasSize(1);
        }
    }
}
