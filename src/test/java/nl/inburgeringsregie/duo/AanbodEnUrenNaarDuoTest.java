package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.aanbieders.AanbiedersTestdata;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, ADR 0034, over real HTTP with the DUO simulator (which validates every message against DUO's files and
 * applies DUO's rules): the melding Inburgeringsaanbod is made from the placement and follows its steps, and
 * GevolgdeUren carries the ledger's running totals, one message per person and kind for one upload, a lower total
 * after a correction, nothing when nothing changed.
 */
class AanbodEnUrenNaarDuoTest extends DuoScenarioTest {

    private AanbiedersTestdata data;

    @BeforeEach
    void laterInDeTermijn() {
        clock.zet(LocalDate.of(2027, 3, 1));
        data = new AanbiedersTestdata(this::api, baseUrl(), jdbc);
    }

    private record Dossier(String id, String bsn) {}

    /** A Haarlem dossier with a vastgesteld B1-route PIP (dagtekening 2026-10-20) that DUO has. */
    private Dossier bijDuo(String doelgroep, String gedetailleerd) {
        String bsn = TestData.bsn();
        Map<String, Object> body = TestData.inburgeraar(bsn);
        body.put("doelgroep", doelgroep);
        body.put("gedetailleerdeDoelgroep", gedetailleerd);
        String id = TestDossiers.metVastgesteldPip(api("consulent"), body, "B");
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(true, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1), doelgroep, null));
        versturen.verstuur();
        assertThat(duo.pipMeldingen(bsn)).hasSize(1);
        return new Dossier(id, bsn);
    }

    private Dossier asielstatushouder() {
        return bijDuo("Asielstatushouder", "Asielstatushouder");
    }

    /** A provider with Blik op Werk's keurmerk that DUO lists too (or not), with a B1-route contract for Haarlem. */
    private String[] aanbiederMetContract(boolean bijDuoBekend) {
        String aanbieder = data.b1Aanbieder();
        String nummer = jdbc.sql("select instellingsnummer from aanbieder where id = ?::uuid")
                .param(aanbieder)
                .query(String.class)
                .single();
        if (bijDuoBekend) {
            // DUO's list as the simulator starts with it (other tests' providers stay known), and this provider.
            List<Object> lijst = new ArrayList<>(DuoSimulator.standaardInstellingen());
            lijst.add(instelling(nummer, "Taalschool met keurmerk", true, false));
            duo.zet("/instellingen", lijst);
        }
        return new String[] {aanbieder, data.b1Contract(aanbieder), nummer};
    }

    private static Map<String, Object> instelling(String nummer, String naam, boolean bow, boolean tst) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("instellingsnummer", nummer);
        i.put("naam", naam);
        i.put("postcode", "2011AB");
        i.put("huisnummer", 1);
        i.put("plaatsnaam", "Haarlem");
        i.put("indicatieBowKeurmerk", bow);
        i.put("indicatieTstKeurmerk", tst);
        return i;
    }

    private String plaats(Dossier d, String contract) {
        Api.Antwoord a = api("consulent")
                .post(
                        "/api/v1/inburgeraars/" + d.id() + "/plaatsingen",
                        Map.of(
                                "contractId",
                                contract,
                                "aanmelddatum",
                                "2026-11-02",
                                "verwachteStart",
                                "2026-12-07",
                                "verwachteEinde",
                                "2027-06-30"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    private List<Map<String, Object>> meldingen(Dossier d, String soort) {
        return jdbc.sql("select * from duo_melding where inburgeraar_id = ?::uuid and soort = ? order by volgnummer")
                .params(d.id(), soort)
                .query()
                .listOfRows();
    }

    @Test
    void dePlaatsingVanEenAsielstatushouderWordtHetAanbodBijDuoEnVolgtDeStartEnHetAfbreken() {
        Dossier d = asielstatushouder();
        String[] a = aanbiederMetContract(true);
        String pad = "/personen/" + d.bsn() + "/Inburgeringsaanbod/" + a[2];
        String plaatsing = plaats(d, a[1]);

        // Placed: the registration is DUO's datumInburgeringsaanbod; the last day 30-06-2027 is DUO's exclusive 1 July.
        assertThat(meldingen(d, "AANBOD")).singleElement().satisfies(m -> {
            assertThat(m.get("methode")).isEqualTo("POST");
            assertThat(m.get("pad")).isEqualTo(pad);
            assertThat(m.get("status")).isEqualTo("WACHT");
        });
        versturen.verstuur();
        assertThat(duo.ontvangen(pad))
                .containsExactly("{\"datumInburgeringsaanbod\":\"2026-11-02\",\"verwachteStartdatumOpleiding\":"
                        + "\"2026-12-07\",\"verwachteEinddatumOpleiding\":\"2027-07-01\","
                        + "\"indicatorAlfabetiseringsonderwijs\":\"NVT\"}");

        // The teaching started a week later than expected: DUO's aanbod follows (a new POST replaces it).
        data.start(plaatsing, LocalDate.of(2026, 12, 14));
        // A second click on start is refused (AB-4) and sends nothing.
        assertThat(api("consulent")
                        .post("/api/v1/plaatsingen/" + plaatsing + "/start", Map.of("datum", "2026-12-14"))
                        .status())
                .isEqualTo(409);
        versturen.verstuur();
        assertThat(duo.ontvangen(pad)).hasSize(2);
        assertThat(duo.ontvangen(pad).getLast()).contains("\"verwachteStartdatumOpleiding\":\"2026-12-14\"");

        // Ended early after the start: DUO's expected end becomes the early one (exclusive: the day after today).
        Api.Antwoord afgebroken = api("consulent")
                .post("/api/v1/plaatsingen/" + plaatsing + "/afbreking", Map.of("reden", "Verhuisd naar Velsen"));
        assertThat(afgebroken.status()).as(afgebroken.body()).isEqualTo(200);
        versturen.verstuur();
        assertThat(duo.ontvangen(pad)).hasSize(3);
        assertThat(duo.ontvangen(pad).getLast())
                .contains(
                        "\"verwachteStartdatumOpleiding\":\"2026-12-14\"",
                        "\"verwachteEinddatumOpleiding\":\"2027-03-02\"");
        assertThat(meldingen(d, "AANBOD")).extracting(m -> m.get("status")).containsOnly("VERZONDEN");
    }

    @Test
    void eenPlaatsingAfgebrokenVoorDeStartTrektHetAanbodBijDuoIn() {
        Dossier d = asielstatushouder();
        String[] a = aanbiederMetContract(true);
        String pad = "/personen/" + d.bsn() + "/Inburgeringsaanbod/" + a[2];
        String plaatsing = plaats(d, a[1]);
        versturen.verstuur();

        Api.Antwoord afgebroken = api("consulent")
                .post("/api/v1/plaatsingen/" + plaatsing + "/afbreking", Map.of("reden", "Toch niet begonnen"));
        assertThat(afgebroken.status()).as(afgebroken.body()).isEqualTo(200);
        assertThat(meldingen(d, "AANBOD")).extracting(m -> m.get("methode")).containsExactly("POST", "DELETE");
        versturen.verstuur();
        assertThat(meldingen(d, "AANBOD")).extracting(m -> m.get("status")).containsOnly("VERZONDEN");
        // Withdrawn at DUO: a second DELETE finds nothing there.
        assertThat(client.verstuur("Inburgeringsaanbod", "DELETE", "0392", pad, null)
                        .geaccepteerd())
                .isFalse();
    }

    @Test
    void eenGezinsmigrantKrijgtGeenAanbodEnEenAanbiederZonderKeurmerkWordtGeweigerd() {
        Dossier gezinsmigrant = bijDuo("Gezinsmigrant en overige migrant", "Gezinsvormer");
        String[] a = aanbiederMetContract(true);
        plaats(gezinsmigrant, a[1]);
        versturen.verstuur();
        assertThat(meldingen(gezinsmigrant, "AANBOD"))
                .as("R-10: asielstatushouders only")
                .isEmpty();

        // a provider whose Blik op Werk keurmerk lapsed before the registration cannot be chosen.
        Dossier d = asielstatushouder();
        String verlopen = data.b1Aanbieder("2026-10-31");
        Api.Antwoord geweigerd = api("consulent")
                .post(
                        "/api/v1/inburgeraars/" + d.id() + "/plaatsingen",
                        Map.of("contractId", data.b1Contract(verlopen), "aanmelddatum", "2026-11-02"));
        assertThat(geweigerd.status()).as(geweigerd.body()).isEqualTo(400);
        assertThat(geweigerd.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("contractId");
        assertThat(geweigerd.json().get("invalidParams").get(0).get("regel").asString())
                .isEqualTo("R-10");
        assertThat(meldingen(d, "AANBOD")).isEmpty();
    }

    @Test
    void eenAanbodDatDuoWeigertLaatDePlaatsingStaanEnDeTeamleiderZietDeWeigering() {
        Dossier d = asielstatushouder();
        String[] a = aanbiederMetContract(false); // our keurmerk record is fine, DUO does not know the institution
        String plaatsing = plaats(d, a[1]);
        versturen.verstuur();
        assertThat(meldingen(d, "AANBOD")).singleElement().satisfies(m -> {
            assertThat(m.get("status")).isEqualTo("GEWEIGERD");
            assertThat((String) m.get("fouttekst")).contains("niet bekend bij DUO");
        });
        assertThat(api("consulent")
                        .get("/api/v1/plaatsingen/" + plaatsing)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("GEPLAATST");
        String pagina = WebSessie.login(baseUrl(), "teamleider")
                .get("/koppeling/afstemming")
                .body();
        assertThat(pagina).contains("niet bekend bij DUO");
    }

    @Test
    void tienPresentierijenInEenUploadWordenEenTotaalEnEenCorrectieEenLagerTotaal() {
        Dossier d = asielstatushouder();
        String[] a = aanbiederMetContract(true);
        String plaatsing = plaats(d, a[1]);
        data.start(plaatsing, LocalDate.of(2026, 12, 7));
        String docent = data.account(a[0]);
        String pad = "/personen/" + d.bsn() + "/uren/participatietaalles";

        StringBuilder csv = new StringBuilder("plaatsingId;week;urenAanwezig;urenAfwezig;geoorloofd\n");
        LocalDate week = LocalDate.of(2026, 12, 7);
        for (int i = 0; i < 10; i++) {
            csv.append(plaatsing).append(';').append(week.plusWeeks(i)).append(";12,5;0;\n");
        }
        Api.Antwoord upload = api(docent).send("POST", "/api/v1/deelnemers/presentie", csv.toString(), "text/csv");
        assertThat(upload.status()).as(upload.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !meldingen(d, "UREN").isEmpty());
        // One message for the ten rows, the total (125 hours); none for the kinds that stayed 0.
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> meldingen(d, "UREN").size() == 1);
        assertThat(meldingen(d, "UREN")).singleElement().satisfies(m -> {
            assertThat(m.get("pad")).isEqualTo(pad);
            assertThat(m.get("bericht")).isEqualTo("{\"uren\":125}");
        });
        versturen.verstuur();
        assertThat(duo.ontvangen(pad)).containsExactly("{\"uren\":125}");

        // The provider corrects the first week from 12.5 to 4: DUO gets the lower total.
        Api.Antwoord correctie = api(docent)
                .send(
                        "POST",
                        "/api/v1/deelnemers/presentie",
                        "plaatsingId;week;urenAanwezig;urenAfwezig;geoorloofd\n" + plaatsing + ";2026-12-07;4;8,5;ja\n",
                        "text/csv");
        assertThat(correctie.status()).as(correctie.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> meldingen(d, "UREN").size() == 2);
        versturen.verstuur();
        assertThat(duo.ontvangen(pad)).containsExactly("{\"uren\":125}", "{\"uren\":116}");

        // The same report again changes no total: nothing is sent.
        Api.Antwoord nogmaals = api(docent)
                .send(
                        "POST",
                        "/api/v1/deelnemers/presentie",
                        "plaatsingId;week;urenAanwezig;urenAfwezig;geoorloofd\n" + plaatsing + ";2026-12-07;4;8,5;ja\n",
                        "text/csv");
        assertThat(nogmaals.status()).isEqualTo(200);
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> meldingen(d, "UREN").size() == 2);
        assertThat(meldingen(d, "UREN")).extracting(m -> m.get("status")).containsOnly("VERZONDEN");
        assertThat(jdbc.sql("select count(*) from audit_log where username = 'systeem:gevolgde-uren'"
                                + " and inburgeraar_id = ?")
                        .param(UUID.fromString(d.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }
}
