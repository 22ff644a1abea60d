package nl.inburgeringsregie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** COA's warme overdracht: imported whole or not at all, reported per row, idempotent, sources marked. */
class CoaOverdrachtTest extends IntegrationTest {

    private String registreer(String bsn) {
        return api("consulent")
                .post("/api/v1/inburgeraars", TestData.inburgeraar(bsn))
                .header("Location")
                .replaceAll(".*/", "");
    }

    private Api.Antwoord csv(String inhoud) {
        return api("consulent").send("POST", "/api/v1/coa-overdrachten", inhoud, "text/csv");
    }

    @Test
    void eenProfielVultDeIntakeVoorEnTweeKeerImporterenVerandertNiets() {
        String bsn = TestData.bsn();
        String id = registreer(bsn);
        Map<String, Object> profiel = Map.of(
                "bsn",
                bsn,
                "gemeentecode",
                "0392",
                "datumOverdracht",
                "2026-01-12",
                "deelnemers",
                List.of("COA-begeleider", "klantmanager", "tolk Arabisch"),
                "huishouden",
                "Gehuwd, twee kinderen van 4 en 7",
                "opleiding",
                "Bachelor elektrotechniek (Damascus)",
                "werkervaring",
                "Acht jaar elektricien",
                "wensen",
                "Weer als elektricien werken",
                "zichtbareBeperkingen",
                "Loopt met een kruk",
                "talen",
                List.of("ar", "en"));
        Api.Antwoord eerste = api("consulent").post("/api/v1/coa-overdrachten", profiel);
        assertThat(eerste.status()).as(eerste.body()).isEqualTo(200);
        assertThat(eerste.json().get("rijen").get(0).get("resultaat").asString())
                .isEqualTo("GEIMPORTEERD");
        assertThat(eerste.json().get("rijen").get(0).get("inburgeraarId").asString())
                .isEqualTo(id);

        JsonNode intake =
                api("consulent").get("/api/v1/inburgeraars/" + id + "/intake").json();
        assertThat(intake.get("coaBron").asString()).contains("12-01-2026", "COA-begeleider");
        JsonNode opleiding = leefgebied(intake, "OPLEIDING");
        assertThat(opleiding.get("situatie").asString()).isEqualTo("Bachelor elektrotechniek (Damascus)");
        assertThat(opleiding.get("bron").asString()).isEqualTo("COA, 12-01-2026");
        assertThat(leefgebied(intake, "MOTIVATIE").get("wensen").asString()).isEqualTo("Weer als elektricien werken");
        assertThat(leefgebied(intake, "FYSIEKE_GEZONDHEID").get("situatie").asString())
                .isEqualTo("Loopt met een kruk");
        assertThat(leefgebied(intake, "TAALNIVEAU").get("situatie").asString()).isEqualTo("Talen: ar, en.");
        int versie = intake.get("versie").asInt();

        Api.Antwoord tweede = api("consulent").post("/api/v1/coa-overdrachten", List.of(profiel));
        assertThat(tweede.json().get("rijen").get(0).get("resultaat").asString())
                .isEqualTo("AL_GEIMPORTEERD");
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + id + "/intake")
                        .json()
                        .get("versie")
                        .asInt())
                .isEqualTo(versie);
    }

    @Test
    void eenSlechtBestandWordtInZijnGeheelGeweigerdMetElkProbleemPerRij() {
        String goed = TestData.bsn();
        String id = registreer(goed);
        String zonderDossier = TestData.bsn();
        String inhoud = String.join(
                "\n",
                "bsn;gemeentecode;datumOverdracht;deelnemers;huishouden;landVanHerkomst;talen;gezondheidssignalen;toestemmingGezondheid",
                goed + ";0392;12-01-2026;\"COA; gemeente\";Alleenstaand;SY;ar;;",
                "123456789;0392;2026-01-12;;;;;;",
                zonderDossier + ";0453;2026-01-12;;;XY;zz;Slaapt slecht;nee");
        Api.Antwoord antwoord = csv(inhoud);
        assertThat(antwoord.ongeldigeVelden())
                .containsExactlyInAnyOrder(
                        "rijen[2].bsn",
                        "rijen[3].gemeentecode",
                        "rijen[3].landVanHerkomst",
                        "rijen[3].talen[0]",
                        "rijen[3].gezondheidssignalen");
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + id + "/intake")
                        .json()
                        .has("coaBron"))
                .as("nothing half-imported")
                .isFalse();

        Api.Antwoord alleenGoed =
                csv(inhoud.lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow());
        assertThat(alleenGoed.status()).as(alleenGoed.body()).isEqualTo(200);
        JsonNode intake =
                api("consulent").get("/api/v1/inburgeraars/" + id + "/intake").json();
        assertThat(intake.get("coaBron").asString()).contains("COA; gemeente");
        assertThat(leefgebied(intake, "GEZINSSITUATIE").get("situatie").asString())
                .isEqualTo("Alleenstaand Land van herkomst: Syrië (SY).");
    }

    @Test
    void hetSchemaBeschrijftPreciesDeVeldenDieDeImportKent() throws Exception {
        JsonNode schema = Api.JSON.readTree(Files.readString(Path.of("docs/api/coa-overdracht.schema.json")));
        JsonNode profiel = schema.get("$defs").get("profiel");
        List<String> velden = new ArrayList<>();
        profiel.get("properties").propertyNames().forEach(velden::add);
        List<String> componenten = Arrays.stream(CoaProfiel.class.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        assertThat(velden).containsExactlyInAnyOrderElementsOf(componenten);
        assertThat(CoaProfiel.KOLOMMEN).containsExactlyInAnyOrderElementsOf(componenten);
        List<String> verplicht = new ArrayList<>();
        profiel.get("required").forEach(v -> verplicht.add(v.asString()));
        assertThat(verplicht).containsExactly("bsn", "gemeentecode", "datumOverdracht");
    }

    private static JsonNode leefgebied(JsonNode intake, String naam) {
        for (JsonNode v : intake.get("leefgebieden")) {
            if (v.get("leefgebied").asString().equals(naam)) {
                return v;
            }
        }
        throw new AssertionError("no " + naam);
    }
}
