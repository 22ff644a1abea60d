package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Issue 15 over real HTTP (ADR 0031): providers and contracts by the functioneel beheerder, a placement by the
 * consultant with every refusal named by field and rule, the lifecycle endpoint by endpoint, the waiting list and the
 * last free place taken by two consultants at once, and the provider who sees only its own participants.
 */
class PlaatsingApiTest extends IntegrationTest {

    private static final AtomicInteger TELLER = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void herstel() {
        clock.reset();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private String aanbieder(LocalDate bow, LocalDate tst) {
        Map<String, Object> body = new HashMap<>();
        body.put("naam", "Taalschool " + TELLER.incrementAndGet());
        body.put("instellingsnummer", "T" + String.format("%09d", TELLER.incrementAndGet()));
        body.put("bowGeldigTot", bow == null ? null : bow.toString());
        body.put("tstGeldigTot", tst == null ? null : tst.toString());
        body.put("contactpersoon", "Anouk");
        body.put("email", "les@example.org");
        Api.Antwoord a = api("beheerder").post("/api/v1/aanbieders", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    private String contract(String aanbieder, String onderdeel, List<String> gemeenten, int capaciteit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("aanbiederId", aanbieder);
        body.put("contractnummer", "C-" + TELLER.incrementAndGet());
        body.put("perceel", "Perceel IJmond en Zuid-Kennemerland");
        body.put("onderdeel", onderdeel);
        body.put("gemeenten", gemeenten);
        body.put("begindatum", "2026-01-01");
        body.put("einddatum", "2027-12-31");
        body.put("capaciteit", capaciteit);
        body.put("startmomenten", List.of("2027-01-04", "2027-04-05"));
        body.put("prijsmodel", "PER_TRAJECT");
        body.put("prijs", 9850.00);
        Api.Antwoord a = api("beheerder").post("/api/v1/contracten", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    private String b1Contract(int capaciteit) {
        return contract(aanbieder(LocalDate.of(2027, 12, 31), null), "B1_ROUTE", List.of("0392"), capaciteit);
    }

    private String dossierMetPip(String leerroute) {
        return TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(TestData.bsn()), leerroute);
    }

    private static Map<String, Object> aanmelding(String contract, String datum) {
        Map<String, Object> body = new HashMap<>();
        body.put("contractId", contract);
        body.put("aanmelddatum", datum);
        return body;
    }

    private Api.Antwoord plaats(String dossier, Map<String, Object> body) {
        return api("consulent").post("/api/v1/inburgeraars/" + dossier + "/plaatsingen", body);
    }

    private static List<String> regels(Api.Antwoord a) {
        List<String> regels = new ArrayList<>();
        a.json()
                .get("invalidParams")
                .forEach(p -> regels.add(
                        p.get("name").asString() + " " + p.path("regel").asString()));
        return regels;
    }

    /** A user with the role AANBIEDER, linked to the provider (as the beheer page does). */
    private String aanbiederAccount(String aanbieder) {
        String naam = "aanbieder.t" + TELLER.incrementAndGet();
        String hash = jdbc.sql("select password_hash from app_user where username = 'aanbieder'")
                .query(String.class)
                .single();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                values (?, 'Docent', ?, '{AANBIEDER}', '{}')""").params(naam, hash).update();
        WebSessie beheerder = WebSessie.login(baseUrl(), "beheerder");
        HttpResponse<String> gekoppeld = beheerder.postMetCsrf(
                "/beheer/aanbieders/" + aanbieder + "/gebruikers",
                Map.of("gebruikersnaam", naam),
                "/beheer/aanbieders/" + aanbieder);
        assertThat(gekoppeld.statusCode()).isEqualTo(302);
        return naam;
    }

    // --- providers and contracts -----------------------------------------------------------------------------------

    @Test
    void beheerRegistreertAanbiederEnContractTeamleiderLeestConsulentNiet() {
        String aanbieder = aanbieder(LocalDate.of(2027, 12, 31), null);
        String contract = contract(aanbieder, "B1_ROUTE", List.of("0392", "0453"), 2);

        assertThat(api("teamleider")
                        .get("/api/v1/contracten/" + contract)
                        .json()
                        .get("gemeenten")
                        .toString())
                .contains("0392", "0453");
        assertThat(api("teamleider").get("/api/v1/aanbieders").status()).isEqualTo(200);
        assertThat(api("teamleider").post("/api/v1/aanbieders", Map.of()).status())
                .as("the team lead reads, does not write")
                .isIn(400, 403);
        assertThat(api("consulent").get("/api/v1/aanbieders").status()).isEqualTo(403);
        assertThat(api("aanbieder").get("/api/v1/contracten").status()).isEqualTo(403);

        JsonNode capaciteit = api("teamleider")
                .get("/api/v1/contracten/" + contract + "/capaciteit")
                .json();
        assertThat(capaciteit.get("capaciteit").asInt()).isEqualTo(2);
        assertThat(capaciteit.get("vrij").asInt()).isEqualTo(2);
    }

    @Test
    void eenOngeldigContractNoemtVeldEnRegel() {
        String aanbieder = aanbieder(LocalDate.of(2027, 12, 31), null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("aanbiederId", aanbieder);
        body.put("contractnummer", "C-" + TELLER.incrementAndGet());
        body.put("perceel", "Perceel");
        body.put("onderdeel", "B1_ROUTE");
        body.put("gemeenten", List.of("9999"));
        body.put("begindatum", "2027-12-31");
        body.put("einddatum", "2027-01-01");
        body.put("capaciteit", 5);
        body.put("prijsmodel", "PER_UUR");
        body.put("prijs", 40);
        Api.Antwoord a = api("beheerder").post("/api/v1/contracten", body);
        assertThat(regels(a)).containsExactlyInAnyOrder("gemeenten AB-1", "einddatum AB-2");

        body.put("gemeenten", List.of("0392"));
        body.put("begindatum", "2027-01-01");
        body.put("einddatum", "2027-12-31");
        body.put("capaciteit", -1);
        assertThat(api("beheerder").post("/api/v1/contracten", body).ongeldigeVelden())
                .containsExactly("capaciteit");
        body.put("capaciteit", 5);
        body.put("onderdeel", "TAALCAFE");
        assertThat(api("beheerder").post("/api/v1/contracten", body).ongeldigeVelden())
                .containsExactly("onderdeel");
    }

    // --- placing ---------------------------------------------------------------------------------------------------

    @Test
    void eenConsulentPlaatstEnDeLevenscyclusLooptEindpuntVoorEindpunt() {
        clock.zet(LocalDate.of(2027, 3, 1));
        String contract = b1Contract(5);
        String dossier = dossierMetPip("B");
        Map<String, Object> body = aanmelding(contract, "2026-11-02");
        body.put("verwachteStart", "2027-01-04");
        Api.Antwoord geplaatst = plaats(dossier, body);
        assertThat(geplaatst.status()).as(geplaatst.body()).isEqualTo(201);
        assertThat(geplaatst.json().get("status").asString()).isEqualTo("GEPLAATST");
        assertThat(geplaatst.json().get("leerroute").asString()).isEqualTo("B");
        assertThat(geplaatst.json().get("acties").toString())
                .contains("STARTEN", "AFBREKEN")
                .doesNotContain("AFRONDEN");
        String id = geplaatst.json().get("id").asString();

        Api consulent = api("consulent");
        Api.Antwoord teVroeg =
                consulent.post("/api/v1/plaatsingen/" + id + "/afronding", Map.of("datum", "2027-02-01"));
        assertThat(teVroeg.status()).isEqualTo(409);
        assertThat(teVroeg.json().get("invalidParams").get(0).get("regel").asString())
                .isEqualTo("AB-4");

        assertThat(regels(consulent.post("/api/v1/plaatsingen/" + id + "/start", Map.of("datum", "2027-03-02"))))
                .as("a start tomorrow")
                .containsExactly("startdatum AB-4");
        assertThat(consulent
                        .post("/api/v1/plaatsingen/" + id + "/start", Map.of("datum", "2027-01-04"))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("GESTART");
        assertThat(consulent
                        .post("/api/v1/plaatsingen/" + id + "/start", Map.of("datum", "2027-01-04"))
                        .status())
                .as("a second click")
                .isEqualTo(409);
        assertThat(consulent
                        .post("/api/v1/plaatsingen/" + id + "/afbreking", Map.of("reden", " "))
                        .ongeldigeVelden())
                .containsExactly("reden");
        assertThat(consulent
                        .post("/api/v1/plaatsingen/" + id + "/afronding", Map.of("datum", "2027-02-28"))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("AFGEROND");
        assertThat(consulent
                        .post("/api/v1/plaatsingen/" + id + "/afbreking", Map.of("reden", "te laat"))
                        .status())
                .isEqualTo(409);

        // The dossier's journal has a line per step, naming the provider and never the person; every step audited.
        String journaal = String.join(
                "\n",
                jdbc.sql("select nieuwe_waarde from journaal where inburgeraar_id = ? and soort = 'PLAATSING'")
                        .param(UUID.fromString(dossier))
                        .query(String.class)
                        .list());
        assertThat(journaal).contains("Aangemeld bij Taalschool", "geplaatst", "Gestart", "Afgerond");
        assertThat(jdbc.sql("select count(*) from audit_log where inburgeraar_id = ? and detail like 'plaatsing %'")
                        .param(UUID.fromString(dossier))
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(consulent
                        .get("/api/v1/inburgeraars/" + dossier + "/plaatsingen")
                        .json()
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("AFGEROND");
    }

    @Test
    void zonderVastgesteldPipGeenPlaatsing() {
        String contract = b1Contract(5);
        String dossier =
                TestDossiers.registreer(api("consulent"), TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        assertThat(regels(plaats(dossier, aanmelding(contract, "2026-11-02")))).containsExactly("inburgeraarId R-10");
        TestDossiers.pipConcept(api("consulent"), dossier, "B");
        assertThat(regels(plaats(dossier, aanmelding(contract, "2026-11-02"))))
                .as("a concept is not vastgesteld")
                .containsExactly("inburgeraarId R-10");
    }

    @Test
    void eenAanbiederZonderGeldigKeurmerkKanNietWordenGekozen() {
        String dossier = dossierMetPip("B");
        String zonder = contract(aanbieder(null, null), "B1_ROUTE", List.of("0392"), 5);
        assertThat(regels(plaats(dossier, aanmelding(zonder, "2026-11-02")))).containsExactly("contractId R-10");
        String verlopen = contract(aanbieder(LocalDate.of(2026, 11, 1), null), "B1_ROUTE", List.of("0392"), 5);
        assertThat(regels(plaats(dossier, aanmelding(verlopen, "2026-11-02"))))
                .as("valid until the day before the placement")
                .containsExactly("contractId R-10");

        String onderwijs = dossierMetPip("O");
        String alleenBow = contract(aanbieder(LocalDate.of(2027, 12, 31), null), "ONDERWIJSROUTE", List.of("0392"), 5);
        assertThat(regels(plaats(onderwijs, aanmelding(alleenBow, "2026-11-02"))))
                .as("the onderwijsroute needs TST")
                .containsExactly("contractId R-10");
        String metTst = contract(aanbieder(null, LocalDate.of(2027, 12, 31)), "ONDERWIJSROUTE", List.of("0392"), 5);
        assertThat(plaats(onderwijs, aanmelding(metTst, "2026-11-02")).status()).isEqualTo(201);
    }

    @Test
    void eenContractVanEenAndereGemeenteOfRouteOfBuitenDeLooptijdWordtGeweigerd() {
        String dossier = dossierMetPip("B");
        String velsen = contract(aanbieder(LocalDate.of(2027, 12, 31), null), "B1_ROUTE", List.of("0453"), 5);
        assertThat(regels(plaats(dossier, aanmelding(velsen, "2026-11-02")))).containsExactly("contractId AB-1");

        String zroute = contract(aanbieder(LocalDate.of(2027, 12, 31), null), "Z_ROUTE", List.of("0392"), 5);
        assertThat(regels(plaats(dossier, aanmelding(zroute, "2026-11-02")))).containsExactly("contractId P-1");

        String contract = b1Contract(5);
        assertThat(regels(plaats(dossier, aanmelding(contract, "2026-10-19"))))
                .as("the day before the PIP's dagtekening")
                .containsExactly("aanmelddatum R-10");
        assertThat(regels(plaats(dossier, aanmelding(contract, "2028-01-01"))))
                .as("after the contract ends, and after the keurmerk's last day")
                .containsExactlyInAnyOrder("aanmelddatum AB-2", "contractId R-10");
        Map<String, Object> body = aanmelding(contract, "2026-11-02");
        body.put("verwachteStart", "2027-01-05");
        body.put("verwachteEinde", "2028-06-30");
        assertThat(regels(plaats(dossier, body)))
                .as("no start moment; an end after the contract")
                .containsExactlyInAnyOrder("verwachteStart AB-2", "verwachteEinde AB-2");
        assertThat(plaats(dossier, Map.of("aanmelddatum", "2026-11-02")).ongeldigeVelden())
                .containsExactly("contractId");

        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + dossier + "/plaatsingen")
                        .json()
                        .size())
                .as("nothing written by a refusal")
                .isZero();
        assertThat(plaats(dossier, aanmelding(contract, "2026-11-02")).status()).isEqualTo(201);
        Api.Antwoord dubbel = plaats(dossier, aanmelding(contract, "2026-11-03"));
        assertThat(dubbel.status())
                .as("a second running placement for the same onderdeel")
                .isEqualTo(409);
        assertThat(dubbel.json().get("invalidParams").get(0).get("regel").asString())
                .isEqualTo("AB-5");
    }

    @Test
    void eenConsulentVanEenAndereGemeenteKrijgt404() {
        String contract = b1Contract(5);
        String dossier = dossierMetPip("B");
        String id = plaats(dossier, aanmelding(contract, "2026-11-02"))
                .json()
                .get("id")
                .asString();
        Api velsen = api("consulent.velsen");
        assertThat(velsen.get("/api/v1/inburgeraars/" + dossier + "/plaatsingen")
                        .status())
                .isEqualTo(404);
        assertThat(velsen.post("/api/v1/inburgeraars/" + dossier + "/plaatsingen", aanmelding(contract, "2026-11-02"))
                        .status())
                .isEqualTo(404);
        assertThat(velsen.get("/api/v1/plaatsingen/" + id).status()).isEqualTo(404);
        assertThat(velsen.post("/api/v1/plaatsingen/" + id + "/afbreking", Map.of("reden", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(api("consulent")
                        .get("/api/v1/plaatsingen/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("GEPLAATST");
    }

    // --- capacity and the waiting list ------------------------------------------------------------------------------

    @Test
    void eenVolContractZetOpDeWachtlijstEnDePositiesBlijvenKloppen() {
        String contract = b1Contract(1);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(plaats(dossierMetPip("B"), aanmelding(contract, "2026-11-02"))
                    .json()
                    .get("id")
                    .asString());
        }
        Api consulent = api("consulent");
        assertThat(status(ids.get(0))).isEqualTo("GEPLAATST 0");
        assertThat(status(ids.get(1))).isEqualTo("WACHTLIJST 1");
        assertThat(status(ids.get(2))).isEqualTo("WACHTLIJST 2");
        assertThat(status(ids.get(3))).isEqualTo("WACHTLIJST 3");
        assertThat(consulent
                        .post("/api/v1/plaatsingen/" + ids.get(1) + "/plaatsing", Map.of())
                        .status())
                .as("full: no place from the list")
                .isEqualTo(409);

        // The second on the list leaves: the third becomes second.
        consulent.post("/api/v1/plaatsingen/" + ids.get(2) + "/afbreking", Map.of("reden", "Verhuisd"));
        assertThat(status(ids.get(3))).isEqualTo("WACHTLIJST 2");
        // The placed one ends early: a place is free, but only the first in line takes it.
        consulent.post("/api/v1/plaatsingen/" + ids.get(0) + "/afbreking", Map.of("reden", "Ziek"));
        Api.Antwoord nietEerste = consulent.post("/api/v1/plaatsingen/" + ids.get(3) + "/plaatsing", Map.of());
        assertThat(nietEerste.status()).isEqualTo(409);
        assertThat(nietEerste.json().get("invalidParams").get(0).get("regel").asString())
                .isEqualTo("AB-3");
        assertThat(consulent
                        .post("/api/v1/plaatsingen/" + ids.get(1) + "/plaatsing", Map.of())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("GEPLAATST");
        assertThat(status(ids.get(3))).isEqualTo("WACHTLIJST 1");

        JsonNode capaciteit = api("teamleider")
                .get("/api/v1/contracten/" + contract + "/capaciteit")
                .json();
        assertThat(capaciteit.get("bezet").asInt()).isEqualTo(1);
        assertThat(capaciteit.get("vrij").asInt()).isZero();
        assertThat(capaciteit.get("wachtlijst").asInt()).isEqualTo(1);
        assertThat(capaciteit.get("verwachteStarts").get(0).get("aantal").asInt())
                .isEqualTo(1);
    }

    private String status(String plaatsing) {
        JsonNode p = api("consulent").get("/api/v1/plaatsingen/" + plaatsing).json();
        return p.get("status").asString() + " " + p.get("wachtlijstpositie").asInt();
    }

    @Test
    void eenContractVoorHaarlemEnVelsenTeltDePlaatsenVanBeideGemeenten() {
        String contract = contract(aanbieder(LocalDate.of(2027, 12, 31), null), "B1_ROUTE", List.of("0392", "0453"), 1);
        assertThat(plaats(dossierMetPip("B"), aanmelding(contract, "2026-11-02"))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("GEPLAATST");
        String velsen = TestDossiers.metVastgesteldPip(
                api("consulent.velsen"), TestData.inburgeraar(TestData.bsn(), "0453"), "B");
        Api.Antwoord tweede = api("consulent.velsen")
                .post("/api/v1/inburgeraars/" + velsen + "/plaatsingen", aanmelding(contract, "2026-11-02"));
        assertThat(tweede.json().get("status").asString())
                .as("Velsen's consultant cannot see Haarlem's placement, but its place is taken")
                .isEqualTo("WACHTLIJST");
    }

    @Test
    void tweeConsulentenDieTegelijkDeLaatstePlaatsNemenKrijgenHemNietAllebei() throws Exception {
        for (int ronde = 0; ronde < 3; ronde++) {
            String contract = b1Contract(1);
            List<String> dossiers = List.of(dossierMetPip("B"), dossierMetPip("B"));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<Api.Antwoord>> antwoorden = new ArrayList<>();
                for (String dossier : dossiers) {
                    antwoorden.add(threads.submit(() -> {
                        start.await();
                        return plaats(dossier, aanmelding(contract, "2026-11-02"));
                    }));
                }
                start.countDown();
                List<String> statussen = new ArrayList<>();
                for (Future<Api.Antwoord> a : antwoorden) {
                    Api.Antwoord antwoord = a.get();
                    assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
                    statussen.add(antwoord.json().get("status").asString() + " "
                            + antwoord.json().get("wachtlijstpositie").asInt());
                }
                assertThat(statussen).containsExactlyInAnyOrder("GEPLAATST 0", "WACHTLIJST 1");
            } finally {
                threads.shutdownNow();
            }
        }
    }

    // --- the provider's view ---------------------------------------------------------------------------------------

    @Test
    void eenAanbiederZietAlleenZijnEigenDeelnemersMetMinimaleGegevens() {
        String eigen = aanbieder(LocalDate.of(2027, 12, 31), null);
        String ander = aanbieder(LocalDate.of(2027, 12, 31), null);
        String eigenContract = contract(eigen, "B1_ROUTE", List.of("0392"), 5);
        String anderContract = contract(ander, "B1_ROUTE", List.of("0392"), 5);
        String bijMij = dossierMetPip("B");
        String bijAnder = dossierMetPip("B");
        plaats(bijMij, aanmelding(eigenContract, "2026-11-02"));
        plaats(bijAnder, aanmelding(anderContract, "2026-11-02"));
        String docent = aanbiederAccount(eigen);
        Api aanbieder = api(docent);

        JsonNode lijst = aanbieder.get("/api/v1/deelnemers").json();
        assertThat(lijst.size()).isEqualTo(1);
        assertThat(lijst.get(0).get("inburgeraarId").asString()).isEqualTo(bijMij);
        assertThat(lijst.get(0).get("naam").asString()).isEqualTo("Haddad, Rania");
        assertThat(lijst.get(0).get("tolkTaal").asString()).isEqualTo("ar");
        assertThat(lijst.toString()).doesNotContain("bsn", "intake", "doelgroep");

        assertThat(aanbieder.get("/api/v1/deelnemers/" + bijMij).status()).isEqualTo(200);
        assertThat(aanbieder.get("/api/v1/deelnemers/" + bijAnder).status())
                .as("another provider's participant")
                .isEqualTo(404);
        assertThat(aanbieder.get("/api/v1/deelnemers/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        for (String pad : List.of("", "/intake", "/pips", "/plaatsingen", "/termijnen")) {
            assertThat(aanbieder.get("/api/v1/inburgeraars/" + bijMij + pad).status())
                    .as("the dossier%s is not the provider's", pad)
                    .isIn(403, 404);
        }
        WebSessie web = WebSessie.login(baseUrl(), docent);
        assertThat(web.get("/inburgeraars/" + bijMij + "/intake").statusCode()).isIn(403, 404);
        assertThat(web.get("/deelnemers/" + bijAnder).statusCode()).isEqualTo(404);
        String pagina = web.get("/mijn-deelnemers").body();
        assertThat(pagina).contains("Haddad, Rania");
        assertThat(api("consulent").get("/api/v1/deelnemers").status()).isEqualTo(403);

        // Every read audited for the person, with its purpose; none for the other provider's participant.
        assertThat(jdbc.sql("select count(*) from audit_log where inburgeraar_id = ? and username = ?")
                        .params(UUID.fromString(bijMij), docent)
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_log where inburgeraar_id = ? and username = ?")
                        .params(UUID.fromString(bijAnder), docent)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select distinct purpose from audit_log where username = ?")
                        .param(docent)
                        .query(String.class)
                        .list())
                .isNotEmpty()
                .doesNotContainNull();
    }
}
