package nl.inburgeringsregie.inburgeraar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, part 2 (T-15, T-1, T-3, P-4): the milestones behind the deadlines (brede intake afgerond, dagtekening PIP,
 * DUO's einddatum) and the phase are derived from the records that prove them, never typed; uitschrijven is an explicit
 * action with a reason; PL-4 refuses a Wi2021 dossier with a notice from before 2022 and warns for a late Wi2013 one.
 */
class AfgeleideFeitenTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private static Map<String, Object> lees(Api api, String id) {
        return new HashMap<>(
                Api.JSON.readValue(api.get("/api/v1/inburgeraars/" + id).body(), Map.class));
    }

    private static List<String> regels(Api.Antwoord antwoord) {
        List<String> regels = new ArrayList<>();
        antwoord.json()
                .get("invalidParams")
                .forEach(p -> regels.add(
                        p.get("name").asString() + "/" + p.path("regel").asString("")));
        return regels;
    }

    @Test
    void eenGetypteMijlpaalBijRegistratieWordtGeweigerdMetVeldEnRegel() {
        for (String veld : List.of("datumBredeIntakeAfgerond", "dagtekeningPip", "einddatumInburgeringstermijn")) {
            String bsn = TestData.bsn();
            Map<String, Object> body = TestDossiers.huisvest(TestData.inburgeraar(bsn));
            body.put("voortgang", Map.of(veld, "2026-10-20"));
            Api.Antwoord antwoord = api("consulent").post("/api/v1/inburgeraars", body);
            assertThat(antwoord.ongeldigeVelden()).as(veld).containsExactly("voortgang." + veld);
            assertThat(regels(antwoord)).containsExactly("voortgang." + veld + "/T-15");
            assertThat(antwoord.json().get("invalidParams").get(0).get("reason").asString())
                    .contains("T-15");
            assertThat(api("consulent")
                            .get("/api/v1/inburgeraars?zoek=" + bsn)
                            .json()
                            .get("inburgeraars"))
                    .isEmpty();
        }
    }

    @Test
    void eenGetypteDagtekeningOfFaseBijWijzigingWordtGeweigerdEnVerandertNiets() {
        Api consulent = api("consulent");
        String id = TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        Map<String, Object> dossier = lees(consulent, id);
        dossier.put("voortgang", Map.of("dagtekeningPip", "2026-10-20", "einddatumInburgeringstermijn", "2029-10-21"));
        dossier.put("fase", "INBURGERING");
        dossier.put("voornamen", "Rania Amal");
        Api.Antwoord antwoord = consulent.put("/api/v1/inburgeraars/" + id, dossier);
        assertThat(regels(antwoord))
                .containsExactlyInAnyOrder(
                        "voortgang.dagtekeningPip/T-15", "voortgang.einddatumInburgeringstermijn/T-15", "fase/T-15");

        JsonNode na = consulent.get("/api/v1/inburgeraars/" + id).json();
        assertThat(na.get("fase").asString()).isEqualTo("AANMELDING");
        assertThat(na.get("voornamen").asString()).as("nothing half-saved").isEqualTo("Rania");
        assertThat(na.path("voortgang").has("dagtekeningPip")).isFalse();
        // Without a PIP the deadline is not met (the old code showed "Voldaan" for a typed date).
        JsonNode pip =
                consulent.get("/api/v1/inburgeraars/" + id + "/termijnen").json();
        pip.forEach(t -> assertThat(t.get("status").asString())
                .as(t.get("soort").asString())
                .isNotEqualTo("VOLDAAN"));
    }

    @Test
    void deAfgeleideWaardenKomenUitHetPipEnMogenOngewijzigdMeeterugInDeVolledigeWeergave() {
        Api consulent = api("consulent");
        String id = TestDossiers.metVastgesteldPip(consulent, TestData.inburgeraar(TestData.bsn()), "B");
        Map<String, Object> dossier = lees(consulent, id);
        assertThat(((Map<?, ?>) dossier.get("voortgang")).get("dagtekeningPip")).isEqualTo(TestDossiers.DAGTEKENING);
        assertThat(dossier.get("fase")).isEqualTo("INBURGERING");
        dossier.put("voornamen", "Rania Amal");
        Api.Antwoord echo = consulent.put("/api/v1/inburgeraars/" + id, dossier);
        assertThat(echo.status()).as(echo.body()).isEqualTo(200);
        assertThat(echo.json().get("voortgang").get("dagtekeningPip").asString())
                .isEqualTo(TestDossiers.DAGTEKENING);

        // An earlier dagtekening typed over the PIP's is refused; the wait for third parties stays a typed fact.
        Map<String, Object> opnieuw = lees(consulent, id);
        opnieuw.put("voortgang", Map.of("dagtekeningPip", "2026-09-16"));
        assertThat(regels(consulent.put("/api/v1/inburgeraars/" + id, opnieuw)))
                .containsExactly("voortgang.dagtekeningPip/T-15");
        opnieuw.put(
                "voortgang", Map.of("wachtOpDerdenSinds", "2026-10-01", "wachtOpDerdenReden", "Medische informatie"));
        Api.Antwoord wacht = consulent.put("/api/v1/inburgeraars/" + id, opnieuw);
        assertThat(wacht.status()).as(wacht.body()).isEqualTo(200);
        assertThat(wacht.json().get("voortgang").get("wachtOpDerdenSinds").asString())
                .isEqualTo("2026-10-01");
        assertThat(wacht.json().get("voortgang").get("dagtekeningPip").asString())
                .as("kept from the PIP")
                .isEqualTo(TestDossiers.DAGTEKENING);
    }

    @Test
    void hetFormulierVraagtGeenAfgeleideMijlpalenOfFaseEnNegeertZeAlsZeTochKomen() {
        Api consulent = api("consulent");
        String id = TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        WebSessie sessie = WebSessie.login(baseUrl(), "consulent");
        String formulier = sessie.get("/inburgeraars/" + id + "/bewerken").body();
        assertThat(formulier)
                .doesNotContain(
                        "name=\"dagtekeningPip\"",
                        "name=\"datumBredeIntakeAfgerond\"",
                        "name=\"einddatumInburgeringstermijn\"",
                        "name=\"fase\"")
                .contains("name=\"wachtOpDerdenSinds\"", "T-15");

        Map<String, String> velden = new HashMap<>(Map.of(
                "versie",
                String.valueOf(lees(consulent, id).get("versie")),
                "gemeentecode",
                "0392",
                "bsn",
                (String) lees(consulent, id).get("bsn"),
                "geslachtsnaam",
                "Haddad",
                "voornamen",
                "Rania",
                "geboortedatum",
                "1990-04-12",
                "geslacht",
                "V",
                "doelgroep",
                "ASIELSTATUSHOUDER",
                "wet",
                "WI2021",
                "datumKennisgeving",
                "2026-09-01"));
        velden.put("datumHuisvesting", "2026-09-15");
        velden.put("dagtekeningPip", "2026-09-20");
        velden.put("datumBredeIntakeAfgerond", "2026-09-18");
        velden.put("fase", "AFGEROND");
        var antwoord = sessie.postMetCsrf("/inburgeraars/" + id, velden, "/inburgeraars/" + id + "/bewerken");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(302);
        JsonNode na = consulent.get("/api/v1/inburgeraars/" + id).json();
        assertThat(na.get("fase").asString()).isEqualTo("AANMELDING");
        assertThat(na.path("voortgang").has("dagtekeningPip")).isFalse();
        assertThat(na.path("voortgang").has("datumBredeIntakeAfgerond")).isFalse();
    }

    @Test
    void uitschrijvenVraagtEenRedenStaatInHetJournaalWordtGeauditEnKanMaarEenKeer() {
        Api consulent = api("consulent");
        String id = TestDossiers.registreer(consulent, TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        String pad = "/api/v1/inburgeraars/" + id + "/uitschrijvingen";
        assertThat(regels(consulent.post(pad, Map.of("reden", "  ")))).containsExactly("reden/PL-5");
        assertThat(api("budgetcoach").post(pad, Map.of("reden", "Verhuisd")).status())
                .isEqualTo(403);
        assertThat(api("consulent.velsen")
                        .post(pad, Map.of("reden", "Verhuisd"))
                        .status())
                .as("another gemeente")
                .isEqualTo(404);
        assertThat(consulent
                        .post(pad, Map.of("reden", "Verhuisd", "versie", 99))
                        .status())
                .as("stale")
                .isEqualTo(409);
        assertThat(consulent
                        .get("/api/v1/inburgeraars/" + id)
                        .json()
                        .get("fase")
                        .asString())
                .isEqualTo("AANMELDING");

        Api.Antwoord uit = consulent.post(pad, Map.of("reden", "Verhuisd naar het buitenland (meer dan een jaar)"));
        assertThat(uit.status()).as(uit.body()).isEqualTo(201);
        assertThat(uit.json().get("fase").asString()).isEqualTo("UITGESCHREVEN");
        JsonNode journaal =
                consulent.get("/api/v1/inburgeraars/" + id + "/journaal").json();
        assertThat(journaal).anySatisfy(r -> {
            assertThat(r.get("soort").asString()).isEqualTo("FASE");
            assertThat(r.get("oudeWaarde").asString()).isEqualTo("AANMELDING");
            assertThat(r.get("nieuweWaarde").asString()).isEqualTo("UITGESCHREVEN");
            assertThat(r.get("gebruiker").asString()).isEqualTo("consulent");
        });
        assertThat(journaal).anySatisfy(r -> {
            assertThat(r.get("soort").asString()).isEqualTo("UITSCHRIJVING");
            assertThat(r.get("nieuweWaarde").asString()).isEqualTo("Verhuisd naar het buitenland (meer dan een jaar)");
        });
        assertThat(jdbc.sql("select count(*) from audit_log where inburgeraar_id = ?::uuid and action = 'GEWIJZIGD' "
                                + "and detail like '%uitgeschreven%'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // The running deadlines stop.
        consulent
                .get("/api/v1/inburgeraars/" + id + "/termijnen")
                .json()
                .forEach(t -> assertThat(t.path("status").asString()).isNotIn("OPEN", "BINNENKORT", "VERLOPEN"));

        Api.Antwoord nogmaals = consulent.post(pad, Map.of("reden", "Nog een keer"));
        assertThat(nogmaals.status()).isEqualTo(409);
        assertThat(nogmaals.header("Content-Type")).startsWith("application/problem+json");
        assertThat(nogmaals.json().get("detail").asString()).contains("al uitgeschreven");
    }

    @Test
    void eenWi2021DossierMetEenKennisgevingVoor2022WordtGeweigerd() {
        Api consulent = api("consulent");
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("datumKennisgeving", "2021-12-31");
        assertThat(regels(consulent.post("/api/v1/inburgeraars", body))).containsExactly("datumKennisgeving/PL-4");
        body.put("datumKennisgeving", "2022-01-01");
        Api.Antwoord geregistreerd = consulent.post("/api/v1/inburgeraars", body);
        assertThat(geregistreerd.status()).as(geregistreerd.body()).isEqualTo(201);
        assertThat(geregistreerd.json().has("waarschuwingen")).isFalse();

        String id = geregistreerd.json().get("id").asString();
        Map<String, Object> dossier = lees(consulent, id);
        dossier.put("datumKennisgeving", "2021-06-30");
        assertThat(regels(consulent.put("/api/v1/inburgeraars/" + id, dossier)))
                .containsExactly("datumKennisgeving/PL-4");
    }

    @Test
    void eenWi2013DossierMetEenLatereKennisgevingWordtAanvaardMetEenWaarschuwing() {
        Api consulent = api("consulent");
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        body.put("wet", "WI2013");
        body.put("datumKennisgeving", "2021-12-31");
        Api.Antwoord oud = consulent.post("/api/v1/inburgeraars", body);
        assertThat(oud.status()).isEqualTo(201);
        assertThat(oud.json().has("waarschuwingen")).isFalse();

        body.put("bsn", TestData.bsn());
        body.put("datumKennisgeving", "2022-01-01");
        Api.Antwoord laat = consulent.post("/api/v1/inburgeraars", body);
        assertThat(laat.status()).as(laat.body()).isEqualTo(201);
        JsonNode waarschuwing = laat.json().get("waarschuwingen").get(0);
        assertThat(waarschuwing.get("veld").asString()).isEqualTo("datumKennisgeving");
        assertThat(waarschuwing.get("regel").asString()).isEqualTo("PL-4");
        assertThat(waarschuwing.get("bericht").asString()).contains("Wet inburgering 2021");
        String id = laat.json().get("id").asString();
        assertThat(consulent.get("/api/v1/inburgeraars/" + id).json().get("waarschuwingen"))
                .hasSize(1);
        assertThat(WebSessie.login(baseUrl(), "consulent")
                        .get("/inburgeraars/" + id)
                        .body())
                .contains("id=\"waarschuwingen\"", "regel PL-4");
    }
}
