package nl.inburgeringsregie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.gebruikers.DemoAccounts;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import nl.inburgeringsregie.termijnen.Termijnen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * T-12 over HTTP (ADR 0037): COA's profile within 2 weeks of the koppeling, housing within 10 weeks, the joint handover
 * conversation within 12; met late stays visible as late (T-15); only asielstatushouders with a koppeling; only the
 * own gemeente's worklist.
 */
class CoaTermijnenTest extends IntegrationTest {

    @Autowired
    private CoaTermijnInstellingen coaInstellingen;

    @Autowired
    private DemoAccounts demoAccounts;

    @Autowired
    private Termijnen termijnen;

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void klok() {
        clock.reset();
    }

    private String registreer(String bsn, String koppeling) {
        return registreer(bsn, koppeling, "2028-02-10");
    }

    private String registreer(String bsn, String koppeling, String kennisgeving) {
        return registreer(bsn, koppeling, kennisgeving, null);
    }

    /** Registered by the demo consultant for {@code consulent} (null: the demo consultant's own). */
    private String registreer(String bsn, String koppeling, String kennisgeving, String consulent) {
        Map<String, Object> body = TestData.inburgeraar(bsn);
        if (consulent != null) {
            body.put("consulent", consulent);
        }
        body.put("datumKennisgeving", kennisgeving);
        body.put("datumKoppeling", koppeling);
        return TestDossiers.registreer(api("consulent"), body);
    }

    private Api.Antwoord importeer(String bsn, String datumOverdracht) {
        return api("consulent")
                .post(
                        "/api/v1/coa-overdrachten",
                        Map.of(
                                "bsn",
                                bsn,
                                "gemeentecode",
                                "0392",
                                "datumOverdracht",
                                datumOverdracht,
                                "deelnemers",
                                List.of("COA-begeleider", "consulent")));
    }

    private JsonNode termijn(String dossier, String soort) {
        Api.Antwoord a = api("consulent").get("/api/v1/inburgeraars/" + dossier + "/termijnen");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        for (JsonNode t : a.json()) {
            if (t.get("soort").asString().equals(soort)) {
                return t;
            }
        }
        return null;
    }

    private List<String> werkvoorraad(Api api, String soort) {
        Api.Antwoord a = api.get("/api/v1/werkvoorraad?grootte=200&van=2028-02-01&tot=2028-07-31&soort=" + soort);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json()
                .get("regels")
                .valueStream()
                .map(r -> r.get("inburgeraarId").asString())
                .toList();
    }

    @Test
    void eenProfielOpDeLaatsteDagIsOpTijdEnVerdwijntVanDeWerkvoorraad() {
        // Koppeling on Friday 18-02-2028: two weeks later is Friday 03-03-2028, across the leap day.
        clock.zet(LocalDate.of(2028, 3, 3));
        String bsn = TestData.bsn();
        // A consultant of its own: the shared demo consultant's first page of 100 need not reach this dossier.
        demoAccounts.zorgVoorConsulenten(DemoAccounts.HAARLEM, Map.of("w.coa", "Wim Coa"));
        String dossier = registreer(bsn, "2028-02-18", "2028-02-10", "w.coa");

        JsonNode profiel = termijn(dossier, "COA_PROFIEL");
        assertThat(profiel.get("uiterlijkeDatum").asString()).isEqualTo("2028-03-03");
        assertThat(profiel.get("status").asString()).isEqualTo("BINNENKORT");
        assertThat(profiel.get("regel").asString()).isEqualTo("T-12");
        assertThat(profiel.get("toelichting").asString()).contains("03-03-2028", "18-02-2028", "regel T-12");
        assertThat(termijn(dossier, "HUISVESTING").get("uiterlijkeDatum").asString())
                .isEqualTo("2028-04-28");
        assertThat(termijn(dossier, "COA_OVERDRACHTSGESPREK")
                        .get("uiterlijkeDatum")
                        .asString())
                .isEqualTo("2028-05-12");
        assertThat(werkvoorraad(api("consulent"), "COA_PROFIEL")).contains(dossier);
        String pagina = WebSessie.login(baseUrl(), "w.coa").get("/werkvoorraad").body();
        assertThat(pagina)
                .contains(dossier, "COA-profiel ontvangen", "COA-profiel opvragen en importeren", "regel T-12")
                .contains("/inburgeraars/" + dossier + "/bewerken");
        assertThat(WebSessie.login(baseUrl(), "consulent.velsen")
                        .get("/werkvoorraad")
                        .body())
                .doesNotContain(dossier);
        assertThat(werkvoorraad(api("consulent.velsen"), "COA_PROFIEL"))
                .as("another gemeente")
                .doesNotContain(dossier);
        assertThat(api("consulent.velsen")
                        .get("/api/v1/inburgeraars/" + dossier + "/termijnen")
                        .status())
                .isEqualTo(404);

        Api.Antwoord ontvangen = importeer(bsn, "2028-03-02");
        assertThat(ontvangen.status()).as(ontvangen.body()).isEqualTo(200);
        profiel = termijn(dossier, "COA_PROFIEL");
        assertThat(profiel.get("status").asString()).isEqualTo("VOLDAAN");
        assertThat(profiel.hasNonNull("gemistOp")).isFalse();
        assertThat(profiel.get("toelichting").asString()).contains("ontvangen op 03-03-2028");
        JsonNode gesprek = termijn(dossier, "COA_OVERDRACHTSGESPREK");
        assertThat(gesprek.get("status").asString()).isEqualTo("VOLDAAN");
        assertThat(gesprek.get("toelichting").asString()).contains("02-03-2028");
        assertThat(werkvoorraad(api("consulent"), "COA_PROFIEL")).doesNotContain(dossier);
        assertThat(werkvoorraad(api("consulent"), "COA_OVERDRACHTSGESPREK")).doesNotContain(dossier);
        // The daily job's rebuild (the gemeente's rows, row-level security) sees the imported profile too.
        clock.zet(LocalDate.of(2028, 3, 6));
        termijnen.werkGemeenteBij("0392");
        assertThat(werkvoorraad(api("consulent"), "COA_PROFIEL")).doesNotContain(dossier);
        assertThat(werkvoorraad(api("consulent"), "COA_OVERDRACHTSGESPREK")).doesNotContain(dossier);
        // Housing is still to be arranged.
        assertThat(werkvoorraad(api("consulent"), "HUISVESTING")).contains(dossier);
    }

    @Test
    void eenProfielDeDagNaDeLaatsteDagIsVoldaanMaarTeLaat() {
        // Koppeling on the leap day: the profile is due 14-03-2028.
        clock.zet(LocalDate.of(2028, 3, 15));
        String bsn = TestData.bsn();
        String dossier = registreer(bsn, "2028-02-29");
        JsonNode profiel = termijn(dossier, "COA_PROFIEL");
        assertThat(profiel.get("uiterlijkeDatum").asString()).isEqualTo("2028-03-14");
        assertThat(profiel.get("status").asString()).isEqualTo("VERLOPEN");
        assertThat(werkvoorraad(api("consulent"), "COA_PROFIEL")).contains(dossier);

        Api.Antwoord ontvangen = importeer(bsn, "2028-03-15");
        assertThat(ontvangen.status()).as(ontvangen.body()).isEqualTo(200);
        profiel = termijn(dossier, "COA_PROFIEL");
        assertThat(profiel.get("status").asString()).isEqualTo("VOLDAAN");
        assertThat(profiel.get("gemistOp").asString()).as("T-15").isEqualTo("2028-03-14");
        assertThat(profiel.get("toelichting").asString()).contains("1 dagen te laat", "14-03-2028", "regel T-15");
        // The same profile again changes nothing.
        assertThat(importeer(bsn, "2028-03-15").status()).isEqualTo(200);
        assertThat(termijn(dossier, "COA_PROFIEL").get("gemistOp").asString()).isEqualTo("2028-03-14");
    }

    @Test
    void gehuisvestOpDeLaatsteDagIsVoldaan() {
        clock.zet(LocalDate.of(2028, 5, 10));
        String dossier = registreer(TestData.bsn(), "2028-02-29");
        assertThat(termijn(dossier, "HUISVESTING").get("status").asString()).isEqualTo("VERLOPEN");
        assertThat(werkvoorraad(api("consulent"), "HUISVESTING")).contains(dossier);

        Api consulent = api("consulent");
        @SuppressWarnings("unchecked")
        Map<String, Object> gegevens = new HashMap<>(Api.JSON.readValue(
                consulent.get("/api/v1/inburgeraars/" + dossier).body(), Map.class));
        gegevens.put("datumHuisvesting", "2028-05-09");
        Api.Antwoord gewijzigd = consulent.put("/api/v1/inburgeraars/" + dossier, gegevens);
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);

        JsonNode huisvesting = termijn(dossier, "HUISVESTING");
        assertThat(huisvesting.get("status").asString()).isEqualTo("VOLDAAN");
        assertThat(huisvesting.get("uiterlijkeDatum").asString()).isEqualTo("2028-05-09");
        assertThat(huisvesting.hasNonNull("gemistOp"))
                .as("housed on the last day")
                .isFalse();
        assertThat(werkvoorraad(api("consulent"), "HUISVESTING")).doesNotContain(dossier);
    }

    @Test
    void eenGezinsmigrantHeeftGeenCoaTermijnen() {
        clock.zet(LocalDate.of(2028, 3, 15));
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("doelgroep", "Gezinsmigrant en overige migrant");
        body.put("gedetailleerdeDoelgroep", "Gezinsvormer");
        body.put("datumKennisgeving", "2028-02-10");
        body.remove("datumKoppeling");
        body.put("datumInschrijvingBrp", "2028-02-12");
        String dossier = TestDossiers.registreer(api("consulent"), body);
        assertThat(termijn(dossier, "COA_PROFIEL")).isNull();
        assertThat(termijn(dossier, "HUISVESTING")).isNull();
        assertThat(termijn(dossier, "COA_OVERDRACHTSGESPREK")).isNull();
    }

    private Api.Antwoord profielOntvangen(Api api, String dossier, Map<String, Object> body) {
        return api.post("/api/v1/inburgeraars/" + dossier + "/coa-overdracht/profiel", body);
    }

    private Api.Antwoord gesprekGehouden(Api api, String dossier, Map<String, Object> body) {
        return api.post("/api/v1/inburgeraars/" + dossier + "/coa-overdracht/gesprek", body);
    }

    private static String regel(Api.Antwoord a, String veld) {
        for (JsonNode p : a.json().get("invalidParams")) {
            if (p.get("name").asString().equals(veld)) {
                return p.get("regel").asString();
            }
        }
        return null;
    }

    @Test
    void deCoaTermijnenGeldenVanafDeStartdatumEnNietDeDagErvoor() {
        // The start date (coa-termijnen.vanaf; 2022-01-01 by default, the Wi2021's start; the tests' configuration sets
        // it later): a koppeling the day before has no T-12 deadlines.
        LocalDate vanaf = coaInstellingen.vanaf("0392");
        clock.zet(vanaf.plusMonths(2));
        String ervoor = registreer(
                TestData.bsn(), vanaf.minusDays(1).toString(), vanaf.plusDays(9).toString());
        String opDeDag =
                registreer(TestData.bsn(), vanaf.toString(), vanaf.plusDays(9).toString());
        assertThat(termijn(ervoor, "COA_PROFIEL")).isNull();
        assertThat(termijn(ervoor, "HUISVESTING")).isNull();
        assertThat(termijn(ervoor, "COA_OVERDRACHTSGESPREK")).isNull();
        assertThat(termijn(opDeDag, "COA_PROFIEL").get("uiterlijkeDatum").asString())
                .isEqualTo(vanaf.plusWeeks(2).toString());
        assertThat(termijn(opDeDag, "COA_PROFIEL").get("status").asString()).isEqualTo("VERLOPEN");
        assertThat(termijn(opDeDag, "COA_OVERDRACHTSGESPREK")).isNotNull();
        // Nor can the consultant record COA's handover for the dossier before the start: it has no T-12 deadlines.
        Api.Antwoord geweigerd = gesprekGehouden(
                api("consulent"),
                ervoor,
                Map.of("gehoudenOp", vanaf.plusDays(19).toString()));
        assertThat(geweigerd.status()).as(geweigerd.body()).isEqualTo(409);
        assertThat(geweigerd.body()).contains("T-12");
    }

    @Test
    void eenGemeenteZetHaarEigenStartdatum() {
        CoaTermijnInstellingen instellingen =
                new CoaTermijnInstellingen(LocalDate.of(2022, 1, 1), Map.of("0453", LocalDate.of(2026, 9, 1)));
        assertThat(instellingen.vanaf("0453")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(instellingen.vanaf("0392")).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(new CoaTermijnInstellingen(LocalDate.of(2022, 1, 1), null).vanaf("0453"))
                .isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void hetProfielBuitenDeImportTeltOpDeDagVanVastleggenNietOpDeOpgegevenDatum() {
        // Koppeling Monday 10-04-2028: the profile is due Monday 24-04-2028, the conversation Monday 03-07-2028.
        clock.zet(LocalDate.of(2028, 4, 24));
        String dossier = registreer(TestData.bsn(), "2028-04-10", "2028-04-05");
        Api consulent = api("consulent");
        assertThat(werkvoorraad(consulent, "COA_PROFIEL")).contains(dossier);
        JsonNode regel = consulent
                .get("/api/v1/werkvoorraad?grootte=200&soort=COA_PROFIEL&van=2028-04-01&tot=2028-04-30")
                .json()
                .get("regels")
                .valueStream()
                .filter(r -> r.get("inburgeraarId").asString().equals(dossier))
                .findFirst()
                .orElseThrow();
        assertThat(regel.get("regel").asString()).isEqualTo("T-12");

        // Bad input: the field and the rule, nothing recorded.
        Api.Antwoord zonderBron = profielOntvangen(consulent, dossier, Map.of("ontvangenOp", "2028-04-20"));
        assertThat(zonderBron.ongeldigeVelden()).containsExactly("bron");
        assertThat(regel(zonderBron, "bron")).isEqualTo("I-4");
        Api.Antwoord toekomst =
                profielOntvangen(consulent, dossier, Map.of("ontvangenOp", "2028-04-25", "bron", "per mail"));
        assertThat(toekomst.ongeldigeVelden()).containsExactly("ontvangenOp");
        assertThat(regel(toekomst, "ontvangenOp")).isEqualTo("T-15");
        Api.Antwoord voorKoppeling =
                profielOntvangen(consulent, dossier, Map.of("ontvangenOp", "2028-04-09", "bron", "per mail"));
        assertThat(voorKoppeling.ongeldigeVelden()).containsExactly("ontvangenOp");
        assertThat(regel(voorKoppeling, "ontvangenOp")).isEqualTo("T-12");
        assertThat(profielOntvangen(consulent, dossier, Map.of("bron", "x".repeat(201)))
                        .ongeldigeVelden())
                .containsExactly("bron");
        // Another gemeente does not find the dossier; a role without the right to change dossiers is refused.
        assertThat(profielOntvangen(api("consulent.velsen"), dossier, Map.of("bron", "per mail"))
                        .status())
                .isEqualTo(404);
        assertThat(profielOntvangen(api("budgetcoach"), dossier, Map.of("bron", "per mail"))
                        .status())
                .isEqualTo(403);
        assertThat(api("consulent.velsen")
                        .get("/api/v1/inburgeraars/" + dossier + "/coa-overdracht")
                        .status())
                .isEqualTo(404);
        assertThat(termijn(dossier, "COA_PROFIEL").get("status").asString()).isEqualTo("BINNENKORT");

        // On the last day, with a stated arrival a week earlier: on time, counted today.
        Api.Antwoord vastgelegd = profielOntvangen(
                consulent, dossier, Map.of("ontvangenOp", "2028-04-17", "bron", "Op papier van de COA-locatie"));
        assertThat(vastgelegd.status()).as(vastgelegd.body()).isEqualTo(200);
        JsonNode profiel = termijn(dossier, "COA_PROFIEL");
        assertThat(profiel.get("status").asString()).isEqualTo("VOLDAAN");
        assertThat(profiel.hasNonNull("gemistOp")).isFalse();
        assertThat(profiel.get("toelichting").asString())
                .contains("vastgelegd op 24-04-2028", "17-04-2028", "Op papier van de COA-locatie", "T-15");
        assertThat(werkvoorraad(consulent, "COA_PROFIEL")).doesNotContain(dossier);

        // A second click changes nothing: 409, one record.
        Api.Antwoord nogEens = profielOntvangen(consulent, dossier, Map.of("bron", "per mail"));
        assertThat(nogEens.status()).as(nogEens.body()).isEqualTo(409);
        assertThat(nogEens.body()).contains("24-04-2028");
        JsonNode stand = consulent
                .get("/api/v1/inburgeraars/" + dossier + "/coa-overdracht")
                .json();
        assertThat(stand.get("profiel").get("toelichting").asString()).isEqualTo("Op papier van de COA-locatie");
        assertThat(stand.get("profiel").get("opgegevenDatum").asString()).isEqualTo("2028-04-17");
        assertThat(stand.get("vanToepassing").asBoolean()).isTrue();
        assertThat(stand.hasNonNull("gesprek")).isFalse();
        assertThat(jdbc.sql("select count(*) from coa_registratie where inburgeraar_id = ?::uuid")
                        .param(dossier)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // Journaled on the dossier and audited.
        assertThat(jdbc.sql("select nieuwe_waarde from journaal where inburgeraar_id = ?::uuid and soort = 'COA'")
                        .param(dossier)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("17-04-2028", "Op papier van de COA-locatie", "T-12");
        assertThat(jdbc.sql("""
                        select count(*) from audit_log where inburgeraar_id = ?::uuid
                          and detail like 'warme overdracht COA, profiel%'""").param(dossier).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void eenGesprekTeLaatVastgelegdBlijftTeLaatOokMetEenEerdereOpgegevenDatum() {
        // Koppeling 10-04-2028: the conversation is due 03-07-2028. Recorded on 04-07-2028 as held on 30-06-2028.
        clock.zet(LocalDate.of(2028, 7, 4));
        String bsn = TestData.bsn();
        String dossier = registreer(bsn, "2028-04-10", "2028-04-05");
        Api consulent = api("consulent");
        assertThat(termijn(dossier, "COA_OVERDRACHTSGESPREK").get("status").asString())
                .isEqualTo("VERLOPEN");
        assertThat(werkvoorraad(consulent, "COA_OVERDRACHTSGESPREK")).contains(dossier);
        Api.Antwoord zonderDatum = gesprekGehouden(consulent, dossier, Map.of("deelnemers", "COA, consulent"));
        assertThat(zonderDatum.ongeldigeVelden()).containsExactly("gehoudenOp");
        assertThat(regel(zonderDatum, "gehoudenOp")).isEqualTo("T-12");
        assertThat(gesprekGehouden(consulent, dossier, Map.of("gehoudenOp", "2028-07-05"))
                        .ongeldigeVelden())
                .containsExactly("gehoudenOp");
        assertThat(gesprekGehouden(consulent, dossier, Map.of("gehoudenOp", "geen datum"))
                        .status())
                .isEqualTo(400);

        Api.Antwoord vastgelegd = gesprekGehouden(
                consulent,
                dossier,
                Map.of("gehoudenOp", "2028-06-30", "deelnemers", "COA-trajectbegeleider, consulent"));
        assertThat(vastgelegd.status()).as(vastgelegd.body()).isEqualTo(200);
        JsonNode gesprek = termijn(dossier, "COA_OVERDRACHTSGESPREK");
        assertThat(gesprek.get("status").asString()).isEqualTo("VOLDAAN");
        assertThat(gesprek.get("gemistOp").asString())
                .as("T-15: late stays late")
                .isEqualTo("2028-07-03");
        assertThat(gesprek.get("toelichting").asString())
                .contains("vastgelegd op 04-07-2028", "30-06-2028", "1 dagen te laat");
        assertThat(werkvoorraad(consulent, "COA_OVERDRACHTSGESPREK")).doesNotContain(dossier);
        assertThat(gesprekGehouden(consulent, dossier, Map.of("gehoudenOp", "2028-06-30"))
                        .status())
                .isEqualTo(409);
        // A COA file imported later, with an earlier handover date, does not make it on time either (T-15).
        clock.zet(LocalDate.of(2028, 7, 5));
        assertThat(importeer(bsn, "2028-06-01").status()).isEqualTo(200);
        assertThat(termijn(dossier, "COA_OVERDRACHTSGESPREK").get("gemistOp").asString())
                .isEqualTo("2028-07-03");
        assertThat(termijn(dossier, "COA_PROFIEL").get("gemistOp").asString()).isEqualTo("2028-04-24");
    }
}
