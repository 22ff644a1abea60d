package nl.inburgeringsregie.voortgang;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, the Z-route's eindgesprek (ADR 0040; R-5, route-na-pip.md scenario 6) over real HTTP: not for another
 * route; not before the hours are met (800 course hours, 800 participation hours for an asielstatushouder, from the
 * ledger); "voldoende" needs the PVT and the MAP reported and not after it; "onvoldoende" is recorded and sends nothing;
 * "voldoende" queues the completion for DUO and completes the route status (ROUTE_AFRONDEN met); a second one after it
 * 409; another gemeente 404, the budgetcoach 403.
 */
class ZrouteEindgesprekTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void vandaag() {
        clock.zet(LocalDate.of(2026, 11, 25));
    }

    @AfterEach
    void herstel() {
        clock.reset();
    }

    private Api.Antwoord eindgesprek(String gebruiker, String dossier, String datum, Boolean voldoende) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("datum", datum);
        body.put("voldoendeIngezet", voldoende);
        body.put("motivering", "Zette zich in bij de voedselbank en volgde de lessen trouw.");
        return api(gebruiker).post("/api/v1/inburgeraars/" + dossier + "/zroute-eindgesprekken", body);
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

    /** 34 days of 24 hours of this kind during the brede intake (816 hours), from this day on. */
    private void uren(String dossier, String soort, LocalDate vanaf) {
        for (int i = 0; i < 34; i++) {
            Api.Antwoord a = api("consulent")
                    .post(
                            "/api/v1/inburgeraars/" + dossier + "/intake/uren",
                            Map.of("datum", vanaf.plusDays(i).toString(), "soort", soort, "uren", 24));
            assertThat(a.status()).as(a.body()).isEqualTo(200);
        }
    }

    private int meldingen(String dossier) {
        return jdbc.sql("select count(*) from duo_melding where inburgeraar_id = ?::uuid and soort = 'ZROUTE'")
                .param(dossier)
                .query(Integer.class)
                .single();
    }

    @Test
    void hetEindgesprekVolgtOpDeUrenEnMeldtDeAfrondingAlsDeInburgeraarZichVoldoendeInzette() {
        String b1 = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(TestData.bsn()), "B");
        assertThat(regels(eindgesprek("consulent", b1, "2026-11-24", true))).containsExactly("leerroute R-5");

        String z = TestDossiers.metVastgesteldPip(api("consulent"), TestData.inburgeraar(TestData.bsn()), "Z");
        assertThat(regels(eindgesprek("consulent", z, "2026-11-24", true)))
                .as("an eindgesprek before the hours are met")
                .containsExactlyInAnyOrder("uren R-5", "uren R-5", "pvt R-5", "map R-5");
        uren(z, "NT2", LocalDate.of(2026, 8, 1));
        uren(z, "PARTICIPATIE", LocalDate.of(2026, 9, 10));
        assertThat(regels(eindgesprek("consulent", z, "2026-11-26", false)))
                .as("tomorrow")
                .containsExactly("datum R-5");
        assertThat(regels(eindgesprek("consulent", z, "2026-11-24", null))).containsExactly("voldoendeIngezet R-5");
        assertThat(regels(eindgesprek("consulent", z, "2026-11-24", true)))
                .as("the hours are met; the PVT and the MAP are not reported")
                .containsExactlyInAnyOrder("pvt R-5", "map R-5");

        // The PVT and the MAP followed and ended on "Route en voortgang" (their meldingen are made from it).
        TestDossiers.moduleAfgerond(api("consulent"), z, "pvt", LocalDate.of(2026, 11, 20));
        TestDossiers.moduleAfgerond(api("consulent"), z, "map", LocalDate.of(2026, 11, 24));
        Api.Antwoord mapNa = eindgesprek("consulent", z, "2026-11-23", true);
        assertThat(regels(mapNa))
                .as("scenario 6: the MAP after the Z-route's completion")
                .containsExactly("map R-5");
        assertThat(mapNa.body()).contains("24-11-2026");
        assertThat(jdbc.sql("select count(*) from zroute_eindgesprek where inburgeraar_id = ?::uuid")
                        .param(z)
                        .query(Integer.class)
                        .single())
                .as("nothing stored")
                .isZero();

        Api.Antwoord onvoldoende = eindgesprek("consulent", z, "2026-11-23", false);
        assertThat(onvoldoende.status()).as(onvoldoende.body()).isEqualTo(201);
        assertThat(meldingen(z)).as("'onvoldoende' sends nothing to DUO").isZero();

        Api.Antwoord voldoende = eindgesprek("consulent", z, "2026-11-25", true);
        assertThat(voldoende.status()).as(voldoende.body()).isEqualTo(201);
        assertThat(voldoende.json().get("vastgelegdDoor").asString()).isEqualTo("consulent");
        assertThat(jdbc.sql("select bericht from duo_melding where inburgeraar_id = ?::uuid and soort = 'ZROUTE'")
                        .param(z)
                        .query(String.class)
                        .single())
                .isEqualTo("{\"datumAfrondingZroute\":\"2026-11-25\"}");
        var status = api("consulent")
                .get("/api/v1/inburgeraars/" + z + "/routestatus")
                .json();
        assertThat(status.get("volledig").asBoolean()).as(status.toString()).isTrue();
        assertThat(TestDossiers.termijn(api("consulent"), z, "ROUTE_AFRONDEN")
                        .get("status")
                        .asString())
                .isEqualTo("VOLDAAN");

        Api.Antwoord nogmaals = eindgesprek("consulent", z, "2026-11-25", true);
        assertThat(nogmaals.status()).as(nogmaals.body()).isEqualTo(409);
        assertThat(meldingen(z)).isEqualTo(1);
        assertThat(api("consulent")
                        .get("/api/v1/inburgeraars/" + z + "/zroute-eindgesprekken")
                        .json()
                        .size())
                .isEqualTo(2);

        assertThat(eindgesprek("consulent.velsen", z, "2026-11-25", true).status())
                .isEqualTo(404);
        assertThat(api("budgetcoach")
                        .get("/api/v1/inburgeraars/" + z + "/zroute-eindgesprekken")
                        .status())
                .isEqualTo(403);
    }
}
