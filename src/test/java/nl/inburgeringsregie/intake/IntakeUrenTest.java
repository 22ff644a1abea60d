package nl.inburgeringsregie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Hours followed during the brede intake over real HTTP (issue 15, ADR 0034; R-11, Besluit art. 3.14): recorded per
 * day and kind by the consultant, checked field by field, a second record of the day a correction; the hours ledger
 * counts them as a source of their own. Bad input answers 400 naming the field and R-11 and saves nothing.
 */
class IntakeUrenTest extends IntegrationTest {

    @BeforeEach
    void zetKlok() {
        // A Monday after a leap day: the intake's hours of 29 February count.
        clock.zet(LocalDate.of(2028, 3, 6));
    }

    @AfterEach
    void herstel() {
        clock.reset();
    }

    private String dossierMetIntake() {
        String dossier = TestDossiers.registreer(api("consulent"), TestData.inburgeraar(TestData.bsn()));
        Api.Antwoord intake = api("consulent").put("/api/v1/inburgeraars/" + dossier + "/intake", Map.of());
        assertThat(intake.status()).as(intake.body()).isEqualTo(200);
        return dossier;
    }

    private Api.Antwoord registreer(String gebruiker, String dossier, Object datum, Object soort, Object uren) {
        Map<String, Object> body = new HashMap<>();
        body.put("datum", datum);
        body.put("soort", soort);
        body.put("uren", uren);
        return api(gebruiker).post("/api/v1/inburgeraars/" + dossier + "/intake/uren", body);
    }

    private static List<String> fouten(Api.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        List<String> fouten = new ArrayList<>();
        a.json()
                .get("invalidParams")
                .forEach(p -> fouten.add(
                        p.get("name").asString() + " " + p.path("regel").asString()));
        return fouten;
    }

    private static JsonNode totaal(JsonNode uren, String soort) {
        for (JsonNode t : uren.get("totalen")) {
            if (t.get("soort").asString().equals(soort)) {
                return t;
            }
        }
        throw new AssertionError("no total " + soort);
    }

    @Test
    void urenTijdensDeIntakeTellenInHetUrenboekEnEenTweedeRegistratieCorrigeert() {
        String dossier = dossierMetIntake();
        assertThat(registreer("consulent", dossier, "2028-02-29", "NT2", 3).status())
                .isEqualTo(200);
        assertThat(registreer("consulent", dossier, "2028-03-01", "KNM", 2.5).status())
                .isEqualTo(200);
        assertThat(registreer("consulent", dossier, "2028-03-01", "PARTICIPATIE", 4)
                        .status())
                .isEqualTo(200);
        // The same day and kind again: a correction, not a second row.
        Api.Antwoord correctie = registreer("consulent", dossier, "2028-02-29", "NT2", 2);
        assertThat(correctie.status()).as(correctie.body()).isEqualTo(200);
        assertThat(correctie.json().get("uren").asString()).isEqualTo("2");

        JsonNode lijst = api("consulent")
                .get("/api/v1/inburgeraars/" + dossier + "/intake/uren")
                .json();
        assertThat(lijst.size()).isEqualTo(3);
        JsonNode uren = api("consulent")
                .get("/api/v1/inburgeraars/" + dossier + "/uren")
                .json();
        assertThat(totaal(uren, "NT2").get("uren").asString()).isEqualTo("2");
        assertThat(totaal(uren, "NT2").get("bronnen").get(0).get("bron").asString())
                .isEqualTo("BREDE_INTAKE");
        assertThat(totaal(uren, "NT2").get("bronnen").get(0).get("keurmerk").asBoolean())
                .as("at the gemeente, no keurmerk institution: no afschalen hours (T-7)")
                .isFalse();
        assertThat(totaal(uren, "KNM").get("uren").asString()).isEqualTo("2.5");
        assertThat(totaal(uren, "PARTICIPATIE").get("uren").asString()).isEqualTo("4");
    }

    @Test
    void foutieveInvoerNoemtHetVeldEnDeRegelEnBewaartNiets() {
        String dossier = dossierMetIntake();
        assertThat(fouten(registreer("consulent", dossier, "2028-03-07", "NT2", 2)))
                .as("tomorrow")
                .containsExactly("datum R-11");
        assertThat(fouten(registreer("consulent", dossier, null, null, null)))
                .containsExactlyInAnyOrder("datum R-11", "soort R-11", "uren R-11");
        assertThat(fouten(registreer("consulent", dossier, "2028-03-01", "NT2", -1)))
                .containsExactly("uren R-11");
        assertThat(fouten(registreer("consulent", dossier, "2028-03-01", "NT2", 24.5)))
                .containsExactly("uren R-11");
        assertThat(fouten(registreer("consulent", dossier, "2028-03-01", "NT2", 1.255)))
                .containsExactly("uren R-11");
        assertThat(registreer("consulent", dossier, "2028-03-01", "NT2", 20).status())
                .isEqualTo(200);
        assertThat(fouten(registreer("consulent", dossier, "2028-03-01", "PARTICIPATIE", 5)))
                .as("more than 24 hours on one day over all kinds")
                .containsExactly("uren R-11");
        Map<String, Object> teLang = new HashMap<>();
        teLang.put("datum", "2028-03-01");
        teLang.put("soort", "KNM");
        teLang.put("uren", 1);
        teLang.put("omschrijving", "x".repeat(201));
        assertThat(fouten(api("consulent").post("/api/v1/inburgeraars/" + dossier + "/intake/uren", teLang)))
                .containsExactly("omschrijving R-11");
        assertThat(registreer("consulent", dossier, "2028-03-01", "ZWEMLES", 1).status())
                .isEqualTo(400);
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + dossier + "/intake/uren")
                        .json()
                        .size())
                .isEqualTo(1);

        // No brede intake yet: nothing to record the hours on.
        String zonderIntake = TestDossiers.registreer(api("consulent"), TestData.inburgeraar(TestData.bsn()));
        assertThat(fouten(registreer("consulent", zonderIntake, "2028-03-01", "NT2", 2)))
                .containsExactly("inburgeraarId R-11");
    }

    @Test
    void eenAndereGemeenteEnEenAanbiederBereikenDeIntakeurenNiet() {
        String dossier = dossierMetIntake();
        assertThat(registreer("consulent.velsen", dossier, "2028-03-01", "NT2", 2)
                        .status())
                .isEqualTo(404);
        assertThat(api("consulent.velsen")
                        .get("/api/v1/inburgeraars/" + dossier + "/intake/uren")
                        .status())
                .isEqualTo(404);
        assertThat(registreer("aanbieder", dossier, "2028-03-01", "NT2", 2).status())
                .isIn(403, 404);
        assertThat(api("budgetcoach")
                        .post(
                                "/api/v1/inburgeraars/" + dossier + "/intake/uren",
                                Map.of("datum", "2028-03-01", "soort", "NT2", "uren", 2))
                        .status())
                .isIn(403, 404);
    }
}
