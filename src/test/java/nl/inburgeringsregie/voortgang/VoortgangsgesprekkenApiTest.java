package nl.inburgeringsregie.voortgang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.inburgeringsregie.privacy.Persoonsgegevens;
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
 * Issue 16, voortgangsgesprekken (ADR 0040; T-10) over real HTTP, as an adversary: the plan from the PIP's dagtekening
 * (20-10-2026) and its next conversation on the worklist, missed and then held late; a conversation with actions on
 * "Mijn acties", a second click on the same day refused and nothing doubled; a no-show closes nothing; every bad field
 * named with its rule and nothing stored; the health notes only for the dossier's consultant; another gemeente 404, the
 * budgetcoach and the provider 403.
 */
class VoortgangsgesprekkenApiTest extends IntegrationTest {

    private static final AtomicInteger TELLER = new AtomicInteger();

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private VoortgangGegevens gegevens;

    private String consulent;

    @BeforeEach
    void opzet() {
        consulent = "consulent.v" + TELLER.incrementAndGet();
        String hash = jdbc.sql("select password_hash from app_user where username = 'consulent'")
                .query(String.class)
                .single();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                values (?, 'Consulent voortgang', ?, '{CONSULENT}', '{0392}') on conflict do nothing""").params(consulent, hash).update();
    }

    @AfterEach
    void herstel() {
        clock.reset();
    }

    /** A Haarlem asielstatushouder of this test's consultant with a B1-route PIP of 20-10-2026. */
    private String metPip() {
        return TestDossiers.metVastgesteldPip(api(consulent), TestData.inburgeraar(TestData.bsn()), "B");
    }

    private static Map<String, Object> gesprek(String datum) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("datum", datum);
        g.put("aanwezig", true);
        g.put("vorm", "FYSIEK");
        return g;
    }

    private Api.Antwoord leg(String gebruiker, String dossier, Map<String, Object> body) {
        return api(gebruiker).post("/api/v1/inburgeraars/" + dossier + "/voortgangsgesprekken", body);
    }

    private JsonNode overzicht(String gebruiker, String dossier) {
        Api.Antwoord a = api(gebruiker).get("/api/v1/inburgeraars/" + dossier + "/voortgangsgesprekken");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
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

    private int gesprekken(String dossier) {
        return jdbc.sql("select count(*) from voortgangsgesprek where inburgeraar_id = ?::uuid")
                .param(dossier)
                .query(Integer.class)
                .single();
    }

    private int audit(String dossier, String gebruiker, String actie, String detail) {
        return jdbc.sql("""
                        select count(*) from audit_log
                        where inburgeraar_id = ?::uuid and username = ? and action = ? and detail = ?""")
                .params(dossier, gebruiker, actie, detail)
                .query(Integer.class)
                .single();
    }

    private List<String> werkvoorraad(String gebruiker) {
        Api.Antwoord a = api(gebruiker).get("/api/v1/werkvoorraad?grootte=200&soort=VOORTGANGSGESPREK");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json()
                .get("regels")
                .valueStream()
                .map(r -> r.get("inburgeraarId").asString())
                .toList();
    }

    @Test
    void hetPlanBegintBijHetPipEnHetVolgendeGesprekStaatOpDeWerkvoorraad() {
        clock.zet(LocalDate.of(2026, 12, 5));
        String dossier = metPip();

        JsonNode plan = overzicht(consulent, dossier).get("plan");
        assertThat(plan.valueStream().map(m -> m.get("gepland").asString()))
                .as("T-10: 1, 2, 3, 6, 9, 12, 18 and 24 months after the dagtekening 20-10-2026")
                .containsExactly(
                        "2026-11-20",
                        "2026-12-20",
                        "2027-01-20",
                        "2027-04-20",
                        "2027-07-20",
                        "2027-10-20",
                        "2028-04-20",
                        "2028-10-20");
        assertThat(plan.get(0).get("uiterlijk").asString()).isEqualTo("2026-12-04");
        assertThat(plan.get(0).get("status").asString())
                .as("not held by due + 14 days")
                .isEqualTo("VERLOPEN");
        JsonNode termijn = TestDossiers.termijn(api(consulent), dossier, "VOORTGANGSGESPREK");
        assertThat(termijn.get("status").asString()).isEqualTo("VERLOPEN");
        assertThat(termijn.get("uiterlijkeDatum").asString()).isEqualTo("2026-12-04");
        assertThat(termijn.get("regel").asString()).isEqualTo("T-10");
        assertThat(termijn.get("toelichting").asString()).contains("Voortgangsgesprek 1 van 8", "20-11-2026");
        assertThat(werkvoorraad(consulent)).contains(dossier);

        Map<String, Object> body = gesprek("2026-12-05");
        body.put("tolkTaal", "ar");
        body.put("tolkGeboekt", true);
        body.put("samenvatting", "Lessen gestart, gaat goed.");
        body.put(
                "leefgebieden", Map.of("ZELFREDZAAMHEID", "Regelt nu zelf de post", "OPLEIDING", "Diploma opgevraagd"));
        body.put("pipAanpassen", true);
        body.put("pipAanpassenReden", "Verhuist naar Velsen");
        body.put(
                "acties",
                List.of(
                        Map.of(
                                "omschrijving",
                                "Diploma laten waarderen",
                                "eigenaar",
                                consulent,
                                "uiterlijk",
                                "2027-01-15"),
                        Map.of(
                                "omschrijving",
                                "Diploma meenemen",
                                "eigenaar",
                                "inburgeraar",
                                "uiterlijk",
                                "2026-12-20")));
        Api.Antwoord gehouden = leg(consulent, dossier, body);
        assertThat(gehouden.status()).as(gehouden.body()).isEqualTo(201);
        assertThat(gehouden.json().get("volgnummer").asInt())
                .as("the first held closes the first planned")
                .isEqualTo(1);
        assertThat(gehouden.json().get("tolkTaalNaam").asString()).isEqualTo("Arabisch");
        assertThat(gehouden.json().get("vastgelegdDoor").asString()).isEqualTo(consulent);
        assertThat(gehouden.json()
                        .get("acties")
                        .valueStream()
                        .map(a -> a.get("eigenaar").asString()))
                .containsExactly("INBURGERAAR", consulent);

        JsonNode na = overzicht(consulent, dossier);
        assertThat(na.get("plan").get(0).get("status").asString())
                .as("T-15: held after its last day stays late")
                .isEqualTo("TE_LAAT_GEHOUDEN");
        assertThat(na.get("gehouden").asInt()).isEqualTo(1);
        JsonNode volgende = TestDossiers.termijn(api(consulent), dossier, "VOORTGANGSGESPREK");
        assertThat(volgende.get("uiterlijkeDatum").asString()).isEqualTo("2027-01-03");
        assertThat(volgende.get("status").asString()).isEqualTo("OPEN");
        assertThat(volgende.get("toelichting").asString()).contains("Voortgangsgesprek 2 van 8", "20-12-2026");
        assertThat(werkvoorraad(consulent))
                .as("the worklist's row moved to the next conversation")
                .contains(dossier);
        assertThat(jdbc.sql("select uiterlijke_datum from termijn where inburgeraar_id = ?::uuid and soort = ?")
                        .params(dossier, "VOORTGANGSGESPREK")
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2027, 1, 3));

        Api.Antwoord tweedeKlik = leg(consulent, dossier, body);
        assertThat(tweedeKlik.status()).as(tweedeKlik.body()).isEqualTo(409);
        assertThat(tweedeKlik.body()).contains("datum", "T-10");
        assertThat(gesprekken(dossier))
                .as("a second click records nothing twice")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from voortgangsactie where inburgeraar_id = ?::uuid")
                        .param(dossier)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(audit(dossier, consulent, "GEWIJZIGD", "voortgangsgesprek.vastgelegd"))
                .isEqualTo(1);

        // The consultant's action is on their list; the person's own is on nobody's.
        Api.Antwoord mijn = api(consulent).get("/api/v1/voortgangsacties");
        assertThat(mijn.status()).as(mijn.body()).isEqualTo(200);
        List<JsonNode> acties = mijn.json().valueStream().toList();
        assertThat(acties).hasSize(1);
        assertThat(acties.getFirst().get("omschrijving").asString()).isEqualTo("Diploma laten waarderen");
        assertThat(acties.getFirst().get("inburgeraarId").asString()).isEqualTo(dossier);
        assertThat(audit(dossier, consulent, "IN_ZOEKRESULTAAT", "voortgangsacties"))
                .isEqualTo(1);
        String actie = acties.getFirst().get("id").asString();
        Api.Antwoord gedaan = api(consulent)
                .post("/api/v1/inburgeraars/" + dossier + "/voortgangsacties/" + actie + "/afgerond", Map.of());
        assertThat(gedaan.status()).as(gedaan.body()).isEqualTo(200);
        assertThat(gedaan.json().get("afgerondDoor").asString()).isEqualTo(consulent);
        Api.Antwoord nogmaals = api(consulent)
                .post("/api/v1/inburgeraars/" + dossier + "/voortgangsacties/" + actie + "/afgerond", Map.of());
        assertThat(nogmaals.status()).isEqualTo(200);
        assertThat(audit(dossier, consulent, "GEWIJZIGD", "voortgangsactie.afgerond"))
                .as("the second click changes nothing")
                .isEqualTo(1);
        assertThat(api(consulent).get("/api/v1/voortgangsacties").json().size()).isZero();
        // An action of another person through this person's URL: 404.
        String ander = metPip();
        assertThat(api(consulent)
                        .post("/api/v1/inburgeraars/" + ander + "/voortgangsacties/" + actie + "/afgerond", Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void eenNietVerschenenInburgeraarSluitGeenGesprekEnHeeftGeenVerslag() {
        clock.zet(LocalDate.of(2026, 11, 20));
        String dossier = metPip();
        Map<String, Object> weg = new HashMap<>(Map.of("datum", "2026-11-20", "aanwezig", false));
        weg.put("leefgebieden", Map.of("ZELFREDZAAMHEID", "Niet gekomen"));
        assertThat(regels(leg(consulent, dossier, weg))).containsExactly("leefgebieden[ZELFREDZAAMHEID] T-10");
        weg.remove("leefgebieden");
        Api.Antwoord nietVerschenen = leg(consulent, dossier, weg);
        assertThat(nietVerschenen.status()).as(nietVerschenen.body()).isEqualTo(201);
        assertThat(nietVerschenen.json().get("aanwezig").asBoolean()).isFalse();
        assertThat(nietVerschenen.json().hasNonNull("volgnummer")).isFalse();
        assertThat(overzicht(consulent, dossier).get("gehouden").asInt())
                .as("a no-show closes no planned conversation")
                .isZero();
        assertThat(audit(dossier, consulent, "GEWIJZIGD", "voortgangsgesprek.nietVerschenen"))
                .isEqualTo(1);
        assertThat(TestDossiers.termijn(api(consulent), dossier, "VOORTGANGSGESPREK")
                        .get("toelichting")
                        .asString())
                .contains("Voortgangsgesprek 1 van 8");
    }

    @Test
    void elkVerkeerdVeldWordtGenoemdMetZijnRegelEnErWordtNietsBewaard() {
        clock.zet(LocalDate.of(2026, 12, 5));
        String zonderPip =
                TestDossiers.registreer(api(consulent), TestDossiers.huisvest(TestData.inburgeraar(TestData.bsn())));
        assertThat(regels(leg(consulent, zonderPip, gesprek("2026-12-01"))))
                .as("a conversation for a person without a PIP")
                .containsExactly("pip T-10");

        String dossier = metPip();
        assertThat(regels(leg(consulent, dossier, gesprek("2026-12-06"))))
                .as("tomorrow")
                .containsExactly("datum T-10");
        assertThat(regels(leg(consulent, dossier, gesprek("2026-10-19"))))
                .as("the day before the dagtekening")
                .containsExactly("datum T-10");
        assertThat(regels(leg(consulent, dossier, Map.of("aanwezig", true, "vorm", "VIDEO"))))
                .containsExactly("datum T-10");

        Map<String, Object> fout = new LinkedHashMap<>();
        fout.put("datum", "2026-10-20");
        fout.put("aanwezig", true);
        fout.put("tolkTaal", "xx");
        fout.put("samenvatting", "x".repeat(2001));
        fout.put("pipAanpassen", true);
        fout.put("pipAanpassenReden", "  ");
        fout.put(
                "acties",
                List.of(
                        Map.of("omschrijving", "Bellen", "eigenaar", consulent, "uiterlijk", "2026-10-19"),
                        Map.of("omschrijving", "", "eigenaar", "", "uiterlijk", "2026-12-10"),
                        Map.of("omschrijving", "Mailen", "eigenaar", "consulent.velsen", "uiterlijk", "2026-12-10"),
                        Map.of("omschrijving", "Later", "eigenaar", consulent, "uiterlijk", "2029-10-21")));
        assertThat(regels(leg(consulent, dossier, fout)))
                .containsExactlyInAnyOrder(
                        "vorm T-10",
                        "tolkTaal I-1",
                        "samenvatting ",
                        "pipAanpassenReden P-3",
                        "acties[0].uiterlijk T-10",
                        "acties[1].omschrijving T-10",
                        "acties[1].eigenaar T-10",
                        "acties[2].eigenaar T-10",
                        "acties[3].uiterlijk T-3");
        Map<String, Object> geboekt = gesprek("2026-12-01");
        geboekt.put("tolkGeboekt", true);
        assertThat(regels(leg(consulent, dossier, geboekt))).containsExactly("tolkTaal I-1");
        assertThat(regels(leg(consulent, dossier, Map.of("datum", "2026-12-01"))))
                .containsExactly("aanwezig T-10");
        Api.Antwoord onbekendeVorm =
                leg(consulent, dossier, Map.of("datum", "2026-12-01", "aanwezig", true, "vorm", "BRIEF"));
        assertThat(onbekendeVorm.status()).as(onbekendeVorm.body()).isEqualTo(400);
        assertThat(gesprekken(dossier)).as("nothing half-saved").isZero();

        // The day of the dagtekening itself is allowed.
        assertThat(leg(consulent, dossier, gesprek("2026-10-20")).status()).isEqualTo(201);
    }

    @Test
    void gezondheidLeestEnSchrijftAlleenDeEigenConsulent() {
        clock.zet(LocalDate.of(2026, 12, 5));
        String dossier = metPip();
        Map<String, Object> doorTeamleider = gesprek("2026-12-01");
        doorTeamleider.put(
                "leefgebieden", Map.of("FYSIEKE_GEZONDHEID", "Knie geopereerd", "ZELFREDZAAMHEID", "Fietst zelf"));
        doorTeamleider.put("omstandigheid", "ZIEKTE");
        assertThat(regels(leg("teamleider", dossier, doorTeamleider)))
                .containsExactlyInAnyOrder("leefgebieden[FYSIEKE_GEZONDHEID] I-5", "omstandigheid I-5");
        assertThat(gesprekken(dossier)).isZero();

        Api.Antwoord doorConsulent = leg(consulent, dossier, doorTeamleider);
        assertThat(doorConsulent.status()).as(doorConsulent.body()).isEqualTo(201);
        assertThat(doorConsulent
                        .json()
                        .get("leefgebieden")
                        .get("FYSIEKE_GEZONDHEID")
                        .asString())
                .isEqualTo("Knie geopereerd");

        JsonNode teamleider = overzicht("teamleider", dossier).get("gesprekken").get(0);
        assertThat(teamleider.get("leefgebieden").has("FYSIEKE_GEZONDHEID")).isFalse();
        assertThat(teamleider.hasNonNull("omstandigheid")).isFalse();
        assertThat(teamleider.get("afgeschermd").asBoolean()).isTrue();
        assertThat(overzicht("teamleider", dossier).toString()).doesNotContain("Knie");
        assertThat(audit(dossier, "teamleider", "BIJZONDERE_GEGEVENS_BEKEKEN", "voortgangsgesprekken (I-5)"))
                .isZero();

        JsonNode eigen = overzicht(consulent, dossier).get("gesprekken").get(0);
        assertThat(eigen.get("omstandigheid").asString()).isEqualTo("ZIEKTE");
        assertThat(eigen.get("afgeschermd").asBoolean()).isFalse();
        assertThat(audit(dossier, consulent, "BIJZONDERE_GEGEVENS_BEKEKEN", "voortgangsgesprekken (I-5)"))
                .isEqualTo(1);
        assertThat(jdbc.sql("select leefgebieden::text from voortgangsgesprek where inburgeraar_id = ?::uuid")
                        .param(dossier)
                        .query(String.class)
                        .single())
                .as("health notes are kept apart from the others")
                .doesNotContain("Knie");

        // T-5: the illness is a ground for extension on the route status, for the dossier's consultant only.
        JsonNode gronden = api(consulent)
                .get("/api/v1/inburgeraars/" + dossier + "/routestatus")
                .json()
                .get("verlengingsgronden");
        assertThat(gronden.get(0).get("code").asString()).isEqualTo("ZIEKTE");
        assertThat(gronden.get(0).get("toelichting").asString()).contains("01-12-2026");
        assertThat(api("teamleider")
                        .get("/api/v1/inburgeraars/" + dossier + "/routestatus")
                        .json()
                        .get("verlengingsgronden")
                        .isEmpty())
                .isTrue();

        // The inzage export holds everything; retention erases the special-category parts only, once.
        Persoonsgegevens.Persoon persoon = new Persoonsgegevens.Persoon(UUID.fromString(dossier), "0392", null);
        assertThat(gegevens.van(persoon).get("voortgangsgesprek").toString()).contains("Knie", "ZIEKTE", "Fietst zelf");
        assertThat(gegevens.wisBijzondereGegevens(UUID.fromString(dossier))).isTrue();
        assertThat(gegevens.wisBijzondereGegevens(UUID.fromString(dossier))).isFalse();
        JsonNode gewist = overzicht(consulent, dossier).get("gesprekken").get(0);
        assertThat(gewist.get("leefgebieden").has("FYSIEKE_GEZONDHEID")).isFalse();
        assertThat(gewist.hasNonNull("omstandigheid")).isFalse();
        assertThat(gewist.get("leefgebieden").get("ZELFREDZAAMHEID").asString()).isEqualTo("Fietst zelf");
    }

    @Test
    void eenAndereGemeenteKrijgt404EnRollenZonderDossierrecht403() {
        String dossier = metPip();
        assertThat(api("consulent.velsen")
                        .get("/api/v1/inburgeraars/" + dossier + "/voortgangsgesprekken")
                        .status())
                .isEqualTo(404);
        assertThat(leg("consulent.velsen", dossier, gesprek("2026-11-20")).status())
                .isEqualTo(404);
        assertThat(api("budgetcoach")
                        .get("/api/v1/inburgeraars/" + dossier + "/voortgangsgesprekken")
                        .status())
                .isEqualTo(403);
        assertThat(leg("aanbieder", dossier, gesprek("2026-11-20")).status()).isEqualTo(403);
        assertThat(api("beleid").get("/api/v1/voortgangsacties").status()).isEqualTo(403);
        assertThat(audit(dossier, "consulent.velsen", "DOSSIER_BEKEKEN", "voortgangsgesprekken"))
                .isZero();
    }
}
