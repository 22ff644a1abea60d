package nl.inburgeringsregie.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.gebruikers.DemoAccounts;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, part 1, over real HTTP: a deadline's history cannot be erased (T-15) and the law's calendar (T-3, T-14).
 * A missed deadline stays missed ("te laat" with its date, also when the act comes late); a third-party wait recorded
 * after the last day moves nothing; a doelgroep change applies from its date (PL-6); T-1 runs to a working day
 * (Algemene termijnenwet). "Today" is the test clock, set before the dossier is registered.
 */
class TermijnGeschiedenisTest extends IntegrationTest {

    @Autowired
    private DemoAccounts demoAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DagelijkseTermijnen dagelijks;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    /** A statushouder: DUO's notice on 2026-01-02, housed on {@code huisvesting}, in the BRP on {@code brp} (may be null). */
    private String registreer(String huisvesting, String brp) {
        return registreer(huisvesting, brp, null);
    }

    /** Registered by the demo consultant for {@code consulent} (null: the demo consultant's own). */
    private String registreer(String huisvesting, String brp, String consulent) {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        if (consulent != null) {
            body.put("consulent", consulent);
        }
        body.put("datumKennisgeving", "2026-01-02");
        body.put("datumKoppeling", "2025-12-20");
        body.put("datumHuisvesting", huisvesting);
        if (brp != null) {
            body.put("datumInschrijvingBrp", brp);
        }
        return TestDossiers.registreer(api("consulent"), body);
    }

    private JsonNode termijn(String id, String soort) {
        Api.Antwoord antwoord = api("consulent").get("/api/v1/inburgeraars/" + id + "/termijnen");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        for (JsonNode t : antwoord.json()) {
            if (t.get("soort").asString().equals(soort)) {
                return t;
            }
        }
        throw new AssertionError("no " + soort);
    }

    /** The dossier as the API gives it, changed by {@code wijziging}, put back. */
    private void wijzig(String id, Map<String, Object> wijziging) {
        Api consulent = api("consulent");
        @SuppressWarnings("unchecked")
        Map<String, Object> dossier = new HashMap<>(
                Api.JSON.readValue(consulent.get("/api/v1/inburgeraars/" + id).body(), Map.class));
        dossier.putAll(wijziging);
        Api.Antwoord antwoord = consulent.put("/api/v1/inburgeraars/" + id, dossier);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
    }

    private List<JsonNode> werkvoorraad(String id, String query) {
        return werkvoorraad(id, query, "consulent");
    }

    /** The worklist rows of dossier {@code id} on {@code consulent}'s worklist, all pages. */
    private List<JsonNode> werkvoorraad(String id, String query, String consulent) {
        List<JsonNode> regels = new ArrayList<>();
        String volgende = null;
        do {
            JsonNode pagina = api("consulent")
                    .get("/api/v1/werkvoorraad?grootte=200&consulent=" + consulent + query
                            + (volgende == null ? "" : "&volgende=" + volgende))
                    .json();
            pagina.get("regels").forEach(r -> {
                if (r.get("inburgeraarId").asString().equals(id)) {
                    regels.add(r);
                }
            });
            volgende = pagina.has("volgende") ? pagina.get("volgende").asString() : null;
        } while (volgende != null);
        return regels;
    }

    @Test
    void eenGemistePipTermijnBlijftTeLaatOokAlsDeHuisvestingsdatumLaterWordtIngevuld() {
        clock.zet(LocalDate.of(2026, 1, 20));
        // A consultant of its own: the shared demo consultant's first page of 100 need not reach this dossier.
        demoAccounts.zorgVoorConsulenten(DemoAccounts.HAARLEM, Map.of("w.gemist", "Wim Gemist"));
        String id = registreer("2026-01-15", null, "w.gemist");
        clock.zet(LocalDate.of(2026, 3, 30));
        assertThat(termijn(id, "PIP_VASTSTELLEN").get("status").asString()).isEqualTo("VERLOPEN");

        // A later housing date would give 01-05-2026: it does not reopen the missed deadline (T-15).
        wijzig(id, Map.of("datumHuisvesting", "2026-02-20"));
        JsonNode pip = termijn(id, "PIP_VASTSTELLEN");
        assertThat(pip.get("status").asString()).isEqualTo("VERLOPEN");
        assertThat(pip.get("uiterlijkeDatum").asString()).isEqualTo("2026-03-26");
        assertThat(pip.get("gemistOp").asString()).isEqualTo("2026-03-26");
        assertThat(pip.get("toelichting").asString()).contains("te laat", "26-03-2026", "01-05-2026", "(regel T-15)");

        // The worklist shows it as verlopen with the missed day; so does the daily job's rebuild.
        dagelijks.voerUit();
        List<JsonNode> verlopen = werkvoorraad(id, "&status=VERLOPEN&soort=PIP_VASTSTELLEN", "w.gemist");
        assertThat(verlopen).hasSize(1);
        assertThat(verlopen.getFirst().get("gemistOp").asString()).isEqualTo("2026-03-26");
        assertThat(verlopen.getFirst().get("uiterlijkeDatum").asString()).isEqualTo("2026-03-26");

        // The screens say "te laat" with the date (dd-mm-jjjj): worklist, timeline and the dossier page's fragment.
        WebSessie sessie = WebSessie.login(baseUrl(), "w.gemist");
        assertThat(sessie.get("/werkvoorraad").body()).contains("te laat: uiterste datum 26-03-2026 gemist");
        // The timeline page; its table is the fragment the dossier page loads (termijnen/tijdlijn :: termijnen).
        assertThat(sessie.get("/inburgeraars/" + id + "/termijnen").body())
                .contains("te laat: uiterste datum 26-03-2026 gemist");
    }

    @Test
    void eenTermijnDieVerliepZonderDatDeDagelijkseTaakTussendoorDraaideBlijftOokGemist() {
        // No read between the last day and the change: the change itself records what the read model still held.
        clock.zet(LocalDate.of(2026, 1, 20));
        String id = registreer("2026-01-15", null);
        clock.zet(LocalDate.of(2026, 4, 2));
        wijzig(id, Map.of("datumHuisvesting", "2026-03-01"));
        JsonNode pip = termijn(id, "PIP_VASTSTELLEN");
        assertThat(pip.get("status").asString()).isEqualTo("VERLOPEN");
        assertThat(pip.get("gemistOp").asString()).isEqualTo("2026-03-26");
        assertThat(jdbc.sql(
                                "select laatste_dag from termijn_gemist where inburgeraar_id = ?::uuid and soort = 'PIP_VASTSTELLEN'")
                        .param(id)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2026, 3, 26));
    }

    @Test
    void eenTeLaatVastgesteldPipIsVoldaanMaarBlijftTeLaatMetDeGemisteDatum() {
        clock.zet(LocalDate.of(2026, 9, 16));
        String id =
                TestDossiers.registreer(api("consulent"), TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        // Housed 15-09-2026: the PIP was due 24-11-2026 (a Tuesday).
        clock.zet(LocalDate.of(2026, 11, 30));
        dagelijks.voerUit();
        String pip = TestDossiers.pipConcept(api("consulent"), id, "B");
        Api.Antwoord vastgesteld =
                api("consulent").post("/api/v1/pips/" + pip + "/vaststelling", Map.of("dagtekeningPip", "2026-11-30"));
        assertThat(vastgesteld.status()).as(vastgesteld.body()).isEqualTo(200);

        JsonNode termijn = termijn(id, "PIP_VASTSTELLEN");
        assertThat(termijn.get("status").asString()).isEqualTo("VOLDAAN");
        assertThat(termijn.get("gemistOp").asString()).isEqualTo("2026-11-24");
        assertThat(termijn.get("toelichting").asString())
                .contains("voldaan, 6 dagen te laat", "30-11-2026", "24-11-2026");
        assertThat(WebSessie.login(baseUrl(), "consulent")
                        .get("/inburgeraars/" + id + "/termijnen")
                        .body())
                .contains("te laat: uiterste datum 24-11-2026 gemist", "voldaan, 6 dagen te laat");
    }

    @Test
    void eenWachtOpDerdenDieNaDeUitersteDatumIsVastgelegdVerschuiftDeTermijnNiet() {
        clock.zet(LocalDate.of(2026, 1, 20));
        String id = registreer("2026-01-15", null);
        clock.zet(LocalDate.of(2026, 4, 10));
        Map<String, Object> voortgang = new LinkedHashMap<>();
        voortgang.put("wachtOpDerdenSinds", "2026-04-01");
        voortgang.put("wachtOpDerdenReden", "Medische informatie van de huisarts");
        voortgang.put("wachtOpDerdenOntvangen", "2026-04-05");
        wijzig(id, Map.of("voortgang", voortgang));

        // Without T-15 the information of 05-04-2026 would give until 20-04-2026.
        JsonNode pip = termijn(id, "PIP_VASTSTELLEN");
        assertThat(pip.get("status").asString()).isEqualTo("VERLOPEN");
        assertThat(pip.get("uiterlijkeDatum").asString()).isEqualTo("2026-03-26");
        assertThat(werkvoorraad(id, "&status=VERLOPEN&soort=PIP_VASTSTELLEN")).hasSize(1);
        // The wait itself is kept: the journal shows it, and the deadline explains why it changes nothing.
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + id + "/journaal")
                        .body())
                .contains("wachtOpDerdenSinds", "2026-04-01");
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + id)
                        .json()
                        .get("voortgang")
                        .get("wachtOpDerdenSinds")
                        .asString())
                .isEqualTo("2026-04-01");
    }

    @Test
    void eenWachtOpDerdenDieVoorDeUitersteDatumBegonGeeftNogTweeWekenNaOntvangstTotEenWerkdag() {
        clock.zet(LocalDate.of(2026, 1, 20));
        String id = registreer("2026-01-15", null);
        clock.zet(LocalDate.of(2026, 3, 10));
        wijzig(
                id,
                Map.of(
                        "voortgang",
                        Map.of("wachtOpDerdenSinds", "2026-03-09", "wachtOpDerdenReden", "Diplomawaardering (IDW)")));
        clock.zet(LocalDate.of(2026, 4, 20));
        // Received on Saturday 18-04-2026: two weeks end on Saturday 02-05-2026, so Monday 04-05-2026 (T-14).
        wijzig(
                id,
                Map.of(
                        "voortgang",
                        Map.of(
                                "wachtOpDerdenSinds",
                                "2026-03-09",
                                "wachtOpDerdenReden",
                                "Diplomawaardering (IDW)",
                                "wachtOpDerdenOntvangen",
                                "2026-04-18")));
        JsonNode pip = termijn(id, "PIP_VASTSTELLEN");
        assertThat(pip.get("uiterlijkeDatum").asString()).isEqualTo("2026-05-04");
        assertThat(pip.get("toelichting").asString()).contains("02-05-2026 is geen werkdag (zaterdag)");
        assertThat(pip.get("status").asString()).isEqualTo("BINNENKORT");
        assertThat(pip.has("gemistOp")).isFalse();
    }

    @Test
    void eenDoelgroepwijzigingDoorDeConsulentGeldtVanafDieDagVoorDeLopendeTermijn() {
        // Statushouder housed 01-03-2026, in the BRP since 12-01-2026: under asielstatushouder T-1 runs from housing.
        clock.zet(LocalDate.of(2026, 3, 2));
        String id = registreer("2026-03-01", "2026-01-12");
        assertThat(termijn(id, "PIP_VASTSTELLEN").get("uiterlijkeDatum").asString())
                .isEqualTo("2026-05-11");
        clock.zet(LocalDate.of(2026, 3, 5));
        wijzig(id, Map.of("doelgroep", "Gezinsmigrant en overige migrant", "gedetailleerdeDoelgroep", "Gezinsvormer"));
        JsonNode pip = termijn(id, "PIP_VASTSTELLEN");
        assertThat(pip.get("startdatum").asString()).isEqualTo("2026-01-12");
        assertThat(pip.get("uiterlijkeDatum").asString()).isEqualTo("2026-03-23");
        assertThat(pip.get("toelichting").asString())
                .contains("Berekend voor de doelgroep gezinsmigrant en overige migrant, "
                        + "die geldt vanaf 05-03-2026 (daarvoor asielstatushouder) (regel PL-6)");
        assertThat(jdbc.sql("select bron || ':' || doelgroep || ':' || geldig_vanaf from doelgroep_historie "
                                + "where inburgeraar_id = ?::uuid order by geldig_vanaf, id")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "REGISTRATIE:ASIELSTATUSHOUDER:2026-03-02",
                        "CONSULENT:GEZINSMIGRANT_EN_OVERIGE_MIGRANT:2026-03-05");
    }

    @Test
    void eenDoelgroepwijzigingNaDeUitersteDatumRekentDieTermijnNietOpnieuw() {
        // Under asielstatushouder the PIP was due 26-03-2026; as gezinsmigrant (BRP 01-04-2026) it would be 10-06-2026.
        clock.zet(LocalDate.of(2026, 1, 20));
        String id = registreer("2026-01-15", null);
        clock.zet(LocalDate.of(2026, 5, 4));
        wijzig(
                id,
                Map.of(
                        "doelgroep",
                        "Gezinsmigrant en overige migrant",
                        "gedetailleerdeDoelgroep",
                        "Gezinsvormer",
                        "datumInschrijvingBrp",
                        "2026-04-01"));
        JsonNode pip = termijn(id, "PIP_VASTSTELLEN");
        assertThat(pip.get("uiterlijkeDatum").asString()).isEqualTo("2026-03-26");
        assertThat(pip.get("status").asString()).isEqualTo("VERLOPEN");
        assertThat(pip.get("toelichting").asString())
                .contains(
                        "te laat",
                        "Berekend voor de doelgroep asielstatushouder: de "
                                + "wijziging naar gezinsmigrant en overige migrant op 04-05-2026 geldt niet voor deze termijn");
    }

    @Test
    void deRegistratieLegtDeEersteDoelgroepInDeHistorieVast() {
        clock.zet(LocalDate.of(2026, 1, 20));
        String id = registreer("2026-01-15", null);
        assertThat(jdbc.sql("select bron || ':' || doelgroep || ':' || gedetailleerde_doelgroep || ':' || geldig_vanaf "
                                + "from doelgroep_historie where inburgeraar_id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("REGISTRATIE:ASIELSTATUSHOUDER:ASIELSTATUSHOUDER:2026-01-20");
    }

    @Test
    void eenPipTermijnDieOpZaterdagEindigtLooptDoorTotMaandag() {
        clock.zet(LocalDate.of(2026, 1, 20));
        String id = registreer("2026-01-17", null);
        JsonNode pip = termijn(id, "PIP_VASTSTELLEN");
        assertThat(pip.get("uiterlijkeDatum").asString()).isEqualTo("2026-03-30");
        assertThat(pip.get("toelichting").asString())
                .contains("28-03-2026 is geen werkdag (zaterdag)", "Algemene termijnenwet", "(regel T-14)");
        assertThat(werkvoorraad(id, "&soort=PIP_VASTSTELLEN")
                        .getFirst()
                        .get("uiterlijkeDatum")
                        .asString())
                .isEqualTo("2026-03-30");
        // The internal intake target (T-2) is no statutory period: its Saturday stays.
        assertThat(termijn(id, "BREDE_INTAKE").get("uiterlijkeDatum").asString())
                .isEqualTo("2026-02-28");
        clock.zet(LocalDate.of(2026, 3, 30));
        assertThat(termijn(id, "PIP_VASTSTELLEN").get("status").asString()).isEqualTo("BINNENKORT");
        // Which periods follow the Atw is configuration (rule book C), bound by @ConfigurationPropertiesScan.
        assertThat(context.getBeanNamesForType(AlgemeneTermijnenwet.Instellingen.class))
                .singleElement()
                .asString()
                .startsWith("inburgeringsregie.termijnenwet-");
        assertThat(context.getBean(AlgemeneTermijnenwet.Instellingen.class).perioden())
                .contains(
                        AlgemeneTermijnenwet.Periode.PIP_VASTSTELLEN,
                        AlgemeneTermijnenwet.Periode.PIP_NA_INFORMATIE_DERDEN);
    }

    @Test
    void eenPipTermijnDieOpKoningsdagEindigtLooptDoorTotDeVolgendeDag() {
        clock.zet(LocalDate.of(2026, 2, 20));
        String id = registreer("2026-02-16", null);
        JsonNode pip = termijn(id, "PIP_VASTSTELLEN");
        assertThat(pip.get("uiterlijkeDatum").asString()).isEqualTo("2026-04-28");
        assertThat(pip.get("toelichting").asString()).contains("27-04-2026 is geen werkdag (Koningsdag)");
    }

    @Test
    void eenPipTermijnDieOpTweedeKerstdagEindigtLooptDoorTotDeVolgendeWerkdag() {
        clock.zet(LocalDate.of(2028, 10, 20));
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("doelgroep", "Gezinsmigrant en overige migrant");
        body.put("gedetailleerdeDoelgroep", "Gezinsvormer");
        body.put("datumKennisgeving", "2028-10-01");
        body.remove("datumKoppeling");
        body.put("datumInschrijvingBrp", "2028-10-17");
        String id = TestDossiers.registreer(api("consulent"), body);
        JsonNode pip = termijn(id, "PIP_VASTSTELLEN");
        assertThat(pip.get("uiterlijkeDatum").asString()).isEqualTo("2028-12-27");
        assertThat(pip.get("toelichting").asString()).contains("26-12-2028 is geen werkdag (tweede Kerstdag)");
    }

    @Test
    void deVerwachteDriejarigeTermijnVanEenDagtekeningOp28FebruariEindigtOp28Februari() {
        clock.zet(LocalDate.of(2028, 3, 1));
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("datumKennisgeving", "2027-12-01");
        body.put("datumKoppeling", "2027-11-20");
        body.put("datumHuisvesting", "2027-12-15");
        String id = TestDossiers.registreer(api("consulent"), body);
        String pip = TestDossiers.pipConcept(api("consulent"), id, "B");
        Api.Antwoord vastgesteld =
                api("consulent").post("/api/v1/pips/" + pip + "/vaststelling", Map.of("dagtekeningPip", "2028-02-28"));
        assertThat(vastgesteld.status()).as(vastgesteld.body()).isEqualTo(200);
        JsonNode termijn = termijn(id, "INBURGERINGSTERMIJN");
        assertThat(termijn.get("startdatum").asString()).isEqualTo("2028-02-29");
        assertThat(termijn.get("uiterlijkeDatum").asString()).isEqualTo("2031-02-28");
        assertThat(termijn.get("verwacht").asBoolean()).isTrue();
    }
}
