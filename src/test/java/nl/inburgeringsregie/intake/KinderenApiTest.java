package nl.inburgeringsregie.intake;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17, children part (rule I-2, ADR 0039) over real HTTP, as an adversary: the age limits on the day before the 4th
 * birthday and on it, a child born on 29 February reaching VVE age in a non-leap year, referrals refused for a child
 * not of the age, unknown values and dates in the future (400 naming field and rule, nothing stored), a second click
 * changing nothing, the signal on the worklist until decided, and another gemeente (404) and the roles without the
 * dossier's rights (403).
 */
class KinderenApiTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void herstel() {
        clock.reset();
    }

    /** A Haarlem dossier with Sami (4 on 2026-05-10), Lina (born on the leap day 2024-02-29) and Omar (too old). */
    private String gezin() {
        clock.zet(LocalDate.of(2026, 5, 9));
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn(), "0392");
        body.put(
                "kinderen",
                List.of(
                        Map.of("voornaam", "Sami", "geboortedatum", "2022-05-10"),
                        Map.of("voornaam", "Lina", "geboortedatum", "2024-02-29"),
                        Map.of("voornaam", "Omar", "geboortedatum", "2019-01-01")));
        Api.Antwoord a = api("consulent").post("/api/v1/inburgeraars", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    private static Map<String, Object> verwijzing(
            String voornaam, String geboortedatum, String soort, String status, String datum) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("voornaam", voornaam);
        v.put("geboortedatum", geboortedatum);
        v.put("soort", soort);
        v.put("status", status);
        v.put("datum", datum);
        return v;
    }

    private Api.Antwoord verwijs(String id, Map<String, Object> v) {
        return api("consulent").put("/api/v1/inburgeraars/" + id + "/kinderen/verwijzingen", v);
    }

    private static List<String> regels(Api.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        List<String> regels = new ArrayList<>();
        a.json()
                .get("invalidParams")
                .forEach(p -> regels.add(
                        p.get("name").asString() + " " + p.path("regel").asString()));
        return regels;
    }

    private JsonNode kind(JsonNode weergave, String voornaam) {
        for (JsonNode k : weergave.get("kinderen")) {
            if (k.get("voornaam").asString().equals(voornaam)) {
                return k;
            }
        }
        return null;
    }

    private JsonNode lees(String id) {
        Api.Antwoord a = api("consulent").get("/api/v1/inburgeraars/" + id + "/kinderen");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private JsonNode termijn(String id) {
        return TestDossiers.termijn(api("consulent"), id, "VVE_KINDEREN");
    }

    private boolean opDeWerkvoorraad(String id) {
        Api.Antwoord a =
                api("consulent").get("/api/v1/werkvoorraad?consulent=consulent&soort=VVE_KINDEREN&grootte=200");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        boolean gevonden = false;
        for (JsonNode r : a.json().get("regels")) {
            gevonden |= r.get("inburgeraarId").asString().equals(id);
        }
        return gevonden;
    }

    private int audit(String id, String detail) {
        return jdbc.sql("select count(*) from audit_log where inburgeraar_id = ?::uuid and detail = ?")
                .params(id, detail)
                .query(Integer.class)
                .single();
    }

    @Test
    void deDagVoorDeVierdeVerjaardagStaatHetKindOpDeLijstOpDeVerjaardagNietMeer() {
        String id = gezin();
        JsonNode w = lees(id);
        assertThat(kind(w, "Sami").get("vveLeeftijd").asBoolean()).isTrue();
        assertThat(kind(w, "Sami").get("totEnMet").asString()).isEqualTo("2026-05-09");
        assertThat(kind(w, "Omar")).as("past the 4th birthday: not on the list").isNull();
        Map<String, Object> alleenSami = TestData.inburgeraar(TestData.bsn(), "0392");
        alleenSami.put("kinderen", List.of(Map.of("voornaam", "Sami", "geboortedatum", "2022-05-10")));
        String zonderBesluit = api("consulent")
                .post("/api/v1/inburgeraars", alleenSami)
                .json()
                .get("id")
                .asString();
        assertThat(opDeWerkvoorraad(zonderBesluit))
                .as("the day before the 4th birthday")
                .isTrue();
        Api.Antwoord aangemeld = verwijs(id, verwijzing("Sami", "2022-05-10", "VOORSCHOOL", "AANGEMELD", "2026-05-09"));
        assertThat(aangemeld.status()).as(aangemeld.body()).isEqualTo(200);

        clock.zet(LocalDate.of(2026, 5, 10));
        assertThat(kind(lees(id), "Sami"))
                .as("the 4th birthday: off the list (I-2)")
                .isNull();
        assertThat(regels(verwijs(id, verwijzing("Sami", "2022-05-10", "VOORSCHOOL", "GEPLAATST", "2026-05-10"))))
                .containsExactly("soort I-2");
        assertThat(regels(verwijs(id, verwijzing("Omar", "2019-01-01", "KINDEROPVANG", "AANGEMELD", "2026-05-10"))))
                .as("a child too old for any provision")
                .containsExactly("soort I-2");
    }

    @Test
    void eenKindGeborenOp29FebruariIsInEenGewoonJaarOp28FebruariTweeJaar() {
        String id = gezin();
        clock.zet(LocalDate.of(2026, 2, 27));
        JsonNode lina = kind(lees(id), "Lina");
        assertThat(lina.get("vveLeeftijd").asBoolean()).as("not yet two").isFalse();
        assertThat(lina.get("inAanmerkingVoor").toString()).isEqualTo("[\"KINDEROPVANG\"]");
        assertThat(regels(verwijs(id, verwijzing("Lina", "2024-02-29", "VOORSCHOOL", "AANGEMELD", "2026-02-27"))))
                .containsExactly("soort I-2");
        assertThat(verwijs(id, verwijzing("Lina", "2024-02-29", "KINDEROPVANG", "AANGEMELD", "2026-02-27"))
                        .status())
                .isEqualTo(200);

        clock.zet(LocalDate.of(2026, 2, 28));
        assertThat(kind(lees(id), "Lina").get("vveLeeftijd").asBoolean())
                .as("2026 has no 29 February: two on the 28th")
                .isTrue();
        clock.zet(LocalDate.of(2026, 3, 1));
        assertThat(kind(lees(id), "Lina").get("vveLeeftijd").asBoolean()).isTrue();
        Api.Antwoord voorschool =
                verwijs(id, verwijzing("Lina", "2024-02-29", "VOORSCHOOL", "AANGEMELD", "2026-03-01"));
        assertThat(voorschool.status()).as(voorschool.body()).isEqualTo(200);
        assertThat(kind(voorschool.json(), "Lina").get("verwijzingen")).hasSize(2);
    }

    @Test
    void slechteInvoerNoemtVeldEnRegelEnSlaatNietsOp() {
        String id = gezin();
        Map<String, Object> v = verwijzing("Sami", "2022-05-10", "VOORSCHOOL", "ONBEKEND", "2026-05-10");
        assertThat(regels(verwijs(id, v))).containsExactlyInAnyOrder("status I-2", "datum I-2");
        assertThat(regels(verwijs(id, verwijzing("Noor", "2023-01-01", "VOORSCHOOL", "AANGEMELD", "2026-05-01"))))
                .as("not a child of the household")
                .containsExactly("voornaam I-2");
        assertThat(regels(verwijs(id, verwijzing("Sami", "2022-05-10", "KINDERZORG", "AANGEMELD", "2026-05-01"))))
                .containsExactly("soort I-2");
        assertThat(regels(verwijs(id, verwijzing("Sami", "2022-05-10", "VOORSCHOOL", "AANGEMELD", "2020-01-01"))))
                .as("before the birth")
                .containsExactly("datum I-2");
        assertThat(regels(api("consulent")
                        .post("/api/v1/inburgeraars/" + id + "/kinderen/handelingen", Map.of("handeling", "IETS"))))
                .containsExactly("handeling I-2");
        assertThat(jdbc.sql("select count(*) from vve_verwijzing where inburgeraar_id = ?::uuid")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .as("nothing half-saved")
                .isZero();

        Map<String, Object> toekomst = TestData.inburgeraar(TestData.bsn(), "0392");
        toekomst.put("kinderen", List.of(Map.of("voornaam", "Sara", "geboortedatum", "2026-06-01")));
        assertThat(regels(api("consulent").post("/api/v1/inburgeraars", toekomst)))
                .as("a birth date in the future")
                .anyMatch(r -> r.startsWith("kinderen[0].geboortedatum"));
    }

    @Test
    void eenTweedeKlikVerandertNietsEnHetSignaalSluitNaBesluitEnBeideHandelingen() {
        String id = gezin();
        JsonNode open = termijn(id);
        assertThat(open).as("a child of VVE age without a decision: the signal").isNotNull();
        assertThat(open.get("status").asString()).isEqualTo("BINNENKORT");
        assertThat(open.get("regel").asString()).isEqualTo("I-2");
        assertThat(opDeWerkvoorraad(id)).as("on the consultant's worklist").isTrue();

        Map<String, Object> v = verwijzing("Sami", "2022-05-10", "VOORSCHOOL", "AANGEMELD", "2026-05-08");
        v.put("toelichting", "VVE-indicatie van het consultatiebureau");
        assertThat(verwijs(id, v).status()).isEqualTo(200);
        assertThat(verwijs(id, v).status()).as("second click").isEqualTo(200);
        assertThat(audit(id, "VVE-verwijzing")).as("one change, one audit row").isEqualTo(1);
        assertThat(verwijs(id, verwijzing("Lina", "2024-02-29", "VOORSCHOOL", "TE_BESPREKEN", "2026-05-08"))
                        .status())
                .isEqualTo(200);
        assertThat(termijn(id).get("status").asString())
                .as("te bespreken is no decision; I-2 not recorded")
                .isEqualTo("BINNENKORT");
        assertThat(verwijs(id, verwijzing("Lina", "2024-02-29", "VOORSCHOOL", "NIET_GEWENST", "2026-05-09"))
                        .status())
                .isEqualTo(200);
        assertThat(termijn(id).get("status").asString()).as("acts not recorded").isEqualTo("BINNENKORT");

        for (String h : List.of("OUDERS_GEINFORMEERD", "ZONDER_PARTNER", "ZONDER_PARTNER")) {
            Api.Antwoord a = api("consulent")
                    .post("/api/v1/inburgeraars/" + id + "/kinderen/handelingen", Map.of("handeling", h));
            assertThat(a.status()).as(a.body()).isEqualTo(200);
        }
        assertThat(audit(id, "I-2 vastgelegd"))
                .as("the second click records nothing")
                .isEqualTo(2);
        JsonNode w = lees(id);
        assertThat(w.get("aandacht").asBoolean()).isFalse();
        assertThat(w.get("handelingen").get(0).get("vastgelegdDoor").asString()).isEqualTo("consulent");
        assertThat(w.get("handelingen").get(0).get("gedaanOp").asString()).isEqualTo("2026-05-09");
        assertThat(termijn(id).get("status").asString()).isEqualTo("VOLDAAN");
        assertThat(opDeWerkvoorraad(id)).as("off the worklist once done").isFalse();
        assertThat(audit(id, "kinderen en VVE")).as("every read audited").isPositive();
    }

    @Test
    void eenAndereGemeenteKrijgt404EnRollenZonderDossierrechten403() {
        String id = gezin();
        Map<String, Object> v = verwijzing("Sami", "2022-05-10", "VOORSCHOOL", "AANGEMELD", "2026-05-08");
        assertThat(api("consulent.velsen")
                        .get("/api/v1/inburgeraars/" + id + "/kinderen")
                        .status())
                .isEqualTo(404);
        assertThat(api("consulent.velsen")
                        .put("/api/v1/inburgeraars/" + id + "/kinderen/verwijzingen", v)
                        .status())
                .isEqualTo(404);
        for (String gebruiker : List.of("budgetcoach", "begeleider", "aanbieder")) {
            assertThat(api(gebruiker)
                            .get("/api/v1/inburgeraars/" + id + "/kinderen")
                            .status())
                    .as(gebruiker)
                    .isEqualTo(403);
            assertThat(api(gebruiker)
                            .put("/api/v1/inburgeraars/" + id + "/kinderen/verwijzingen", v)
                            .status())
                    .as(gebruiker)
                    .isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from vve_verwijzing where inburgeraar_id = ?::uuid")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Autowired
    private DemoVve demo;

    @Test
    void deDemoHeeftEenGezinMetEenKindVanVveLeeftijdEnEenTeOudMetHetSignaal() {
        clock.zet(LocalDate.of(2026, 5, 9));
        gezin();
        Map<String, Object> tweede = TestData.inburgeraar(TestData.bsn(), "0392");
        tweede.put("kinderen", List.of(Map.of("voornaam", "Nour", "geboortedatum", "2023-09-01")));
        assertThat(api("consulent").post("/api/v1/inburgeraars", tweede).status())
                .isEqualTo(201);

        DemoVve.Gemaakt gemaakt = demo.maak();
        assertThat(gemaakt.metSignaal()).hasSize(1);
        String gezin = gemaakt.metSignaal().get(0).toString();
        JsonNode w = lees(gezin);
        assertThat(w.get("aandacht").asBoolean()).isTrue();
        assertThat(termijn(gezin).get("status").asString()).isEqualTo("BINNENKORT");
        assertThat(gemaakt.aangemeld()).hasSize(1);
        String aangemeld = gemaakt.aangemeld().get(0).toString();
        JsonNode a = lees(aangemeld);
        assertThat(a.get("handelingen")).hasSize(2);
        a.get("handelingen")
                .forEach(h -> assertThat(h.get("vastgelegdDoor").asString()).isEqualTo("consulent"));
    }

    @Test
    void eenVastgelegdeHandelingTeltBijHetAfrondenVanDeIntake() {
        String id = gezin();
        String pad = "/api/v1/inburgeraars/" + id + "/intake";
        Map<String, Object> afronden = Map.of("afronden", true);
        assertThat(api("consulent").put(pad, afronden).ongeldigeVelden())
                .contains("checklist.vveInformatieGegeven", "checklist.zonderPartnerAangeboden");
        for (String h : List.of("OUDERS_GEINFORMEERD", "ZONDER_PARTNER")) {
            assertThat(api("consulent")
                            .post("/api/v1/inburgeraars/" + id + "/kinderen/handelingen", Map.of("handeling", h))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(api("consulent").put(pad, afronden).ongeldigeVelden())
                .as("I-2 recorded on Kinderen en VVE counts for the intake")
                .doesNotContain("checklist.vveInformatieGegeven", "checklist.zonderPartnerAangeboden")
                .contains("checklist.tolkAangeboden");
    }
}
