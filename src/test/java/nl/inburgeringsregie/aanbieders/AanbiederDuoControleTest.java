package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.aanbieders.instellingen.Instellingenlijst;
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
 * Issue 15 (R-10, ADR 0031 amended): a provider's instellingsnummer and keurmerken are checked against DUO's list of
 * institutions (the DUO simulator: 1000000001 Blik op Werk only, 1000000002 both, 1000000003 neither) whenever it is
 * saved, and the date of the check and DUO's answer are kept; a difference names its field, over the API and on the
 * beheer page.
 */
class AanbiederDuoControleTest extends IntegrationTest {

    private static final List<String> NUMMERS = List.of("1000000001", "1000000002", "1000000003");

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Instellingenlijst duo;

    /** The simulator's first answer after the context starts may exceed the tests' 2 s DUO timeout: ask it once. */
    @BeforeEach
    void duoIsWarm() {
        for (int poging = 0; poging < 3 && duo.vraag().isEmpty(); poging++) {
            // asked again: the first call loads DUO's specification on both sides
        }
    }

    @BeforeEach
    @AfterEach
    void opruimen() {
        clock.reset();
        jdbc.sql("delete from aanbieder where instellingsnummer in (?, ?, ?)")
                .params(NUMMERS.toArray())
                .update();
    }

    private Api.Antwoord maak(String nummer, LocalDate bow, LocalDate tst) {
        Map<String, Object> body = new HashMap<>();
        body.put("naam", "Instelling " + nummer);
        body.put("instellingsnummer", nummer);
        body.put("bowGeldigTot", bow == null ? null : bow.toString());
        body.put("tstGeldigTot", tst == null ? null : tst.toString());
        Api.Antwoord a = api("beheerder").post("/api/v1/aanbieders", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a;
    }

    private static List<String> afwijkingen(JsonNode aanbieder) {
        List<String> velden = new ArrayList<>();
        aanbieder.get("duoControle").get("afwijkingen").forEach(n -> velden.add(n.asString()));
        return velden;
    }

    @Test
    void eenAanbiederDieOvereenkomtMetDuoKrijgtDeDatumVanDeControleEnGeenAfwijking() {
        clock.zet(LocalDate.of(2026, 12, 1));
        JsonNode a = maak("1000000002", LocalDate.of(2027, 12, 31), LocalDate.of(2027, 12, 31))
                .json();
        JsonNode controle = a.get("duoControle");
        assertThat(controle.get("bekend").asBoolean()).isTrue();
        assertThat(controle.get("naam").asString()).isEqualTo("Nova College Taalschakel");
        assertThat(controle.get("bowKeurmerk").asBoolean()).isTrue();
        assertThat(controle.get("tstKeurmerk").asBoolean()).isTrue();
        assertThat(Instant.parse(controle.get("gecontroleerdOp").asString())).isEqualTo(clock.instant());
        assertThat(afwijkingen(a)).isEmpty();
    }

    @Test
    void eenKeurmerkDatDuoNietKentEnEenOnbekendNummerZijnAfwijkingen() {
        JsonNode zonder =
                maak("1000000003", LocalDate.now(clock).plusYears(1), null).json();
        assertThat(afwijkingen(zonder)).containsExactly("bowGeldigTot");

        // TST held here but not at DUO, and the other way round: DUO's Blik op Werk not registered here.
        JsonNode alleenBow =
                maak("1000000001", null, LocalDate.now(clock).plusYears(1)).json();
        assertThat(afwijkingen(alleenBow)).containsExactly("bowGeldigTot", "tstGeldigTot");

        Map<String, Object> onbekend = new HashMap<>();
        onbekend.put("naam", "Onbekend bij DUO");
        onbekend.put("instellingsnummer", "X" + System.nanoTime() % 1_000_000_000L);
        onbekend.put("bowGeldigTot", LocalDate.now(clock).plusYears(1).toString());
        Api.Antwoord a = api("beheerder").post("/api/v1/aanbieders", onbekend);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("duoControle").get("bekend").asBoolean()).isFalse();
        assertThat(afwijkingen(a.json())).containsExactly("instellingsnummer");
    }

    @Test
    void eenVerlopenKeurmerkWordtBijHetOpslaanOpnieuwGecontroleerdMetDeNieuweDatum() {
        clock.zet(LocalDate.of(2026, 12, 1));
        JsonNode a = maak("1000000001", LocalDate.of(2026, 12, 1), null).json();
        assertThat(afwijkingen(a)).isEmpty();

        // The last day of the keurmerk passed: the next save (a day later) checks again and sees the difference.
        clock.zet(LocalDate.of(2026, 12, 2));
        Map<String, Object> body = new HashMap<>();
        body.put("versie", a.get("versie").asInt());
        body.put("naam", "Instelling 1000000001");
        body.put("instellingsnummer", "1000000001");
        body.put("bowGeldigTot", "2026-12-01");
        Api.Antwoord gewijzigd =
                api("beheerder").put("/api/v1/aanbieders/" + a.get("id").asString(), body);
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(afwijkingen(gewijzigd.json())).containsExactly("bowGeldigTot");
        assertThat(Instant.parse(gewijzigd
                        .json()
                        .get("duoControle")
                        .get("gecontroleerdOp")
                        .asString()))
                .isEqualTo(clock.instant());
    }

    @Test
    void deBeheerpaginaToontDeAfwijkingEnDeBeheerderKanOpnieuwControleren() {
        String id = maak("1000000003", LocalDate.now(clock).plusYears(1), null)
                .json()
                .get("id")
                .asString();
        WebSessie beheerder = WebSessie.login(baseUrl(), "beheerder");
        HttpResponse<String> pagina = beheerder.get("/beheer/aanbieders/" + id);
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body())
                .contains("Controle bij DUO")
                .contains("Afwijking van DUO")
                .contains("Keurmerk Blik op Werk: hier wel, bij DUO niet.");

        clock.zet(LocalDate.now(clock).plusDays(3));
        HttpResponse<String> opnieuw = beheerder.postMetCsrf(
                "/beheer/aanbieders/" + id + "/duo-controle", Map.of(), "/beheer/aanbieders/" + id);
        assertThat(opnieuw.statusCode()).isEqualTo(302);
        assertThat(beheerder.get("/beheer/aanbieders/" + id).body()).contains("Gecontroleerd op");
        Instant op = jdbc.sql("select duo_gecontroleerd_op from aanbieder where id = ?::uuid")
                .param(id)
                .query(Instant.class)
                .single();
        assertThat(op).isEqualTo(clock.instant());

        // The team lead reads the page but may not ask DUO again.
        WebSessie teamleider = WebSessie.login(baseUrl(), "teamleider");
        HttpResponse<String> geweigerd = teamleider.postMetCsrf(
                "/beheer/aanbieders/" + id + "/duo-controle", Map.of(), "/beheer/aanbieders/" + id);
        assertThat(geweigerd.statusCode()).isEqualTo(403);
    }
}
