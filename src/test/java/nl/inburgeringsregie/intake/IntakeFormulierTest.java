package nl.inburgeringsregie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The intake page's forms over real HTTP (issue 13 point 6): a number or time that does not parse and a choice that is
 * not in the list are errors naming the field, nothing is saved and what was typed stays on the page; the autosave
 * (htmx) and the leerbaarheidstoets form the same.
 */
class IntakeFormulierTest extends IntegrationTest {

    private WebSessie web;
    private String id;

    @BeforeEach
    void dossier() {
        id = TestDossiers.registreer(api("consulent"), TestData.inburgeraar(TestData.bsn()));
        web = WebSessie.login(baseUrl(), "consulent");
    }

    private String pad() {
        return "/inburgeraars/" + id + "/intake";
    }

    /** What the page posts for an empty intake, with the changes of the scenario. */
    private static Map<String, String> formulier(Map<String, String> wijzigingen) {
        Map<String, String> velden = new HashMap<>();
        velden.put("leefgebieden[OPLEIDING].situatie", "");
        velden.put("leefgebieden[MOTIVATIE].situatie", "");
        velden.put("leefgebieden[MOTIVATIE].score", "");
        velden.put("afspraken[0].tijdstip", "");
        velden.put("afspraken[0].plaats", "");
        velden.put("afspraken[0].tolkWijze", "GEEN");
        velden.put("afspraken[0].tolkTaal", "");
        velden.put("afspraken[0].opkomst", "GEPLAND");
        velden.put("taal.lezen", "");
        velden.put("alfabetisering", "");
        velden.put("wilStuderen", "");
        velden.put("vve", "");
        velden.put("_zonderPartnerAangeboden", "on");
        velden.put("_tolkAangeboden", "on");
        velden.put("besluit.leerroute", "");
        velden.put("besluit.indicator", "");
        velden.put("besluit.uren", "");
        velden.put("besluit.reden", "");
        velden.put("actie", "bewaren");
        velden.putAll(wijzigingen);
        return velden;
    }

    private HttpResponse<String> bewaar(Map<String, String> wijzigingen) {
        return web.postMetCsrf(pad(), formulier(wijzigingen), pad());
    }

    private JsonNode opgeslagen() {
        return api("consulent").get("/api/v1/inburgeraars/" + id + "/intake").json();
    }

    @Test
    void eenGeldigFormulierWordtBewaardEnTeruggetoond() {
        HttpResponse<String> antwoord = bewaar(Map.of(
                "leefgebieden[OPLEIDING].situatie", "Havo in Damascus",
                "leefgebieden[MOTIVATIE].score", "4",
                "afspraken[0].tijdstip", "2026-11-02T10:30",
                "afspraken[0].tolkWijze", "TELEFONISCH",
                "afspraken[0].tolkTaal", "Arabisch",
                "taal.lezen", "A2",
                "alfabetisering", "ANDERS_GEALFABETISEERD",
                "wilStuderen", "true",
                "zonderPartnerAangeboden", "true"));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(302);

        JsonNode intake = opgeslagen();
        assertThat(intake.get("afspraken").get(0).get("tijdstip").asString()).startsWith("2026-11-02T10:30");
        assertThat(intake.get("afspraken").get(0).get("tolkWijze").asString()).isEqualTo("TELEFONISCH");
        assertThat(intake.get("taalniveau").get("lezen").asString()).isEqualTo("A2");
        assertThat(intake.get("alfabetisering").asString()).isEqualTo("ANDERS_GEALFABETISEERD");
        assertThat(intake.get("wilStuderen").asBoolean()).isTrue();
        assertThat(intake.get("checklist").get("zonderPartnerAangeboden").asBoolean())
                .isTrue();
        assertThat(intake.get("checklist").get("tolkAangeboden").asBoolean()).isFalse();
        assertThat(intake.get("leefgebieden").toString()).contains("Havo in Damascus");

        String pagina = web.get(pad()).body();
        assertThat(pagina).contains(">Havo in Damascus</textarea>");
        assertThat(pagina).containsPattern("value=\"ANDERS_GEALFABETISEERD\"\\s+selected=\"selected\"");
        assertThat(pagina).containsPattern("value=\"true\"\\s+selected=\"selected\"");
        assertThat(pagina).contains("value=\"2026-11-02T10:30:00\"");
    }

    @Test
    void eenOnleesbaarGetalIsEenVeldfoutEnNietsWordtBewaard() {
        int versie = opgeslagen().path("versie").asInt(-1);
        HttpResponse<String> antwoord = bewaar(Map.of(
                "leefgebieden[OPLEIDING].situatie", "Mbo-diploma",
                "besluit.leerroute", "B",
                "besluit.uren", "zeshonderd",
                "afspraken[0].tijdstip", "morgen om tien"));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        String pagina = antwoord.body();
        assertThat(pagina).contains("De geschatte uren B1-route zijn een geheel getal, 1 tot en met 9999 (regel R-2).");
        assertThat(pagina).contains("Vul bij een afspraak een geldige datum en tijd in.");
        // What was typed stays: the number, the time and the text beside them.
        assertThat(pagina).contains("value=\"zeshonderd\"");
        assertThat(pagina).contains("value=\"morgen om tien\"");
        assertThat(pagina).contains(">Mbo-diploma</textarea>");
        assertThat(pagina).doesNotContain("value=\"-1\"");

        JsonNode intake = opgeslagen();
        assertThat(intake.path("versie").asInt(-1)).isEqualTo(versie);
        assertThat(intake.get("leefgebieden").toString()).doesNotContain("Mbo-diploma");
    }

    @Test
    void eenScoreDieGeenGetalIsNoemtHetVeldEnDeRegel() {
        HttpResponse<String> antwoord = bewaar(Map.of("leefgebieden[MOTIVATIE].score", "-1x"));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body())
                .contains("Kies de score van een leefgebied uit de lijst: 1 tot en met 5 (regel I-1).");
        assertThat(opgeslagen().get("leefgebieden")).isEmpty();
    }

    @Test
    void eenOnbekendeKeuzeIsEenVeldfoutEnNietStilLeeg() {
        HttpResponse<String> antwoord = bewaar(Map.of(
                "leefgebieden[OPLEIDING].situatie", "Basisschool",
                "alfabetisering", "SPIJKERSCHRIFT",
                "besluit.leerroute", "X",
                "wilStuderen", "misschien",
                "afspraken[0].tijdstip", "2026-11-02T10:30",
                "afspraken[0].opkomst", "TE_LAAT"));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body())
                .contains(
                        "Kies de alfabetisering uit de lijst.",
                        "Kies de gekozen leerroute uit de lijst (regel R-3).",
                        "Wil studeren",
                        "Kies bij een afspraak uit de lijst of de persoon is verschenen.");
        JsonNode intake = opgeslagen();
        assertThat(intake.path("alfabetisering").isMissingNode()).isTrue();
        assertThat(intake.get("afspraken")).isEmpty();
        assertThat(intake.get("leefgebieden").toString()).doesNotContain("Basisschool");
    }

    @Test
    void afrondenZonderGekozenLeerrouteNoemtHetVeldEnDeRegelR3() {
        HttpResponse<String> antwoord =
                bewaar(Map.of("leefgebieden[OPLEIDING].situatie", "Hbo in Asmara", "actie", "afronden"));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body())
                .contains("Kies de leerroute: neem het advies over of wijk af met een reden (regel R-3).");
        // The typed text stays on the page; nothing is saved and the intake is not finished.
        assertThat(antwoord.body()).contains(">Hbo in Asmara</textarea>");
        JsonNode intake = opgeslagen();
        assertThat(intake.get("status").asString()).isEqualTo("CONCEPT");
        assertThat(intake.get("leefgebieden").toString()).doesNotContain("Hbo in Asmara");
    }

    @Test
    void hetAutomatischBewarenBewaartEenGeldigConceptEnWeigertEenOnleesbaarGetal() {
        String concept = pad() + "/concept";
        HttpResponse<String> goed = web.postMetCsrf(
                concept, formulier(Map.of("leefgebieden[OPLEIDING].situatie", "Concept via htmx")), pad());
        assertThat(goed.statusCode()).isEqualTo(200);
        assertThat(goed.body()).contains("Concept bewaard");
        int versie = opgeslagen().get("versie").asInt();
        assertThat(goed.body()).contains("value=\"" + versie + "\"");
        assertThat(opgeslagen().get("leefgebieden").toString()).contains("Concept via htmx");

        HttpResponse<String> fout = web.postMetCsrf(
                concept,
                formulier(Map.of(
                        "versie",
                        String.valueOf(versie),
                        "leefgebieden[OPLEIDING].situatie",
                        "Tweede concept",
                        "besluit.uren",
                        "12,5")),
                pad());
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body()).contains("Concept niet bewaard").contains("geheel getal");
        assertThat(fout.body()).contains("value=\"" + versie + "\"");
        assertThat(opgeslagen().get("versie").asInt()).isEqualTo(versie);
        assertThat(opgeslagen().get("leefgebieden").toString()).doesNotContain("Tweede concept");
    }

    @Test
    void deLeerbaarheidstoetsWeigertEenOngeldigeDatumEnEenOnbekendeUitslag() {
        String lbt = "/inburgeraars/" + id + "/leerbaarheidstoets";
        HttpResponse<String> fout = web.postMetCsrf(
                lbt,
                Map.of(
                        "gepland", "",
                        "resultaat", "GESLAAGD",
                        "behaaldeScore", "54,00",
                        "benodigdeScore", "50,00",
                        "datumAfname", "2026-02-30",
                        "vrijstelling", "",
                        "vrijstellingBesluit", ""),
                pad());
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body())
                .contains(
                        "Kies de uitslag van de leerbaarheidstoets uit de lijst (regel I-3).",
                        "Vul een geldige datum van afname in (dd-mm-jjjj) (regel I-3).");
        assertThat(fout.body()).contains("value=\"2026-02-30\"").contains("value=\"54,00\"");
        assertThat(opgeslagen().path("leerbaarheidstoets").path("resultaat").isMissingNode())
                .isTrue();

        HttpResponse<String> leeg = web.postMetCsrf(lbt, Map.of("resultaat", ""), pad());
        assertThat(leeg.statusCode()).isEqualTo(200);
        assertThat(leeg.body()).contains("Vul een uitslag, een geplande datum of een vrijstelling in (regel I-3).");

        HttpResponse<String> goed = web.postMetCsrf(
                lbt,
                Map.of(
                        "resultaat", "B1_ROUTE_HAALBAAR",
                        "behaaldeScore", "54,00",
                        "benodigdeScore", "50,00",
                        "datumAfname", LocalDate.now(clock).minusDays(7).toString()),
                pad());
        assertThat(goed.statusCode()).as(goed.body()).isEqualTo(302);
        assertThat(opgeslagen().get("leerbaarheidstoets").get("resultaat").asString())
                .isEqualTo("B1-route haalbaar");
        assertThat(web.get(pad()).body()).containsPattern("value=\"B1_ROUTE_HAALBAAR\"\\s+selected=\"selected\"");
    }

    @Test
    void eenLeefgebiedDatNietBestaatIsEen400DatHetVeldNoemtNooitEen500() {
        HttpResponse<String> antwoord = bewaar(Map.of("leefgebieden[KEUKEN].situatie", "Kookt graag"));
        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertThat(antwoord.body()).contains("leefgebieden[KEUKEN]");
        assertThat(opgeslagen().get("leefgebieden")).isEmpty();
    }
}
