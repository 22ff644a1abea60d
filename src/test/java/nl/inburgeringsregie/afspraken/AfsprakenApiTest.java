package nl.inburgeringsregie.afspraken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17, interpreters part (ADR 0038) over real HTTP, as an adversary: the consultant plans an appointment whose
 * interpreter and language come from the dossier (I-1), on the day summer time starts (the time stays 10:00 in
 * Amsterdam, the offset changes), sees it on "Tolk nog te boeken" soonest first, books it once (a second click changes
 * nothing, another bureau after it is refused) and it leaves the list; bad input names field and rule and stores
 * nothing; another gemeente answers 404, the budgetcoach and the provider 403; the begeleider plans only begeleiding
 * appointments, only for persons of their organisation, and sees only those; another organisation's begeleider 404.
 */
class AfsprakenApiTest extends IntegrationTest {

    /** A Monday, six days before summer time starts (Sunday 2027-03-28, 02:00 becomes 03:00). */
    private static final LocalDate MAANDAG = LocalDate.of(2027, 3, 22);

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void herstel() {
        clock.reset();
    }

    private String dossier(String gemeente, Map<String, Object> extra) {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn(), gemeente);
        body.putAll(extra);
        Api.Antwoord a =
                api(gemeente.equals("0392") ? "consulent" : "consulent.velsen").post("/api/v1/inburgeraars", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    private static Map<String, Object> afspraak(String soort, String datum, String tijd) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("soort", soort);
        a.put("datum", datum);
        a.put("tijd", tijd);
        a.put("plaats", "Stadhuis Haarlem");
        return a;
    }

    private Api.Antwoord plan(String gebruiker, String id, Map<String, Object> body) {
        return api(gebruiker).post("/api/v1/inburgeraars/" + id + "/afspraken", body);
    }

    private Api.Antwoord boek(String gebruiker, String id, String afspraak, String bij) {
        return api(gebruiker)
                .post(
                        "/api/v1/inburgeraars/" + id + "/afspraken/" + afspraak + "/tolk-geboekt",
                        Map.of("tolkBij", bij));
    }

    private List<String> teBoeken(String gebruiker) {
        Api.Antwoord a = api(gebruiker).get("/api/v1/afspraken/tolk-te-boeken?paginagrootte=200");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        a.json().get("afspraken").forEach(x -> ids.add(x.get("id").asString()));
        return ids;
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

    private int audit(String id, String gebruiker, String detail) {
        return jdbc.sql("select count(*) from audit_log where inburgeraar_id = ?::uuid and username = ? and detail = ?")
                .params(id, gebruiker, detail)
                .query(Integer.class)
                .single();
    }

    @Test
    void deConsulentPlantMetDeTolkUitHetDossierEnBoektHemEenmaal() {
        clock.zet(MAANDAG);
        String id = dossier("0392", Map.of("tolkNodig", true, "tolkTaal", "ti"));

        Api.Antwoord zondag = plan("consulent", id, afspraak("VOORTGANGSGESPREK", "2027-03-28", "10:00"));
        assertThat(zondag.status()).as(zondag.body()).isEqualTo(201);
        assertThat(zondag.json().get("tolkNodig").asBoolean())
                .as("I-1: the dossier records an interpreter")
                .isTrue();
        assertThat(zondag.json().get("tolkTaal").asString()).isEqualTo("ti");
        assertThat(zondag.json().get("tolkTaalNaam").asString()).isEqualTo("Tigrinya");
        assertThat(zondag.json().get("aanvang").asString())
                .as("10:00 in Amsterdam on the day summer time starts is UTC+2")
                .isEqualTo("2027-03-28T10:00:00+02:00");
        Api.Antwoord zaterdag = plan("consulent", id, afspraak("INTAKEGESPREK", "2027-03-27", "10:00"));
        assertThat(zaterdag.json().get("aanvang").asString())
                .as("the day before, still winter time")
                .isEqualTo("2027-03-27T10:00:00+01:00");
        String zondagId = zondag.json().get("id").asString();
        String zaterdagId = zaterdag.json().get("id").asString();
        assertThat(jdbc.sql("select aanvang from afspraak where id = ?::uuid")
                        .param(zondagId)
                        .query(Instant.class)
                        .single())
                .isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));

        List<String> lijst = teBoeken("consulent");
        assertThat(lijst).containsSubsequence(zaterdagId, zondagId);
        assertThat(audit(id, "consulent", "tolk-te-boeken"))
                .as("the list shows the person: audited")
                .isPositive();

        Api.Antwoord geboekt = boek("consulent", id, zondagId, "Tolkenbureau Noord");
        assertThat(geboekt.status()).as(geboekt.body()).isEqualTo(200);
        assertThat(geboekt.json().get("tolkGeboekt").asBoolean()).isTrue();
        assertThat(geboekt.json().get("tolkBij").asString()).isEqualTo("Tolkenbureau Noord");
        assertThat(geboekt.json().get("tolkGeboektDoor").asString())
                .as("recorded from the signed-in user, not typed")
                .isEqualTo("consulent");
        Api.Antwoord nogmaals = boek("consulent", id, zondagId, "Tolkenbureau Noord");
        assertThat(nogmaals.status()).as("a second click").isEqualTo(200);
        assertThat(audit(id, "consulent", "afspraak.tolkGeboekt"))
                .as("the second click changes nothing")
                .isEqualTo(1);
        Api.Antwoord ander = boek("teamleider", id, zondagId, "Tolkenbureau Zuid");
        assertThat(ander.status()).as("no second interpreter booked unseen").isEqualTo(409);
        assertThat(ander.json().get("invalidParams").get(0).get("regel").asString())
                .isEqualTo("I-1");
        assertThat(teBoeken("consulent")).contains(zaterdagId).doesNotContain(zondagId);

        Api.Antwoord dossierlijst = api("consulent").get("/api/v1/inburgeraars/" + id + "/afspraken");
        assertThat(dossierlijst.status()).isEqualTo(200);
        assertThat(dossierlijst.json().get("afspraken").get(0).get("id").asString())
                .as("in time order")
                .isEqualTo(zaterdagId);
        assertThat(audit(id, "consulent", "afspraken")).isEqualTo(1);
        assertThat(jdbc.sql("select purpose from audit_log where inburgeraar_id = ?::uuid and detail = 'afspraken'")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("uitvoering Wet inburgering");

        Api.Antwoord geannuleerd = api("consulent")
                .post("/api/v1/inburgeraars/" + id + "/afspraken/" + zaterdagId + "/geannuleerd", Map.of());
        assertThat(geannuleerd.status()).as(geannuleerd.body()).isEqualTo(200);
        assertThat(geannuleerd.json().get("status").asString()).isEqualTo("GEANNULEERD");
        assertThat(api("consulent")
                        .post("/api/v1/inburgeraars/" + id + "/afspraken/" + zaterdagId + "/geannuleerd", Map.of())
                        .status())
                .as("cancelling twice")
                .isEqualTo(200);
        assertThat(teBoeken("consulent")).doesNotContain(zaterdagId);
        assertThat(api("consulent")
                        .post("/api/v1/inburgeraars/" + id + "/afspraken/" + zaterdagId + "/gehouden", Map.of())
                        .status())
                .as("a cancelled appointment is not held")
                .isEqualTo(409);
        assertThat(regels(api("consulent")
                        .post("/api/v1/inburgeraars/" + id + "/afspraken/" + zondagId + "/gehouden", Map.of())))
                .as("not held before it starts")
                .containsExactly("status T-10");
        clock.zet(LocalDate.of(2027, 3, 29));
        assertThat(api("consulent")
                        .post("/api/v1/inburgeraars/" + id + "/afspraken/" + zondagId + "/gehouden", Map.of())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("GEHOUDEN");
    }

    @Test
    void slechteInvoerNoemtVeldEnRegelEnBewaartNiets() {
        clock.zet(MAANDAG);
        String id = dossier("0392", Map.of("tolkNodig", false));

        Map<String, Object> zonderTaal = afspraak("INTAKEGESPREK", "2027-03-24", "10:00");
        zonderTaal.put("tolkNodig", true);
        assertThat(regels(plan("consulent", id, zonderTaal)))
                .as("an interpreter needed, no language (the dossier records none)")
                .containsExactly("tolkTaal I-1");
        Map<String, Object> onbekend = afspraak("INTAKEGESPREK", "2027-03-24", "10:00");
        onbekend.put("tolkNodig", true);
        onbekend.put("tolkTaal", "xx9");
        assertThat(regels(plan("consulent", id, onbekend))).containsExactly("tolkTaal I-1");
        assertThat(regels(plan("consulent", id, afspraak("VOORTGANGSGESPREK", "2027-03-22", "11:59"))))
                .as("planning in the past (the clock says 12:00)")
                .containsExactly("datum T-10");
        assertThat(regels(plan("consulent", id, afspraak("NAZORG", "2027-03-28", "02:30"))))
                .as("02:30 does not exist on the day summer time starts")
                .containsExactly("tijd T-11");
        assertThat(regels(plan("consulent", id, afspraak("INTAKEGESPREK", "2207-03-24", "10:00"))))
                .as("a typing error in the year")
                .containsExactly("datum I-1");
        Map<String, Object> leeg = new LinkedHashMap<>();
        leeg.put("tolkNodig", true);
        assertThat(regels(plan("consulent", id, leeg)))
                .as("every broken rule at once")
                .contains("datum ", "tijd ", "tolkTaal I-1")
                .anyMatch(r -> r.startsWith("soort"));
        assertThat(plan("consulent", id, Map.of("soort", "KOFFIE", "datum", "2027-03-24", "tijd", "10:00"))
                        .status())
                .isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from afspraak where inburgeraar_id = ?::uuid")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .as("nothing half-saved")
                .isZero();

        Api.Antwoord zonderTolk = plan("consulent", id, afspraak("INTAKEGESPREK", "2027-03-24", "10:00"));
        assertThat(zonderTolk.status()).as(zonderTolk.body()).isEqualTo(201);
        assertThat(zonderTolk.json().get("tolkNodig").asBoolean())
                .as("the dossier records no interpreter")
                .isFalse();
        assertThat(regels(boek("consulent", id, zonderTolk.json().get("id").asString(), "Tolkenbureau Noord")))
                .as("booking an appointment that needs none")
                .containsExactly("tolkNodig I-1");
        assertThat(api("consulent")
                        .post(
                                "/api/v1/inburgeraars/" + id + "/afspraken/" + UUID.randomUUID() + "/tolk-geboekt",
                                Map.of("tolkBij", "X"))
                        .status())
                .isEqualTo(404);
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + id + "/afspraken?volgende=gisteren")
                        .status())
                .as("a malformed cursor")
                .isEqualTo(400);
    }

    @Test
    void eenAndereGemeenteKrijgt404EnBudgetcoachEnAanbiederNiets() {
        clock.zet(MAANDAG);
        String id = dossier("0392", Map.of());
        String afspraak = plan("consulent", id, afspraak("INTAKEGESPREK", "2027-03-23", "09:00"))
                .json()
                .get("id")
                .asString();

        Api velsen = api("consulent.velsen");
        assertThat(velsen.get("/api/v1/inburgeraars/" + id + "/afspraken").status())
                .isEqualTo(404);
        assertThat(plan("consulent.velsen", id, afspraak("INTAKEGESPREK", "2027-03-23", "10:00"))
                        .status())
                .isEqualTo(404);
        assertThat(boek("consulent.velsen", id, afspraak, "Tolkenbureau Velsen").status())
                .isEqualTo(404);
        assertThat(teBoeken("consulent.velsen")).doesNotContain(afspraak);
        assertThat(teBoeken("teamleider")).as("the team lead works for Haarlem").contains(afspraak);
        for (String gebruiker : List.of("budgetcoach", "aanbieder")) {
            assertThat(api(gebruiker)
                            .get("/api/v1/inburgeraars/" + id + "/afspraken")
                            .status())
                    .as(gebruiker)
                    .isEqualTo(403);
            assertThat(api(gebruiker).get("/api/v1/afspraken/tolk-te-boeken").status())
                    .as(gebruiker)
                    .isEqualTo(403);
            assertThat(plan(gebruiker, id, afspraak("INTAKEGESPREK", "2027-03-23", "10:00"))
                            .status())
                    .as(gebruiker)
                    .isEqualTo(403);
        }
        assertThat(jdbc.sql("select tolk_geboekt from afspraak where id = ?::uuid")
                        .param(afspraak)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void deBegeleiderPlantEnZietAlleenBegeleidingVanDeEigenOrganisatie() {
        clock.zet(MAANDAG);
        String id = dossier("0392", Map.of("datumHuisvesting", "2027-01-11"));
        String partner = jdbc.sql("select id from partnerorganisatie where naam = 'Stichting Welkom Kennemerland'")
                .query(UUID.class)
                .single()
                .toString();
        assertThat(api("consulent")
                        .put("/api/v1/inburgeraars/" + id + "/begeleiding", Map.of("partnerId", partner))
                        .status())
                .isEqualTo(200);
        String intake = plan("consulent", id, afspraak("INTAKEGESPREK", "2027-03-23", "09:00"))
                .json()
                .get("id")
                .asString();

        assertThat(regels(plan("begeleider", id, afspraak("INTAKEGESPREK", "2027-03-24", "14:00"))))
                .as("the wrong kind for the role")
                .containsExactly("soort T-9");
        Api.Antwoord begeleiding = plan("begeleider", id, afspraak("BEGELEIDING", "2027-03-24", "14:00"));
        assertThat(begeleiding.status()).as(begeleiding.body()).isEqualTo(201);
        assertThat(begeleiding.json().get("tolkTaal").asString()).isEqualTo("ar");
        String eigen = begeleiding.json().get("id").asString();

        JsonNode gezien = api("begeleider")
                .get("/api/v1/inburgeraars/" + id + "/afspraken")
                .json()
                .get("afspraken");
        assertThat(gezien).hasSize(1);
        assertThat(gezien.get(0).get("id").asString())
                .as("not the consultant's intake")
                .isEqualTo(eigen);
        assertThat(teBoeken("begeleider")).contains(eigen).doesNotContain(intake);
        assertThat(teBoeken("consulent")).as("the gemeente sees both").contains(eigen, intake);
        assertThat(boek("begeleider", id, intake, "Tolkenbureau").status())
                .as("the consultant's intake is not the begeleider's")
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_log where inburgeraar_id = ?::uuid and username = 'begeleider'"
                                + " and detail = 'afspraken' and purpose = 'maatschappelijke begeleiding'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // A begeleider of another organisation.
        String ander = api("beheerder")
                .post("/api/v1/partnerorganisaties", Map.of("naam", "Tolkpartner " + UUID.randomUUID()))
                .json()
                .get("id")
                .asString();
        String hash = jdbc.sql("select password_hash from app_user where username = 'begeleider'")
                .query(String.class)
                .single();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                values ('begeleider.tolk', 'Begeleider Tolk', ?, '{BEGELEIDER}', '{}') on conflict do nothing""").param(hash).update();
        assertThat(api("beheerder")
                        .put("/api/v1/partnerorganisaties/" + ander + "/gebruikers/begeleider.tolk", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(api("begeleider.tolk")
                        .get("/api/v1/inburgeraars/" + id + "/afspraken")
                        .status())
                .isEqualTo(404);
        assertThat(plan("begeleider.tolk", id, afspraak("BEGELEIDING", "2027-03-24", "15:00"))
                        .status())
                .isEqualTo(404);
        assertThat(boek("begeleider.tolk", id, eigen, "Tolkenbureau").status()).isEqualTo(404);
        assertThat(teBoeken("begeleider.tolk")).doesNotContain(eigen, intake);

        assertThat(boek("begeleider", id, eigen, "Tolkenbureau Kennemerland")
                        .json()
                        .get("tolkGeboektDoor")
                        .asString())
                .isEqualTo("begeleider");
        assertThat(teBoeken("begeleider")).doesNotContain(eigen);
    }

    @Test
    void deLijstBladertOpVolgordeVanAanvang() {
        clock.zet(MAANDAG);
        String id = dossier("0392", Map.of());
        List<String> ids = new ArrayList<>();
        for (String tijd : List.of("11:00", "09:00", "10:00")) {
            ids.add(plan("consulent", id, afspraak("VOORTGANGSGESPREK", "2027-03-25", tijd))
                    .json()
                    .get("id")
                    .asString());
        }
        Api.Antwoord eerste = api("consulent").get("/api/v1/inburgeraars/" + id + "/afspraken?paginagrootte=2");
        assertThat(eerste.json().get("afspraken")).hasSize(2);
        assertThat(eerste.json().get("afspraken").get(0).get("id").asString()).isEqualTo(ids.get(1));
        String volgende = eerste.json().get("volgende").asString();
        Api.Antwoord tweede =
                api("consulent").get("/api/v1/inburgeraars/" + id + "/afspraken?paginagrootte=2&volgende=" + volgende);
        assertThat(tweede.json().get("afspraken")).hasSize(1);
        assertThat(tweede.json().get("afspraken").get(0).get("id").asString()).isEqualTo(ids.get(0));
        assertThat(tweede.json().path("volgende").isMissingNode()
                        || tweede.json().path("volgende").isNull())
                .as("the last page")
                .isTrue();
    }
}
