package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12 part 4 over real HTTP with the DUO simulator: withdrawing a PIP (P-3) leaves T-1 without a valid PIP until a
 * new one is vastgesteld, the termijn's start does not move (T-3), and DUO is told as its PIP API allows (DELETE, refused
 * once the termijn is set or course hours are booked, with an instruction to the consultant); a tijdelijke vrijstelling
 * (SS109, PL-5) suspends the running deadlines for DUO's period, SS129/SS130 resume them and DUO's new termijn is taken.
 */
class OpschortingEnIntrekkingTest extends DuoScenarioTest {

    private Api consulent() {
        return api("consulent");
    }

    private JsonNode termijn(String dossier, String soort) {
        for (JsonNode t : consulent()
                .get("/api/v1/inburgeraars/" + dossier + "/termijnen")
                .json()) {
            if (t.get("soort").asString().equals(soort)) {
                return t;
            }
        }
        throw new AssertionError(soort);
    }

    private String pipVan(String dossier, String status) {
        for (JsonNode p :
                consulent().get("/api/v1/inburgeraars/" + dossier + "/pips").json()) {
            if (p.get("status").asString().equals(status)) {
                return p.get("id").asString();
            }
        }
        throw new AssertionError(status);
    }

    private void trekIn(String dossier) {
        Api.Antwoord in = consulent()
                .post(
                        "/api/v1/pips/" + pipVan(dossier, "VASTGESTELD") + "/intrekking",
                        Map.of("reden", "Beschikking bevatte een verkeerde leerroute"));
        assertThat(in.status()).as(in.body()).isEqualTo(200);
    }

    private List<Map<String, Object>> meldingen(String dossier, String soort) {
        return jdbc.sql("select * from duo_melding where inburgeraar_id = ?::uuid and soort = ? order by aangemaakt_op")
                .params(dossier, soort)
                .query()
                .listOfRows();
    }

    private String status(UUID berichtId) {
        return jdbc.sql("select status from duo_notificatie where bericht_id = ?")
                .param(berichtId)
                .query(String.class)
                .single();
    }

    private void notificeer(String gebeurtenis, String bsn) throws Exception {
        UUID bericht = NotificatieVerwerkingTest.notificeer(baseUrl(), gebeurtenis, bsn);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(bericht).equals("VERWERKT"));
    }

    /** Every dossier id in the worklist with this filter, over all its pages. */
    private List<String> werkvoorraad(String filter) {
        List<String> ids = new ArrayList<>();
        String volgende = null;
        do {
            JsonNode pagina = consulent()
                    .get("/api/v1/werkvoorraad?grootte=200&" + filter
                            + (volgende == null ? "" : "&volgende=" + volgende))
                    .json();
            pagina.get("regels")
                    .forEach(r -> ids.add(r.get("inburgeraarId").asString() + "/"
                            + r.get("soort").asString() + "/" + r.get("status").asString()));
            JsonNode verder = pagina.path("volgende");
            volgende = verder.isNull() || verder.isMissingNode() ? null : verder.asString();
        } while (volgende != null);
        return ids;
    }

    @Test
    void naIntrekkingKomtEenNieuwPipEnDeTermijnBlijftVanafHetEerstePipLopen() {
        String dossier = TestDossiers.metVastgesteldPip(consulent(), TestData.inburgeraar(TestData.bsn()), "B");
        assertThat(termijn(dossier, "PIP_VASTSTELLEN").get("status").asString()).isEqualTo("VOLDAAN");

        trekIn(dossier);
        // T-1: no valid PIP any more (its statutory last day 2026-11-24 has passed), with the day of the withdrawal.
        JsonNode pip = termijn(dossier, "PIP_VASTSTELLEN");
        assertThat(pip.get("status").asString()).isEqualTo("VERLOPEN");
        assertThat(pip.get("toelichting").asString()).contains("geen geldig PIP", "25-11-2026", "20-10-2026", "P-3");
        // T-3: the termijn still runs from the first PIP's dagtekening.
        assertThat(termijn(dossier, "INBURGERINGSTERMIJN").get("startdatum").asString())
                .isEqualTo("2026-10-21");

        // A new PIP can be made (today: 409 "heeft al een PIP") and vastgesteld, as the next version.
        Api.Antwoord nieuw = consulent().post("/api/v1/inburgeraars/" + dossier + "/pips", Map.of());
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        assertThat(nieuw.json().get("versienummer").asInt()).isEqualTo(2);
        assertThat(nieuw.json().get("status").asString()).isEqualTo("CONCEPT");
        // The second click: one concept at a time.
        assertThat(consulent()
                        .post("/api/v1/inburgeraars/" + dossier + "/pips", Map.of())
                        .status())
                .isEqualTo(409);
        // P-4: not before the first PIP's dagtekening.
        String id = nieuw.json().get("id").asString();
        assertThat(consulent()
                        .post("/api/v1/pips/" + id + "/vaststelling", Map.of("dagtekeningPip", "2026-10-19"))
                        .ongeldigeVelden())
                .contains("dagtekeningPip");
        Api.Antwoord vast =
                consulent().post("/api/v1/pips/" + id + "/vaststelling", Map.of("dagtekeningPip", "2026-11-25"));
        assertThat(vast.status()).as(vast.body()).isEqualTo(200);

        assertThat(termijn(dossier, "PIP_VASTSTELLEN").get("status").asString()).isEqualTo("VOLDAAN");
        JsonNode termijn = termijn(dossier, "INBURGERINGSTERMIJN");
        assertThat(termijn.get("startdatum").asString()).isEqualTo("2026-10-21");
        assertThat(termijn.get("uiterlijkeDatum").asString()).isEqualTo("2029-10-20");
        // Withdrawing a concept is not a withdrawal of the PIP: T-1 stays met.
        String concept = consulent()
                .post(
                        "/api/v1/pips/" + id + "/wijzigingen",
                        Map.of("reden", "CORRECTIE", "toelichting", "Adres aanbieder"))
                .json()
                .get("id")
                .asString();
        consulent().post("/api/v1/pips/" + concept + "/intrekking", Map.of("reden", "Niet nodig"));
        assertThat(termijn(dossier, "PIP_VASTSTELLEN").get("status").asString()).isEqualTo("VOLDAAN");
    }

    @Test
    void deIntrekkingGaatAlsVerwijderingNaarDuoDieWeigertZodraDeTermijnVastStaat() {
        String bsn = TestData.bsn();
        String dossier = TestDossiers.metVastgesteldPip(consulent(), TestData.inburgeraar(bsn), "B");
        versturen.verstuur();
        assertThat(duo.pipMeldingen(bsn)).hasSize(1);

        trekIn(dossier);
        assertThat(meldingen(dossier, "PIP_INTREKKING")).singleElement().satisfies(m -> {
            assertThat(m.get("methode")).isEqualTo("DELETE");
            assertThat(m.get("status")).isEqualTo("WACHT");
        });
        versturen.verstuur();
        // DUO started the termijn with the first PIP: its README forbids deleting the PIP then.
        assertThat(meldingen(dossier, "PIP_INTREKKING")).singleElement().satisfies(m -> {
            assertThat(m.get("status")).isEqualTo("GEWEIGERD");
            assertThat((String) m.get("fouttekst")).contains("inburgeringstermijn is vastgesteld");
        });
        WebSessie sessie = WebSessie.login(baseUrl(), "consulent");
        assertThat(sessie.get("/inburgeraars/" + dossier + "/duo").body())
                .contains("stel zo snel mogelijk een nieuw PIP vast", "vervangt het PIP bij DUO");
        assertThat(sessie.get("/inburgeraars/" + dossier + "/pip").body())
                .contains("Er is geen geldig PIP", "Concept-PIP maken");

        // The new PIP replaces DUO's: DUO accepts it (dagtekening not before the first PIP's).
        String nieuw = consulent()
                .post("/api/v1/inburgeraars/" + dossier + "/pips", Map.of())
                .json()
                .get("id")
                .asString();
        assertThat(consulent()
                        .post("/api/v1/pips/" + nieuw + "/vaststelling", Map.of("dagtekeningPip", "2026-11-24"))
                        .status())
                .isEqualTo(200);
        versturen.verstuur();
        assertThat(duo.pipMeldingen(bsn)).hasSize(2).last().asString().contains("\"dagtekeningPip\":\"2026-11-24\"");
    }

    @Test
    void duoVerwijdertHetPipAlleenZonderTermijnEnZonderCursusuren() {
        // DUO has the PIP but not yet a termijn: the deletion is accepted.
        String bsn = TestData.bsn();
        String dossier = TestDossiers.metVastgesteldPip(consulent(), TestData.inburgeraar(bsn), "B");
        versturen.verstuur();
        duo.verwijder("/personen/" + bsn + "/inburgeringstermijn");
        trekIn(dossier);
        versturen.verstuur();
        assertThat(meldingen(dossier, "PIP_INTREKKING"))
                .singleElement()
                .extracting(m -> m.get("status"))
                .isEqualTo("VERZONDEN");
        assertThat(client.raadpleeg("PIP", "0392", "/personen/" + bsn + "/PIP")).isEmpty();
        // Nothing left to delete: DUO answers 404.
        assertThat(client.verstuur("PIP", "DELETE", "0392", "/personen/" + bsn + "/PIP", null)
                        .geaccepteerd())
                .isFalse();

        // No termijn, but course hours booked on the current inburgeringsaanbod: refused.
        String bsn2 = TestData.bsn();
        String dossier2 = TestDossiers.metVastgesteldPip(consulent(), TestData.inburgeraar(bsn2), "B");
        versturen.verstuur();
        duo.verwijder("/personen/" + bsn2 + "/inburgeringstermijn");
        duo.zet(
                "/personen/" + bsn2 + "/Inburgeringsaanbod/1000000001",
                Map.of("datumInburgeringsaanbod", "2026-11-01", "indicatorAlfabetiseringsonderwijs", "NVT"));
        duo.zet(
                "/personen/" + bsn2 + "/uren",
                List.of(Map.of("gemeentecode", "0392", "ParticipatieAlsTaalles", Map.of("uren", 40))));
        trekIn(dossier2);
        versturen.verstuur();
        assertThat(meldingen(dossier2, "PIP_INTREKKING")).singleElement().satisfies(m -> {
            assertThat(m.get("status")).isEqualTo("GEWEIGERD");
            assertThat((String) m.get("fouttekst")).contains("cursusuren");
        });
        assertThat(client.raadpleeg("PIP", "0392", "/personen/" + bsn2 + "/PIP"))
                .isPresent();
    }

    @Test
    void eenTijdelijkeVrijstellingSchortDeTermijnenOpEnSs129HervatZe() throws Exception {
        String bsn = TestData.bsn();
        String dossier = TestDossiers.registreer(consulent(), TestDossiers.huisvest(TestData.inburgeraar(bsn)));
        // T-1 ran until 2026-11-24: verlopen today.
        assertThat(termijn(dossier, "PIP_VASTSTELLEN").get("status").asString()).isEqualTo("VERLOPEN");
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1), "Asielstatushouder", null));
        duo.zetTijdelijkeVrijstelling(bsn, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 4, 30));

        notificeer("SS109", bsn);
        JsonNode t1 = termijn(dossier, "PIP_VASTSTELLEN");
        assertThat(t1.get("status").asString()).isEqualTo("OPGESCHORT");
        assertThat(t1.get("toelichting").asString())
                .contains("tijdelijke vrijstelling", "01-11-2026", "30-04-2027", "PL-5");
        // The intake target's last day (27-10-2026) passed before the vrijstelling began: missed, and it stays so
        // (T-15).
        JsonNode intake = termijn(dossier, "BREDE_INTAKE");
        assertThat(intake.get("status").asString()).isEqualTo("VERLOPEN");
        assertThat(intake.get("toelichting").asString()).doesNotContain("tijdelijke vrijstelling");
        // The worklist lists it as opgeschort and no longer as verlopen.
        String filter = "van=2026-11-24&tot=2026-11-24";
        assertThat(werkvoorraad(filter + "&status=OPGESCHORT")).contains(dossier + "/PIP_VASTSTELLEN/OPGESCHORT");
        assertThat(werkvoorraad(filter + "&status=VERLOPEN")).noneMatch(r -> r.startsWith(dossier));
        assertThat(werkvoorraad(filter)).contains(dossier + "/PIP_VASTSTELLEN/OPGESCHORT");
        assertThat(consulent()
                        .get("/api/v1/inburgeraars/" + dossier + "/journaal")
                        .body())
                .contains("Tijdelijke vrijstelling volgens DUO van 01-11-2026 tot en met 30-04-2027");
        assertThat(WebSessie.login(baseUrl(), "consulent")
                        .get("/inburgeraars/" + dossier + "/termijnen")
                        .body())
                .contains("status--opgeschort", "Opgeschort");

        // SS129: DUO withdrew the vrijstelling; the person is inburgeringsplichtig again from DUO's new notice.
        clock.zet(LocalDate.of(2026, 12, 10));
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true, LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 9), "Asielstatushouder", null));
        notificeer("SS129", bsn);
        JsonNode pip = termijn(dossier, "PIP_VASTSTELLEN");
        assertThat(pip.get("status").asString()).isEqualTo("OPEN");
        assertThat(pip.get("startdatum").asString()).isEqualTo("2026-12-09");
        assertThat(pip.get("uiterlijkeDatum").asString()).isEqualTo("2027-02-17");
        assertThat(pip.get("toelichting").asString()).contains("ingetrokken", "10-12-2026", "loopt deze termijn weer");
        // The deadline of the earlier duty, missed on 24-11-2026, stays on record and is named, but the new duty runs
        // (T-15).
        assertThat(pip.get("toelichting").asString()).contains("24-11-2026", "T-15");
        assertThat(werkvoorraad("status=OPGESCHORT")).noneMatch(r -> r.startsWith(dossier));
    }

    @Test
    void ss130HervatDeTermijnMetDeNieuweTermijnVanDuoEnSs103VerlengtHem() throws Exception {
        String bsn = TestData.bsn();
        String dossier = TestDossiers.metVastgesteldPip(consulent(), TestData.inburgeraar(bsn), "B");
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1), "Asielstatushouder", null));
        versturen.verstuur();
        notificeer("SS102", bsn);
        assertThat(termijn(dossier, "INBURGERINGSTERMIJN")
                        .get("uiterlijkeDatum")
                        .asString())
                .isEqualTo("2029-10-20");

        // A vrijstelling without an end: the running termijn is opgeschort; the met T-1 stays met.
        duo.zetTijdelijkeVrijstelling(bsn, LocalDate.of(2026, 11, 20), null);
        notificeer("SS109", bsn);
        JsonNode termijn = termijn(dossier, "INBURGERINGSTERMIJN");
        assertThat(termijn.get("status").asString()).isEqualTo("OPGESCHORT");
        assertThat(termijn.get("toelichting").asString()).contains("vanaf 20-11-2026, zonder einddatum", "PL-5");
        assertThat(termijn.get("opgeschortVan").asString()).isEqualTo("2026-11-20");
        assertThat(termijn.has("opgeschortTot")).as("no end: DUO gave none").isFalse();
        assertThat(termijn(dossier, "PIP_VASTSTELLEN").get("status").asString()).isEqualTo("VOLDAAN");

        // SS130: withdrawn with the PIP known; DUO gives the termijn its new end (exclusive), which we take.
        clock.zet(LocalDate.of(2027, 3, 1));
        duo.zetTermijn(bsn, new DuoSimulator.Termijn(LocalDate.of(2026, 10, 21), LocalDate.of(2030, 1, 31)));
        notificeer("SS130", bsn);
        termijn = termijn(dossier, "INBURGERINGSTERMIJN");
        assertThat(termijn.get("status").asString()).isEqualTo("OPEN");
        assertThat(termijn.get("uiterlijkeDatum").asString()).isEqualTo("2030-01-30");
        assertThat(termijn.get("toelichting").asString()).contains("volgens DUO", "tot en met 28-02-2027");
        assertThat(termijn.get("opgeschortTot").asString()).isEqualTo("2027-02-28");

        // SS103: DUO extends it.
        duo.zetTermijn(bsn, new DuoSimulator.Termijn(LocalDate.of(2026, 10, 21), LocalDate.of(2030, 7, 31)));
        notificeer("SS103", bsn);
        assertThat(termijn(dossier, "INBURGERINGSTERMIJN")
                        .get("uiterlijkeDatum")
                        .asString())
                .isEqualTo("2030-07-30");
        assertThat(consulent()
                        .get("/api/v1/inburgeraars/" + dossier)
                        .json()
                        .get("voortgang")
                        .get("einddatumInburgeringstermijn")
                        .asString())
                .isEqualTo("2030-07-31");
    }
}
