package nl.inburgeringsregie.aanbieders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import nl.inburgeringsregie.support.WebSessie;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Providers, contracts, started placements and provider accounts over real HTTP, as the beheer and the consultant make
 * them (issue 15): the set-up of the attendance, hours and signal tests.
 */
public record AanbiedersTestdata(Function<String, Api> api, String baseUrl, JdbcClient jdbc) {

    private static final AtomicInteger TELLER = new AtomicInteger((int) (System.nanoTime() % 100_000));

    /** A provider with a Blik op Werk keurmerk valid through 2027 and a B1-route contract for Haarlem (2026–2027). */
    public String b1Aanbieder() {
        return b1Aanbieder("2027-12-31");
    }

    /** A provider whose Blik op Werk keurmerk is valid through {@code bowGeldigTot}. */
    public String b1Aanbieder(String bowGeldigTot) {
        Map<String, Object> body = new HashMap<>();
        body.put("naam", "Taalschool " + TELLER.incrementAndGet());
        body.put("instellingsnummer", "T" + String.format("%09d", TELLER.incrementAndGet()));
        body.put("bowGeldigTot", bowGeldigTot);
        body.put("contactpersoon", "Anouk");
        body.put("email", "les@example.org");
        Api.Antwoord a = api.apply("beheerder").post("/api/v1/aanbieders", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    public String b1Contract(String aanbieder) {
        return b1Contract(aanbieder, false);
    }

    /** A B1-route contract for Haarlem whose provider registers exams with DUO, and sees the BSN, or not (AB-10). */
    public String b1Contract(String aanbieder, boolean bsnVoorExamenregistratie) {
        return contract(aanbieder, "B1_ROUTE", bsnVoorExamenregistratie);
    }

    /** A contract for Haarlem (2026–2027) for this onderdeel (B1_ROUTE, KNM, PVT, MAP, ...). */
    public String contract(String aanbieder, String onderdeel) {
        return contract(aanbieder, onderdeel, false);
    }

    private String contract(String aanbieder, String onderdeel, boolean bsnVoorExamenregistratie) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bsnVoorExamenregistratie", bsnVoorExamenregistratie);
        body.put("aanbiederId", aanbieder);
        body.put("contractnummer", "C-" + TELLER.incrementAndGet());
        body.put("perceel", "Perceel IJmond en Zuid-Kennemerland");
        body.put("onderdeel", onderdeel);
        body.put("gemeenten", List.of("0392"));
        body.put("begindatum", "2026-01-01");
        body.put("einddatum", "2027-12-31");
        body.put("capaciteit", 50);
        body.put("prijsmodel", "PER_UUR");
        body.put("prijs", 40);
        Api.Antwoord a = api.apply("beheerder").post("/api/v1/contracten", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    /** A new Haarlem dossier with a vastgesteld PIP for the B1-route, returns its id. */
    public String dossier() {
        return TestDossiers.metVastgesteldPip(api.apply("consulent"), TestData.inburgeraar(TestData.bsn()), "B");
    }

    /** Places the person with the contract (registered 2 November 2026); returns the placement's id. */
    public String plaats(String dossier, String contract) {
        Api.Antwoord a = api.apply("consulent")
                .post(
                        "/api/v1/inburgeraars/" + dossier + "/plaatsingen",
                        Map.of("contractId", contract, "aanmelddatum", "2026-11-02"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    /** The consultant records the start (the test clock must be on or after it). */
    public void start(String plaatsing, LocalDate start) {
        Api.Antwoord a = api.apply("consulent")
                .post("/api/v1/plaatsingen/" + plaatsing + "/start", Map.of("datum", start.toString()));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    /** A user with the role AANBIEDER, linked to the provider on its beheer page. */
    public String account(String aanbieder) {
        String naam = "aanbieder.p" + TELLER.incrementAndGet();
        String hash = jdbc.sql("select password_hash from app_user where username = 'aanbieder'")
                .query(String.class)
                .single();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                values (?, 'Docent', ?, '{AANBIEDER}', '{}')""").params(naam, hash).update();
        WebSessie beheerder = WebSessie.login(baseUrl, "beheerder");
        HttpResponse<String> gekoppeld = beheerder.postMetCsrf(
                "/beheer/aanbieders/" + aanbieder + "/gebruikers",
                Map.of("gebruikersnaam", naam),
                "/beheer/aanbieders/" + aanbieder);
        assertThat(gekoppeld.statusCode()).isEqualTo(302);
        return naam;
    }

    /**
     * A consultant of Haarlem of their own (the placement signals' worklist then holds only their dossiers): a new
     * account with the demo password, role CONSULENT.
     */
    String consulent() {
        String naam = "consulent.s" + TELLER.incrementAndGet();
        String hash = jdbc.sql("select password_hash from app_user where username = 'consulent'")
                .query(String.class)
                .single();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                values (?, 'Consulent signalen', ?, '{CONSULENT}', '{0392}')""").params(naam, hash).update();
        return naam;
    }
}
