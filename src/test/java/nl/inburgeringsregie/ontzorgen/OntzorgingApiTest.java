package nl.inburgeringsregie.ontzorgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17, first part (ADR 0032) over real HTTP: the budgetcoach records an asielstatushouder's ontzorging (O-1) whose
 * period runs six months from the start of the bijstand right (T-8, T-14 at the month's end), every refusal named by
 * field and rule with nothing stored, the deadline before the end on the dossier (T-8), extending and ending (O-2),
 * and the reads audited with the purpose "ontzorgen".
 */
class OntzorgingApiTest extends IntegrationTest {

    private static final String IBAN_HUUR = "NL91ABNA0417164300";
    private static final String IBAN_ENERGIE = "NL20INGB0001234567";

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void herstel() {
        clock.reset();
    }

    private String dossier(String gemeente, String doelgroep, String startBijstand) {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn(), gemeente);
        body.put("datumStartBijstand", startBijstand);
        if (doelgroep != null) {
            body.put("doelgroep", doelgroep);
            body.put("gedetailleerdeDoelgroep", "Gezinsvormer");
        }
        Api.Antwoord a =
                api(gemeente.equals("0392") ? "consulent" : "consulent.velsen").post("/api/v1/inburgeraars", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    private static Map<String, Object> last(String soort, String iban, Object bedrag) {
        Map<String, Object> last = new LinkedHashMap<>();
        last.put("soort", soort);
        last.put("ontvanger", soort.equals("HUUR") ? "Woonstichting Kennemerland" : "Leverancier");
        last.put("iban", iban);
        last.put("polisnummer", soort.equals("ZORGVERZEKERING") ? "P-123456" : null);
        last.put("bedrag", bedrag);
        return last;
    }

    private static Map<String, Object> ontzorging(String machtiging, List<Map<String, Object>> lasten) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("datumMachtiging", machtiging);
        body.put("vasteLasten", lasten);
        return body;
    }

    private static List<Map<String, Object>> gewoneLasten() {
        return List.of(
                last("HUUR", IBAN_HUUR, 612.40),
                last("ENERGIE", IBAN_ENERGIE, 145.00),
                last("WATER", IBAN_ENERGIE, 22.50),
                last("ZORGVERZEKERING", "NL44RABO0123456789", 138.95));
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

    /** The worklist's pages of 50 one after the other, by its "Volgende 50" links (issue 17 at national scale). */
    static String alleWerklijstpaginas(WebSessie web) {
        StringBuilder paginas = new StringBuilder();
        for (int vanaf = 0; ; vanaf += 50) {
            String pagina = web.get("/ontzorging?vanaf=" + vanaf).body();
            paginas.append(pagina);
            if (!pagina.contains("/ontzorging?vanaf=" + (vanaf + 50))) {
                return paginas.toString();
            }
        }
    }

    private Api.Antwoord leg(String id, Map<String, Object> body) {
        return api("budgetcoach").put("/api/v1/inburgeraars/" + id + "/ontzorging", body);
    }

    private int aantalOntzorgingen(String id) {
        return jdbc.sql("select count(*) from ontzorging where inburgeraar_id = ?::uuid")
                .param(id)
                .query(Integer.class)
                .single();
    }

    @Test
    void deBudgetcoachLegtDeOntzorgingVastVanafDeStartVanDeBijstandZesMaandenTotHetEindeVanDeMaand() {
        String id = dossier("0392", null, "2026-08-31");
        Api.Antwoord a = leg(id, ontzorging("2026-08-28", gewoneLasten()));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode o = a.json();
        assertThat(o.get("begindatum").asString()).isEqualTo("2026-08-31");
        assertThat(o.get("einddatum").asString())
                .as("T-8 with T-14: no 31 February")
                .isEqualTo("2027-02-28");
        assertThat(o.get("machtigingOntbreekt").asBoolean()).isFalse();
        assertThat(o.get("vasteLasten").size()).isEqualTo(4);
        assertThat(o.get("totaalPerMaand").decimalValue()).isEqualByComparingTo("918.85");

        Api.Antwoord gelezen = api("consulent").get("/api/v1/inburgeraars/" + id + "/ontzorging");
        assertThat(gelezen.status()).as("the consultant sees the ontzorging").isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_log where inburgeraar_id = ?::uuid and purpose = 'ontzorgen'"
                                + " and username = 'consulent'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .as("read audited with the purpose ontzorgen")
                .isEqualTo(1);

        JsonNode termijn = termijn(id);
        assertThat(termijn.get("regel").asString()).isEqualTo("T-8");
        assertThat(termijn.get("uiterlijkeDatum").asString()).isEqualTo("2027-02-28");
    }

    private JsonNode termijn(String id) {
        JsonNode termijn = TestDossiers.termijn(api("consulent"), id, "ONTZORGING_EINDE");
        assertThat(termijn).as("the ONTZORGING_EINDE deadline").isNotNull();
        return termijn;
    }

    @Test
    void eenMachtigingNaDeStartWordtGeweigerdEnErWordtNietsOpgeslagen() {
        String id = dossier("0392", null, "2026-09-15");
        assertThat(regels(leg(id, ontzorging("2026-09-16", gewoneLasten())))).containsExactly("datumMachtiging O-1");
        assertThat(aantalOntzorgingen(id)).isZero();
        assertThat(leg(id, ontzorging("2026-09-15", gewoneLasten())).status())
                .as("on the day itself")
                .isEqualTo(200);
    }

    @Test
    void eenOngeldigIbanEnBedragenVanNulNegatiefOfBovenDeGrensWordenGeweigerd() {
        String id = dossier("0392", null, "2026-09-01");
        List<String> regels = regels(leg(
                id,
                ontzorging(
                        null,
                        List.of(
                                last("HUUR", "NL91ABNA0417164301", 600),
                                last("ENERGIE", "NL20 INGB 0001 2345 67", 100),
                                last("WATER", IBAN_ENERGIE, 0),
                                last("ZORGVERZEKERING", IBAN_HUUR, -5),
                                last("HUUR", IBAN_HUUR, 2500.01),
                                last("ENERGIE", "GB82WEST1234569876543", 12.345)))));
        assertThat(regels)
                .containsExactly(
                        "vasteLasten[0].iban O-1",
                        "vasteLasten[1].iban O-1",
                        "vasteLasten[2].bedrag O-1",
                        "vasteLasten[3].bedrag O-1",
                        "vasteLasten[4].bedrag O-1",
                        "vasteLasten[5].iban O-1",
                        "vasteLasten[5].bedrag O-1");
        assertThat(aantalOntzorgingen(id)).isZero();
        Map<String, Object> zonderPolis = last("ZORGVERZEKERING", IBAN_HUUR, 2500.00);
        zonderPolis.put("polisnummer", " ");
        assertThat(regels(leg(id, ontzorging(null, List.of(zonderPolis)))))
                .containsExactly("vasteLasten[0].polisnummer O-1");
    }

    @Test
    void zonderStartBijstandOfAlsGezinsmigrantGeenOntzorging() {
        String zonder = dossier("0392", null, null);
        assertThat(regels(leg(zonder, ontzorging(null, gewoneLasten())))).containsExactly("datumStartBijstand O-1");
        String gezinsmigrant = dossier("0392", "Gezinsmigrant en overige migrant", "2026-09-01");
        assertThat(regels(leg(gezinsmigrant, ontzorging(null, gewoneLasten())))).containsExactly("doelgroep O-1");
        assertThat(aantalOntzorgingen(gezinsmigrant)).isZero();
    }

    @Test
    void verlengenZonderRedenWordtGeweigerdMetRedenSchuiftDeTermijnEnBeeindigenSluitHem() {
        String id = dossier("0392", null, "2026-07-01");
        assertThat(leg(id, ontzorging(null, gewoneLasten())).status()).isEqualTo(200);
        String pad = "/api/v1/inburgeraars/" + id + "/ontzorging/verlenging";
        assertThat(regels(api("budgetcoach").post(pad, Map.of("einddatum", "2027-04-01", "reden", "  "))))
                .containsExactly("reden O-2");
        assertThat(regels(api("budgetcoach").post(pad, Map.of("einddatum", "2027-01-01", "reden", "Nog schulden"))))
                .as("not after the current end")
                .containsExactly("einddatum O-2");
        assertThat(api("consulent")
                        .post(pad, Map.of("einddatum", "2027-04-01", "reden", "Nog schulden"))
                        .status())
                .as("the consultant reads, the budgetcoach decides")
                .isEqualTo(403);

        Api.Antwoord verlengd =
                api("budgetcoach").post(pad, Map.of("einddatum", "2027-04-01", "reden", "Nog schulden"));
        assertThat(verlengd.status()).as(verlengd.body()).isEqualTo(200);
        assertThat(verlengd.json().get("verlengingReden").asString()).isEqualTo("Nog schulden");
        assertThat(termijn(id).get("uiterlijkeDatum").asString()).isEqualTo("2027-04-01");

        String einde = "/api/v1/inburgeraars/" + id + "/ontzorging/beeindiging";
        assertThat(regels(api("budgetcoach").post(einde, Map.of("datum", "2027-04-02"))))
                .containsExactly("datum O-2");
        assertThat(api("budgetcoach").post(einde, Map.of("datum", "2027-03-15")).status())
                .isEqualTo(200);
        assertThat(termijn(id).get("status").asString()).isEqualTo("VOLDAAN");
        assertThat(api("budgetcoach").post(einde, Map.of("datum", "2027-03-16")).status())
                .as("ended: changes no more")
                .isEqualTo(409);
    }

    @Test
    void eenPersoonVanEenAndereGemeenteGeeft404() {
        String velsen = dossier("0453", null, "2026-09-01");
        assertThat(leg(velsen, ontzorging(null, gewoneLasten())).status()).isEqualTo(200);
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + velsen + "/ontzorging")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void deBudgetcoachZietGeenIntakeGeenDossierEnGeenCaseload() {
        String id = dossier("0392", null, "2026-09-01");
        Api coach = api("budgetcoach");
        assertThat(coach.get("/api/v1/inburgeraars/" + id + "/intake").status()).isEqualTo(403);
        assertThat(coach.get("/api/v1/inburgeraars/" + id).status()).isEqualTo(403);
        assertThat(coach.get("/api/v1/inburgeraars/" + id + "/pips").status()).isEqualTo(403);
        assertThat(coach.get("/api/v1/inburgeraars").status()).isEqualTo(403);
        WebSessie web = WebSessie.login(baseUrl(), "budgetcoach");
        assertThat(web.get("/inburgeraars/" + id + "/intake").statusCode()).isEqualTo(403);
        assertThat(web.get("/").headers().firstValue("Location").orElse("")).endsWith("/ontzorging");
    }

    @Test
    void deWerklijstToontZonderOntzorgingMachtigingOntbreektEnPeriodeEindigt() {
        clock.zet(LocalDate.of(2026, 12, 1));
        String zonder = dossier("0392", null, "2026-11-02");
        String zonderMachtiging = dossier("0453", null, "2026-10-01");
        assertThat(leg(zonderMachtiging, ontzorging(null, gewoneLasten())).status())
                .isEqualTo(200);
        String eindigt = dossier("0392", null, "2026-06-15");
        assertThat(leg(eindigt, ontzorging("2026-06-01", gewoneLasten())).status())
                .isEqualTo(200);
        String rustig = dossier("0392", null, "2026-11-01");
        assertThat(leg(rustig, ontzorging("2026-10-30", gewoneLasten())).status())
                .isEqualTo(200);

        String pagina = alleWerklijstpaginas(WebSessie.login(baseUrl(), "budgetcoach"));
        assertThat(pagina)
                .contains("/inburgeraars/" + zonder + "/ontzorging")
                .contains("/inburgeraars/" + zonderMachtiging + "/ontzorging")
                .contains("/inburgeraars/" + eindigt + "/ontzorging")
                .doesNotContain("/inburgeraars/" + rustig + "/ontzorging")
                .contains("Machtiging ontbreekt")
                .contains("Periode eindigt");
        assertThat(jdbc.sql("select count(*) from audit_log where inburgeraar_id = ?::uuid and purpose = 'ontzorgen'"
                                + " and username = 'budgetcoach' and action = 'IN_ZOEKRESULTAAT'")
                        .param(eindigt)
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void hetFormulierInDeBrowserNoemtHetVeldEnBewaartNiets() {
        String id = dossier("0392", null, "2026-09-01");
        WebSessie web = WebSessie.login(baseUrl(), "budgetcoach");
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("datumMachtiging", "2026-08-30");
        velden.put("vasteLasten[0].soort", "HUUR");
        velden.put("vasteLasten[0].ontvanger", "Woonstichting");
        velden.put("vasteLasten[0].iban", "NL91ABNA0417164300");
        velden.put("vasteLasten[0].bedrag", "612.40");
        velden.put("vasteLasten[1].soort", "ENERGIE");
        velden.put("vasteLasten[2].soort", "WATER");
        velden.put("vasteLasten[2].ontvanger", "PWN");
        velden.put("vasteLasten[2].iban", "NL91ABNA0417164301");
        velden.put("vasteLasten[2].bedrag", "20");
        velden.put("vasteLasten[3].soort", "ZORGVERZEKERING");
        String pad = "/inburgeraars/" + id + "/ontzorging";
        var fout = web.postMetCsrf(pad, velden, pad);
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body()).contains("vasteLasten2.iban-fout").contains("ISO 13616");
        assertThat(aantalOntzorgingen(id)).isZero();
        velden.put("vasteLasten[2].iban", "NL36INGB0007654321");
        var goed = web.postMetCsrf(pad, velden, pad);
        assertThat(goed.statusCode()).isEqualTo(302);
        JsonNode o = api("consulent").get("/api/v1" + pad).json();
        assertThat(o.get("vasteLasten").size()).isEqualTo(2);
        assertThat(o.get("einddatum").asString()).isEqualTo("2027-03-01");
    }
}
