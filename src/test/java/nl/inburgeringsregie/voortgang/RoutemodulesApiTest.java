package nl.inburgeringsregie.voortgang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.aanbieders.AanbiedersTestdata;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16, the PVT and the MAP as followed modules over real HTTP (ADR 0040 addendum): the hours come
 * from a provider's PVT placement and the gemeente's own activities; an activity is refused for a person without a PIP,
 * the other module's kind, a date tomorrow or before the PIP, hours not above 0, above 24 on a day or with three
 * decimals; the afronding is refused below the hours (12 for the PVT) and without the MAP's outcome, in the onderwijsroute
 * for the MAP, and where DUO's rules refuse it, storing nothing; it makes the DUO melding, a second one is 409, a
 * withdrawal sends the melding without the date and allows a new afronding; another gemeente 404, a role without the
 * dossier 403, an unknown module 404.
 */
class RoutemodulesApiTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void vandaag() {
        // A Wednesday; the PIPs of the tests are dated 2026-10-20.
        clock.zet(LocalDate.of(2026, 11, 25));
    }

    @AfterEach
    void herstel() {
        clock.reset();
    }

    private Api.Antwoord activiteit(String dossier, String module, String soort, String datum, Object uren) {
        Map<String, Object> body = new HashMap<>();
        body.put("soort", soort);
        body.put("datum", datum);
        body.put("uren", uren);
        body.put("omschrijving", "Workshop kernwaarden");
        return api("consulent").post("/api/v1/inburgeraars/" + dossier + "/modules/" + module + "/activiteiten", body);
    }

    private Api.Antwoord afronden(String gebruiker, String dossier, String module, String datum, String verslag) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("datum", datum);
        body.put("verslag", verslag);
        return api(gebruiker).post("/api/v1/inburgeraars/" + dossier + "/modules/" + module + "/afronding", body);
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

    private JsonNode module(String dossier, String module) {
        for (JsonNode m : api("consulent")
                .get("/api/v1/inburgeraars/" + dossier + "/modules")
                .json()
                .get("modules")) {
            if (m.get("module").asString().equals(module)) {
                return m;
            }
        }
        return null;
    }

    private List<String> meldingen(String dossier, String soort) {
        return jdbc.sql("select bericht from duo_melding where inburgeraar_id = ?::uuid and soort = ? order by"
                        + " aangemaakt_op, volgnummer")
                .params(dossier, soort)
                .query(String.class)
                .list();
    }

    private String stand(String dossier, String eis) {
        for (JsonNode e : api("consulent")
                .get("/api/v1/inburgeraars/" + dossier + "/routestatus")
                .json()
                .get("eisen")) {
            if (e.get("code").asString().equals(eis)) {
                return e.get("stand").asString();
            }
        }
        return null;
    }

    @Test
    void hetPvtVolgtUitDeUrenVanPlaatsingEnGemeenteEnMeldtDeOndertekening() {
        AanbiedersTestdata data = new AanbiedersTestdata(this::api, baseUrl(), jdbc);
        String aanbieder = data.b1Aanbieder();
        String dossier = data.dossier();
        JsonNode leeg = module(dossier, "PVT");
        assertThat(leeg.get("uren").asDouble()).isZero();
        assertThat(leeg.get("doel").asInt()).as("R-7").isEqualTo(12);
        assertThat(module(dossier, "MAP").get("doel").asInt())
                .as("R-8, configuration")
                .isEqualTo(40);
        assertThat(stand(dossier, "PVT")).isEqualTo("ONTBREEKT");

        // A provider's PVT placement: its attendance counts as PVT hours (not as NT2).
        String plaatsing = data.plaats(dossier, data.contract(aanbieder, "PVT"));
        data.start(plaatsing, LocalDate.of(2026, 11, 9));
        Map<String, Object> les = new HashMap<>(Map.of("periode", "LES", "datum", "2026-11-10", "urenAanwezig", 5));
        les.put("urenAfwezig", 0);
        Api.Antwoord presentie =
                api(data.account(aanbieder)).post("/api/v1/plaatsingen/" + plaatsing + "/presentie", les);
        assertThat(presentie.status()).as(presentie.body()).isEqualTo(200);
        JsonNode uren = api("consulent")
                .get("/api/v1/inburgeraars/" + dossier + "/uren")
                .json();
        assertThat(uren.get("totalen").toString()).contains("\"soort\":\"PVT\",\"uren\":5");
        assertThat(uren.get("totalen").get(0).get("uren").asDouble())
                .as("NT2 has none")
                .isZero();
        assertThat(stand(dossier, "PVT")).as("hours followed: in progress").isEqualTo("BEZIG");

        // The gemeente's own meeting on a Saturday counts too; refusals first.
        assertThat(regels(activiteit(dossier, "pvt", "PRAKTIJKDEEL", "2026-11-21", 3)))
                .as("the MAP's kind")
                .containsExactly("soort R-7");
        assertThat(regels(activiteit(dossier, "pvt", "BIJEENKOMST", "2026-11-26", 3)))
                .as("tomorrow")
                .containsExactly("datum R-7");
        assertThat(regels(activiteit(dossier, "pvt", "BIJEENKOMST", "2026-10-19", 3)))
                .as("before the PIP's dagtekening")
                .containsExactly("datum R-7");
        assertThat(regels(activiteit(dossier, "pvt", "BIJEENKOMST", "2026-11-21", 0)))
                .containsExactly("uren R-7");
        assertThat(regels(activiteit(dossier, "pvt", "BIJEENKOMST", "2026-11-21", 24.5)))
                .containsExactly("uren R-7");
        assertThat(regels(activiteit(dossier, "pvt", "BIJEENKOMST", "2026-11-21", 1.125)))
                .containsExactly("uren R-7");
        assertThat(regels(activiteit(dossier, "pvt", null, null, null)))
                .containsExactlyInAnyOrder("soort R-7", "datum R-7", "uren R-7");
        Api.Antwoord zaterdag = activiteit(dossier, "pvt", "BIJEENKOMST", "2026-11-21", 3);
        assertThat(zaterdag.status()).as(zaterdag.body()).isEqualTo(201);
        assertThat(zaterdag.json().get("vastgelegdDoor").asString()).isEqualTo("consulent");
        Api.Antwoord teVeel = activiteit(dossier, "pvt", "BIJEENKOMST", "2026-11-21", 22);
        assertThat(regels(teVeel)).as("25 hours on one day").containsExactly("uren R-7");
        assertThat(teVeel.body()).contains("al 3 uur");

        // 8 of 12 hours: the signing is refused, nothing stored, nothing to DUO.
        Api.Antwoord tekort = afronden("consulent", dossier, "pvt", "2026-11-24", null);
        assertThat(regels(tekort)).containsExactly("uren R-7");
        assertThat(tekort.body()).contains("minstens 12 uur", "er zijn er 8 gevolgd");
        assertThat(meldingen(dossier, "PVT")).isEmpty();

        assertThat(activiteit(dossier, "pvt", "BIJEENKOMST", "2026-11-23", 4).status())
                .isEqualTo(201);
        assertThat(regels(afronden("consulent", dossier, "pvt", "2026-11-26", null)))
                .as("a signing tomorrow")
                .containsExactly("datum R-7");
        Api.Antwoord ondertekend =
                afronden("consulent", dossier, "pvt", "2026-11-24", "Getekend na de slotbijeenkomst");
        assertThat(ondertekend.status()).as(ondertekend.body()).isEqualTo(201);
        assertThat(meldingen(dossier, "PVT")).containsExactly("{\"datumOndertekeningPvt\":\"2026-11-24\"}");
        assertThat(stand(dossier, "PVT")).isEqualTo("GEDAAN");
        JsonNode pvt = module(dossier, "PVT");
        assertThat(pvt.get("uren").asDouble()).isEqualTo(12.0);
        assertThat(pvt.get("afronding").get("datum").asString()).isEqualTo("2026-11-24");
        assertThat(pvt.get("bijDuo").asString()).isEqualTo("2026-11-24");

        // The second click; an activity after the signing; removing an activity that made the hours.
        Api.Antwoord tweede = afronden("consulent", dossier, "pvt", "2026-11-24", null);
        assertThat(tweede.status()).as(tweede.body()).isEqualTo(409);
        assertThat(meldingen(dossier, "PVT")).hasSize(1);
        assertThat(regels(activiteit(dossier, "pvt", "BIJEENKOMST", "2026-11-25", 2)))
                .containsExactly("datum R-7");
        String activiteitId = zaterdag.json().get("id").asString();
        assertThat(api("consulent")
                        .delete("/api/v1/inburgeraars/" + dossier + "/modules/pvt/activiteiten/" + activiteitId)
                        .status())
                .isEqualTo(409);

        // Withdrawn: DUO gets the melding without the date; the record keeps the withdrawn afronding.
        assertThat(api("consulent")
                        .delete("/api/v1/inburgeraars/" + dossier + "/modules/pvt/afronding")
                        .status())
                .isEqualTo(204);
        assertThat(meldingen(dossier, "PVT")).last().isEqualTo("{}");
        JsonNode ingetrokken = module(dossier, "PVT");
        assertThat(ingetrokken.path("afronding").isMissingNode()).isTrue();
        assertThat(ingetrokken.get("ingetrokken").get(0).get("ingetrokkenDoor").asString())
                .isEqualTo("consulent");
        assertThat(stand(dossier, "PVT")).isEqualTo("BEZIG");
        assertThat(api("consulent")
                        .delete("/api/v1/inburgeraars/" + dossier + "/modules/pvt/afronding")
                        .status())
                .as("nothing left to withdraw")
                .isEqualTo(404);
        assertThat(api("consulent")
                        .delete("/api/v1/inburgeraars/" + dossier + "/modules/pvt/activiteiten/" + activiteitId)
                        .status())
                .isEqualTo(204);
        assertThat(module(dossier, "PVT").get("uren").asDouble()).isEqualTo(9.0);
        assertThat(activiteit(dossier, "pvt", "BIJEENKOMST", "2026-11-25", 3).status())
                .isEqualTo(201);
        assertThat(afronden("consulent", dossier, "pvt", "2026-11-25", null).status())
                .isEqualTo(201);
        assertThat(meldingen(dossier, "PVT")).last().isEqualTo("{\"datumOndertekeningPvt\":\"2026-11-25\"}");
    }

    @Test
    void deMapVraagtDeUitkomstVanHetEindgesprekEnDuoBeslistOverVerwijtbaar() {
        String dossier = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(TestData.bsn()), "B");
        for (int dag = 17; dag <= 20; dag++) {
            assertThat(activiteit(dossier, "map", "PRAKTIJKDEEL", "2026-11-" + dag, 10)
                            .status())
                    .isEqualTo(201);
        }
        assertThat(regels(afronden("consulent", dossier, "map", "2026-11-20", " ")))
                .containsExactly("verslag R-8");
        Map<String, Object> verwijtbaar = new HashMap<>();
        verwijtbaar.put("datum", "2026-11-20");
        verwijtbaar.put("verslag", "Kiest voor een opleiding in de zorg.");
        verwijtbaar.put("verwijtbaar", "Ja");
        assertThat(regels(api("consulent")
                        .post("/api/v1/inburgeraars/" + dossier + "/modules/map/afronding", verwijtbaar)))
                .as("R-9: no verwijtbaar inside the termijn; DUO's rule, nothing stored")
                .containsExactly("verwijtbaar R-9");
        assertThat(module(dossier, "MAP").path("afronding").isMissingNode()).isTrue();
        Api.Antwoord gevoerd =
                afronden("consulent", dossier, "map", "2026-11-20", "Kiest voor een opleiding in de zorg.");
        assertThat(gevoerd.status()).as(gevoerd.body()).isEqualTo(201);
        assertThat(gevoerd.json().get("verslag").asString()).isEqualTo("Kiest voor een opleiding in de zorg.");
        assertThat(meldingen(dossier, "MAP")).containsExactly("{\"datumEindgesprekMap\":\"2026-11-20\"}");
    }

    @Test
    void geenModuleZonderPipGeenMapInDeOnderwijsrouteEnAlleenVoorDeEigenGemeente() {
        String zonderPip = TestDossiers.registreer(api("consulent"), TestData.inburgeraar(TestData.bsn()));
        assertThat(regels(activiteit(zonderPip, "pvt", "BIJEENKOMST", "2026-11-21", 3)))
                .containsExactly("leerroute R-7");
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + zonderPip + "/modules")
                        .json()
                        .get("modules")
                        .isEmpty())
                .isTrue();

        String onderwijs = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(TestData.bsn()), "O");
        assertThat(module(onderwijs, "MAP")).as("Wi2021 art. 8 lid 3").isNull();
        assertThat(module(onderwijs, "PVT")).isNotNull();
        assertThat(regels(activiteit(onderwijs, "map", "PRAKTIJKDEEL", "2026-11-21", 3)))
                .containsExactly("module R-8");
        assertThat(regels(afronden("consulent", onderwijs, "map", "2026-11-21", "Gesprek")))
                .containsExactly("module R-8");

        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + onderwijs + "/modules/knm/activiteiten")
                        .status())
                .isIn(404, 405);
        assertThat(activiteit(onderwijs, "knm", "BIJEENKOMST", "2026-11-21", 3).status())
                .as("an unknown module")
                .isEqualTo(404);
        assertThat(afronden("consulent.velsen", onderwijs, "pvt", "2026-11-21", null)
                        .status())
                .isEqualTo(404);
        assertThat(api("consulent.velsen")
                        .get("/api/v1/inburgeraars/" + onderwijs + "/modules")
                        .status())
                .isEqualTo(404);
        assertThat(api("budgetcoach")
                        .get("/api/v1/inburgeraars/" + onderwijs + "/modules")
                        .status())
                .isEqualTo(403);

        // The brede intake's hours are NT2, KNM or participation: not the modules'.
        Api.Antwoord intake = api("consulent")
                .post(
                        "/api/v1/inburgeraars/" + onderwijs + "/intake/uren",
                        Map.of("datum", "2026-11-21", "soort", "PVT", "uren", 3));
        assertThat(regels(intake)).containsExactly("soort R-11");
    }
}
