package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The rest of the DUO exchange over real HTTP with the simulator (which validates every request and its own answers
 * against DUO's files): the consultant fetches DUO's whole picture of a person; events about the LBT, exams and the
 * end of the duty reach the dossier; meldingen for MAP, PVT, Z-route, hours (from the ledger) and contactpersoon are checked
 * against DUO's rules before they are queued and reach DUO valid; the simulator refuses what DUO would refuse.
 */
class DuoUitwisselingTest extends DuoScenarioTest {

    private record Dossier(String id, String bsn) {}

    /** An asielstatushouder in Haarlem known to DUO, with a vastgesteld PIP (dagtekening 2026-10-20) that DUO has. */
    private Dossier metPip(String leerroute) {
        String bsn = TestData.bsn();
        String id = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(bsn), leerroute);
        duo.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1), "Asielstatushouder", null));
        versturen.verstuur();
        assertThat(duo.pipMeldingen(bsn)).hasSize(1);
        return new Dossier(id, bsn);
    }

    private static WebSessie consulent;

    private WebSessie consulent() {
        if (consulent == null) {
            consulent = WebSessie.login(baseUrl(), "consulent");
        }
        return consulent;
    }

    /** Posts a DUO form of the dossier page and returns the page as shown after it. */
    private String meld(Dossier d, String formulier, Map<String, String> velden) {
        var antwoord = consulent()
                .postMetCsrf(
                        "/inburgeraars/" + d.id() + "/duo/" + formulier, velden, "/inburgeraars/" + d.id() + "/duo");
        assertThat(antwoord.statusCode()).isEqualTo(302);
        return consulent().get("/inburgeraars/" + d.id() + "/duo").body();
    }

    @Autowired
    private DuoAfrondingen zroute;

    @Autowired
    private Gebruikers gebruikers;

    /** Runs the work as the demo consultant, as a request of theirs would. */
    private void alsConsulent(Runnable werk) {
        UserDetails consulent = gebruikers.loadUserByUsername("consulent");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(consulent, null, consulent.getAuthorities()));
        try {
            werk.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private List<Map<String, Object>> meldingen(Dossier d, String soort) {
        return jdbc.sql("select * from duo_melding where inburgeraar_id = ?::uuid and soort = ?")
                .params(d.id(), soort)
                .query()
                .listOfRows();
    }

    @Test
    void deConsulentHaaltHetHeleBeeldVanDuoOp() {
        Dossier d = metPip("B");
        duo.zet(
                "/personen/" + d.bsn() + "/lbt/resultaten",
                List.of(Map.of(
                        "resultaat",
                        "B1-route haalbaar",
                        "behaaldeScore",
                        "62,00",
                        "benodigdeScore",
                        "55,00",
                        "datumAfname",
                        "2026-09-20")));
        duo.zet(
                "/personen/" + d.bsn() + "/examens/resultaten",
                List.of(Map.of("examendatum", "2026-11-02", "resultaat", "Gezakt", "onderdeel", "LE", "niveau", "B1")));
        duo.zet(
                "/personen/" + d.bsn() + "/examens/gratispogingen",
                List.of(Map.of("onderdeel", "LE", "gratisPogingenTegoed", 1)));
        duo.zet(
                "/personen/" + d.bsn() + "/vrijstellingen",
                List.of(Map.of(
                        "GedeeltelijkeVrijstelling",
                        Map.of(
                                "reden",
                                "DIP",
                                "oordeel",
                                "Toekenning",
                                "examenonderdeel",
                                "SP",
                                "examenniveau",
                                "B1"))));
        duo.zet("/personen/" + d.bsn() + "/doelgroep", Map.of("indeling", "Gezinsmigrant en overige migrant"));

        String pagina = meld(d, "vernieuw", Map.of());
        assertThat(pagina)
                .contains(
                        "De gegevens van DUO zijn opgehaald",
                        "B1-route haalbaar",
                        "<dt>Behaalde score</dt><dd>62,00</dd>",
                        "<dt>Resultaat</dt><dd>Gezakt</dd>",
                        "<dt>Gratis pogingen tegoed</dt><dd>1</dd>",
                        "<dt>Gedeeltelijke vrijstelling: Examenonderdeel</dt><dd>Spreekvaardigheid</dd>",
                        "<dt>Leerroute</dt><dd>B1-route</dd>",
                        "Niet bekend bij DUO",
                        "ZWANG – Zwangerschap");
        assertThat(jdbc.sql("select count(*) from duo_gegeven where inburgeraar_id = ?::uuid")
                        .param(d.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(DuoRaadpleging.ONDERWERPEN.size());
        // PL-1: DUO's doelgroep replaces ours; T-3: DUO's termijn (started by the PIP) is the dossier's.
        var dossier = api("consulent").get("/api/v1/inburgeraars/" + d.id()).json();
        assertThat(dossier.get("doelgroep").asString()).isEqualTo("Gezinsmigrant en overige migrant");
        assertThat(dossier.get("voortgang").get("einddatumInburgeringstermijn").asString())
                .isEqualTo("2029-10-21");
    }

    @Test
    void gebeurtenissenOverLbtExamensEnHetEindeVanDePlichtBereikenHetDossier() throws Exception {
        Dossier d = metPip("B");
        duo.zet(
                "/personen/" + d.bsn() + "/lbt/resultaten",
                List.of(Map.of(
                        "resultaat",
                        "B1-route niet haalbaar",
                        "behaaldeScore",
                        "40,00",
                        "benodigdeScore",
                        "55,00",
                        "datumAfname",
                        "2026-09-20")));
        UUID lbt = NotificatieVerwerkingTest.notificeer(baseUrl(), "SS131", d.bsn());
        await().atMost(Duration.ofSeconds(20)).until(() -> status(lbt).equals("VERWERKT"));
        assertThat(consulent().get("/inburgeraars/" + d.id() + "/duo").body()).contains("B1-route niet haalbaar");

        duo.zet(
                "/personen/" + d.bsn() + "/examens/resultaten",
                List.of(Map.of("examendatum", "2026-11-20", "resultaat", "Geslaagd", "onderdeel", "KNM")));
        UUID examen = NotificatieVerwerkingTest.notificeer(baseUrl(), "SS199", d.bsn());
        await().atMost(Duration.ofSeconds(20)).until(() -> status(examen).equals("VERWERKT"));

        duo.zetPlicht(
                d.bsn(),
                new DuoSimulator.Plicht(
                        false, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1), "Asielstatushouder", null));
        UUID voldaan = NotificatieVerwerkingTest.notificeer(baseUrl(), "SS106", d.bsn());
        await().atMost(Duration.ofSeconds(20)).until(() -> status(voldaan).equals("VERWERKT"));

        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + d.id())
                        .json()
                        .get("fase")
                        .asString())
                .isEqualTo("AFGEROND");
        var journaal = api("consulent")
                .get("/api/v1/inburgeraars/" + d.id() + "/journaal")
                .json()
                .toString();
        assertThat(journaal)
                .contains(
                        "SS131: Uitslag leerbaarheidstoets",
                        "SS199: Examenresultaat",
                        "SS106: Inburgeringsplicht voldaan (diploma)");
        assertThat(consulent().get("/inburgeraars/" + d.id() + "/duo").body())
                .contains("<dt>Resultaat</dt><dd>Geslaagd</dd>");
    }

    private String status(UUID berichtId) {
        return jdbc.sql("select status from duo_notificatie where bericht_id = ?")
                .param(berichtId)
                .query(String.class)
                .single();
    }

    /** The hours of the PVT (12) or the MAP (40) as the gemeente's own activities, up to 2026-11-20 (issue 16). */
    private void moduleuren(Dossier d, String module) {
        boolean pvt = module.equals("pvt");
        for (int i = 0; i < (pvt ? 2 : 4); i++) {
            Api.Antwoord a = api("consulent")
                    .post(
                            "/api/v1/inburgeraars/" + d.id() + "/modules/" + module + "/activiteiten",
                            Map.of(
                                    "soort",
                                    pvt ? "BIJEENKOMST" : "PRAKTIJKDEEL",
                                    "datum",
                                    LocalDate.of(2026, 11, 20).minusDays(i).toString(),
                                    "uren",
                                    pvt ? 6 : 10));
            assertThat(a.status()).as(a.body()).isEqualTo(201);
        }
    }

    /** The module's afronding, from which the melding is made (module voortgang, issue 16). */
    private Api.Antwoord afronden(Dossier d, String module, String datum, String verwijtbaar) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("datum", datum);
        body.put("verslag", "Eindgesprek gevoerd.");
        body.put("verwijtbaar", verwijtbaar);
        return api("consulent").post("/api/v1/inburgeraars/" + d.id() + "/modules/" + module + "/afronding", body);
    }

    @Test
    void mapEnPvtWordenGetoetstAanDeRegelsVanDuoEnBereikenDuoGeldig() {
        Dossier d = metPip("B");
        moduleuren(d, "map");
        moduleuren(d, "pvt");
        // The melding is made from the module's afronding (issue 16); DUO's rules decide what our own checks leave.
        // no verwijtbaar inside the termijn (it runs until 2029-10-20).
        Api.Antwoord verwijtbaar = afronden(d, "pvt", "2026-11-20", "Ja");
        assertThat(verwijtbaar.status()).isEqualTo(400);
        assertThat(verwijtbaar.body())
                .contains("Verwijtbaar alleen opgeven als de inburgeringstermijn is overschreden", "R-9");
        // The PIP's dagtekening itself lies before the termijn's start (T-3: the day after it).
        Api.Antwoord voorTermijn = afronden(d, "map", "2026-10-20", null);
        assertThat(voorTermijn.status()).isEqualTo(400);
        assertThat(voorTermijn.body())
                .contains("\"name\":\"datum\"", "niet voor de start van de inburgeringstermijn (2026-10-21)");
        assertThat(meldingen(d, "MAP")).isEmpty();
        assertThat(meldingen(d, "PVT")).isEmpty();
        assertThat(jdbc.sql("select count(*) from module_afronding where inburgeraar_id = ?::uuid")
                        .param(d.id())
                        .query(Integer.class)
                        .single())
                .as("a refusal of DUO's rules stores no afronding either")
                .isZero();

        assertThat(afronden(d, "map", "2026-11-20", null).status()).isEqualTo(201);
        assertThat(afronden(d, "pvt", "2026-11-21", "").status()).isEqualTo(201);
        versturen.verstuur();
        assertThat(meldingen(d, "MAP"))
                .singleElement()
                .extracting(m -> m.get("status"))
                .isEqualTo("VERZONDEN");
        assertThat(duo.ontvangen("/personen/" + d.bsn() + "/map"))
                .containsExactly("{\"datumEindgesprekMap\":\"2026-11-20\"}");
        assertThat(duo.ontvangen("/personen/" + d.bsn() + "/pvt"))
                .containsExactly("{\"datumOndertekeningPvt\":\"2026-11-21\"}");
        assertThat(consulent().get("/inburgeraars/" + d.id() + "/duo").body())
                .contains("Verzonden en door DUO geaccepteerd");
    }

    @Test
    void deSimulatorWeigertWatDuoWeigertOokAlsOnzeToetsWordtOvergeslagen() {
        Dossier d = metPip("B");
        DuoClient.Uitkomst uitkomst = client.verstuur(
                "MAPPVTZroute",
                "PUT",
                "0392",
                "/personen/" + d.bsn() + "/map",
                "{\"datumEindgesprekMap\":\"2026-11-20\",\"verwijtbaar\":\"Ja\"}");
        assertThat(uitkomst.geaccepteerd()).isFalse();
        assertThat(uitkomst.fouttekst()).contains("Verwijtbaar alleen opgeven");
        // Velsen has no PIP for this person: DUO refuses the melding of another gemeente.
        assertThat(client.verstuur(
                                "MAPPVTZroute",
                                "PUT",
                                "0453",
                                "/personen/" + d.bsn() + "/pvt",
                                "{\"datumOndertekeningPvt\":\"2026-11-20\"}")
                        .fouttekst())
                .contains("geen actuele PIP");
        // A message that is not valid against DUO's specification is never sent.
        assertThat(client.verstuur(
                                "GevolgdeUren",
                                "PUT",
                                "0392",
                                "/personen/" + d.bsn() + "/uren/participatietaalles",
                                "{\"uren\":\"veel\"}")
                        .fouttekst())
                .startsWith("Niet verstuurd, ongeldig volgens de specificatie van DUO");
    }

    @Test
    void zrouteUrenAanbodEnContactpersoonBereikenDuo() {
        Dossier z = metPip("Z");
        // The completion is made from the Z-route's eindgesprek (module voortgang, ADR 0040; its rules in
        // ZrouteEindgesprekTest): here the melding itself, as the consultant, through the module's entry point.
        alsConsulent(() -> zroute.meldZroute(UUID.fromString(z.id()), LocalDate.of(2026, 11, 24)));
        assertThat(meldingen(z, "ZROUTE")).hasSize(1);
        // Hours are not typed (ADR 0034): participation during the brede intake, 5 days of 24 hours, reaches DUO as
        // one total of the ledger.
        for (int dag = 16; dag <= 20; dag++) {
            assertThat(api("consulent")
                            .post(
                                    "/api/v1/inburgeraars/" + z.id() + "/intake/uren",
                                    Map.of("datum", "2026-11-" + dag, "soort", "PARTICIPATIE", "uren", 24))
                            .status())
                    .isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> meldingen(z, "UREN").stream().anyMatch(m -> "{\"uren\":120}".equals(m.get("bericht"))));
        assertThat(meld(
                        z,
                        "contactpersoon",
                        Map.of(
                                "naam",
                                "Y. El Amrani",
                                "email",
                                "y.elamrani@haarlem.nl",
                                "telefoonnummer",
                                "023 511 5115")))
                .contains("De melding staat klaar", "U staat bij DUO geregistreerd als Y. El Amrani");

        versturen.verstuur();
        // Every melding went out, except the hours' totals a newer total replaced before they were sent.
        assertThat(jdbc.sql("select status from duo_melding where inburgeraar_id = ?::uuid and soort <> 'UREN'")
                        .param(z.id())
                        .query(String.class)
                        .list())
                .containsOnly("VERZONDEN");
        assertThat(jdbc.sql("select status from duo_melding where inburgeraar_id = ?::uuid and soort = 'UREN'")
                        .param(z.id())
                        .query(String.class)
                        .list())
                .containsOnly("VERZONDEN", "VERVANGEN")
                .contains("VERZONDEN");
        assertThat(duo.ontvangen("/personen/" + z.bsn() + "/uren/participatieactiviteiten"))
                .last()
                .isEqualTo("{\"uren\":120}");
        assertThat(duo.ontvangen("/personen/" + z.bsn() + "/zroute"))
                .containsExactly("{\"datumAfrondingZroute\":\"2026-11-24\"}");
        assertThat(duo.contactpersoon(z.bsn())).get().asString().contains("y.elamrani@haarlem.nl");
        // DUO's own record of the hours, fetched back.
        assertThat(meld(z, "vernieuw", Map.of()))
                .contains("<dt>Participatieactiviteiten tijdens de brede intake: Uren</dt><dd>120</dd>");
        // After the Z-route's completion a later MAP date is refused (README: not after the Z-route's completion).
        moduleuren(z, "map");
        Api.Antwoord mapNa = afronden(z, "map", "2026-11-25", null);
        assertThat(mapNa.status()).isEqualTo(400);
        assertThat(mapNa.body()).contains("niet na de afronding van de Z-route");
    }
}
