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
import org.junit.jupiter.api.Test;

/**
 * I-2: finishing the brede intake requires the VVE answer whenever the household holds a child of VVE age on the
 * intake date: from the 2nd birthday up to (not including) the 4th.
 */
class VveTest extends IntegrationTest {

    static final LocalDate INTAKEDAG = LocalDate.of(2026, 11, 4);

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    private String registreerMetKind(LocalDate geboortedatum) {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn());
        LocalDate vandaag = LocalDate.now(clock);
        body.put("datumKennisgeving", vandaag.minusDays(60).toString());
        body.put("datumKoppeling", vandaag.minusDays(70).toString());
        body.put("datumHuisvesting", vandaag.minusDays(50).toString());
        body.put("kinderen", List.of(Map.of("voornaam", "Sami", "geboortedatum", geboortedatum.toString())));
        return TestDossiers.registreer(api("consulent"), body);
    }

    /** A complete intake to finish, with the VVE answer as given (null: not answered, "niet van toepassing"). */
    private Api.Antwoord rondAf(String id, Boolean vve) {
        Api consulent = api("consulent");
        consulent.put(
                "/api/v1/inburgeraars/" + id + "/leerbaarheidstoets",
                Map.of(
                        "resultaat",
                        "B1-route haalbaar",
                        "behaaldeScore",
                        "61,00",
                        "benodigdeScore",
                        "50,00",
                        "datumAfname",
                        LocalDate.now(clock).minusDays(7).toString()));
        List<Map<String, Object>> verslagen = new ArrayList<>();
        for (Leefgebied leefgebied : Leefgebied.values()) {
            Map<String, Object> v = new HashMap<>();
            v.put("leefgebied", leefgebied.name());
            v.put("situatie", "Besproken");
            v.put("score", leefgebied.schaal() ? 3 : null);
            verslagen.add(v);
        }
        Map<String, Object> checklist = new HashMap<>();
        checklist.put("vveInformatieGegeven", vve);
        checklist.put("zonderPartnerAangeboden", true);
        checklist.put("tolkAangeboden", true);
        Map<String, Object> intake = new HashMap<>();
        intake.put(
                "versie",
                consulent
                        .get("/api/v1/inburgeraars/" + id + "/intake")
                        .json()
                        .get("versie")
                        .asInt());
        intake.put("leefgebieden", verslagen);
        intake.put("checklist", checklist);
        intake.put("routebesluit", Map.of("leerroute", "B"));
        intake.put("afronden", true);
        return consulent.put("/api/v1/inburgeraars/" + id + "/intake", intake);
    }

    @Test
    void eenKindDatOpDeIntakedagTweeWordtVraagtHetVveAntwoordEenKindDatGisterenVierWerdNiet() {
        clock.zet(INTAKEDAG);
        String id = registreerMetKind(INTAKEDAG.minusYears(2));
        Api.Antwoord geweigerd = rondAf(id, null);
        assertThat(geweigerd.ongeldigeVelden()).containsExactly("checklist.vveInformatieGegeven");
        assertThat(geweigerd.json().get("invalidParams").get(0).get("regel").asString())
                .isEqualTo("I-2");
        assertThat(geweigerd.json().get("invalidParams").get(0).get("reason").asString())
                .contains("Sami", "VVE");
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + id)
                        .json()
                        .get("fase")
                        .asString())
                .isEqualTo("AANMELDING");

        Api.Antwoord afgerond = rondAf(id, true);
        assertThat(afgerond.status()).as(afgerond.body()).isEqualTo(200);
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + id)
                        .json()
                        .get("voortgang")
                        .get("datumBredeIntakeAfgerond")
                        .asString())
                .isEqualTo(INTAKEDAG.toString());

        // Past VVE age: turned 4 yesterday, or turns 4 today; not yet: turns 2 tomorrow. "Niet van toepassing" holds.
        assertThat(rondAf(registreerMetKind(INTAKEDAG.minusDays(1).minusYears(4)), null)
                        .status())
                .isEqualTo(200);
        assertThat(rondAf(registreerMetKind(INTAKEDAG.minusYears(4)), null).status())
                .isEqualTo(200);
        assertThat(rondAf(registreerMetKind(INTAKEDAG.plusDays(1).minusYears(2)), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void eenKindGeborenOpSchrikkeldagIsOp28FebruariTwee() {
        clock.zet(LocalDate.of(2026, 2, 28));
        String id = registreerMetKind(LocalDate.of(2024, 2, 29));
        assertThat(rondAf(id, null).ongeldigeVelden()).containsExactly("checklist.vveInformatieGegeven");
    }
}
