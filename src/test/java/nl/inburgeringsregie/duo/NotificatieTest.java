package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DUO's notifications over real HTTP: every message the test sends as DUO and every answer is checked against DUO's
 * own specification; a repeated berichtId is stored once; an unknown event is kept and shown; wrong senders and bad
 * messages are refused with DUO's Foutmelding.
 */
class NotificatieTest extends IntegrationTest {

    static final String DUO_OIN = "00000001003214345000";
    static final String HAARLEM_OIN = "00000001001608650000";

    @Autowired
    DuoSpecificaties specificaties;

    @Autowired
    JdbcClient jdbc;

    private record Antwoord(int status, String body, String apiVersion) {}

    private Antwoord stuur(String gebruiker, UUID berichtId, String doel, String bericht, boolean moetGeldigZijn)
            throws Exception {
        if (moetGeldigZijn) {
            // The simulator's side: what we send as DUO is itself valid against DUO's specification.
            SimpleRequest verzoek = SimpleRequest.Builder.post("/notificaties")
                    .withContentType("application/json")
                    .withHeader("bron", DUO_OIN)
                    .withHeader("doel", doel)
                    .withHeader("berichtId", berichtId.toString())
                    .withBody(bericht)
                    .build();
            assertThat(specificaties.fouten(NotificatieController.API, verzoek)).isEmpty();
        }
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(baseUrl() + "/duo/v1/notificaties"))
                .header("Content-Type", "application/json")
                .header("bron", DUO_OIN)
                .header("doel", doel)
                .header("berichtId", berichtId.toString())
                .POST(HttpRequest.BodyPublishers.ofString(bericht, StandardCharsets.UTF_8));
        if (gebruiker != null) {
            verzoek.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> antwoord =
                HttpClient.newHttpClient().send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        return new Antwoord(
                antwoord.statusCode(),
                antwoord.body(),
                antwoord.headers().firstValue("API-Version").orElse(null));
    }

    private static String ss(String gebeurtenis, String bsn) {
        return "{\"registratieDatumTijd\":\"2026-11-20T10:15:30+01:00\",\"gebeurtenisId\":\"" + gebeurtenis
                + "\",\"bsn\":\"" + bsn + "\"}";
    }

    private int opgeslagen(UUID berichtId) {
        return jdbc.sql("select count(*) from duo_notificatie where bericht_id = ?")
                .param(berichtId)
                .query(Integer.class)
                .single();
    }

    @Test
    void eenGeldigeNotificatieWordtEenmaalBewaardOokAlsDuoHemTweeKeerStuurt() throws Exception {
        UUID berichtId = UUID.randomUUID();
        Antwoord eerste = stuur("duo", berichtId, HAARLEM_OIN, ss("SS101", TestData.bsn()), true);
        assertThat(eerste.status()).as(eerste.body()).isEqualTo(201);
        assertThat(eerste.apiVersion()).isEqualTo("1.8.0");
        // Our answer is valid against DUO's specification too.
        assertThat(specificaties.fouten(
                        NotificatieController.API,
                        "/notificaties",
                        Request.Method.POST,
                        SimpleResponse.Builder.status(201)
                                .withHeader("API-Version", eerste.apiVersion())
                                .build()))
                .isEmpty();
        assertThat(stuur("duo", berichtId, HAARLEM_OIN, ss("SS101", TestData.bsn()), true)
                        .status())
                .isEqualTo(201);
        assertThat(opgeslagen(berichtId)).isEqualTo(1);
        assertThat(jdbc.sql("select gemeentecode from duo_notificatie where bericht_id = ?")
                        .param(berichtId)
                        .query(String.class)
                        .single())
                .isEqualTo("0392");
        assertThat(jdbc.sql("select purpose from audit_log where detail like ? ")
                        .param("%" + berichtId + "%")
                        .query(String.class)
                        .single())
                .isEqualTo("gegevensuitwisseling DUO");
    }

    @Test
    void eenOnbekendeGebeurtenisWordtBewaardEnGetoond() throws Exception {
        UUID berichtId = UUID.randomUUID();
        assertThat(stuur("duo", berichtId, HAARLEM_OIN, ss("SS999", TestData.bsn()), true)
                        .status())
                .isEqualTo(201);
        assertThat(jdbc.sql("select status from duo_notificatie where bericht_id = ?")
                        .param(berichtId)
                        .query(String.class)
                        .single())
                .isEqualTo("ONBEKEND");
        String pagina = WebSessie.login(baseUrl(), "teamleider")
                .get("/koppeling/notificaties")
                .body();
        assertThat(pagina).contains(berichtId.toString(), "SS999", "Onbekende gebeurtenis, bewaard");
        assertThat(WebSessie.login(baseUrl(), "consulent")
                        .get("/koppeling/notificaties")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void eenBerichtDatNietAanDeSpecificatieVoldoetWordtGeweigerdEnNietBewaard() throws Exception {
        UUID berichtId = UUID.randomUUID();
        Antwoord zonderGebeurtenis = stuur(
                "duo",
                berichtId,
                HAARLEM_OIN,
                "{\"registratieDatumTijd\":\"2026-11-20T10:15:30+01:00\",\"bsn\":\"12345\"}",
                false);
        assertThat(zonderGebeurtenis.status()).isEqualTo(400);
        assertThat(zonderGebeurtenis.body()).contains("fouttekst", "gebeurtenisId");
        assertThat(opgeslagen(berichtId)).isZero();
        Antwoord kortOin = stuur("duo", berichtId, "123", ss("SS101", TestData.bsn()), false);
        assertThat(kortOin.status()).isEqualTo(400);
        assertThat(opgeslagen(berichtId)).isZero();
    }

    @Test
    void alleenDuoMagAfleverenEnAlleenVoorGemeentenVanDezeInstallatie() throws Exception {
        UUID berichtId = UUID.randomUUID();
        assertThat(stuur(null, berichtId, HAARLEM_OIN, ss("SS101", TestData.bsn()), true)
                        .status())
                .isEqualTo(401);
        assertThat(stuur("consulent", berichtId, HAARLEM_OIN, ss("SS101", TestData.bsn()), true)
                        .status())
                .isEqualTo(403);
        Antwoord vreemdeGemeente = stuur("duo", berichtId, "00000001999999999000", ss("SS101", TestData.bsn()), true);
        assertThat(vreemdeGemeente.status()).isEqualTo(403);
        assertThat(vreemdeGemeente.body())
                .contains("\"fouttekst\"")
                .contains("Het doel-OIN 00000001999999999000 is geen gemeente van deze installatie.");
        assertThat(opgeslagen(berichtId)).isZero();
    }
}
