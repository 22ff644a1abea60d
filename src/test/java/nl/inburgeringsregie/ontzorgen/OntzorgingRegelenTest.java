package nl.inburgeringsregie.ontzorgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
 * O-1 as the window ONTZORGING_REGELEN (ADR 0032 amendment), the read model of the budgetcoach's part "no ontzorging
 * yet": open from the bijstand's start to the period's last day (T-8 with T-14), met once the ontzorging is recorded,
 * gone when the bijstand is taken off the dossier, closed past the period; the list follows it, and another gemeente's
 * budgetcoach sees none of it. The clock stands years ahead, so this test's persons lead the list.
 */
class OntzorgingRegelenTest extends IntegrationTest {

    private static final LocalDate START = LocalDate.of(2034, 8, 31);

    @Autowired
    private JdbcClient jdbc;

    private final List<String> dossiers = new ArrayList<>();

    /**
     * Takes this test's dossiers off every later worklist (their bijstand lies years ahead of the other tests), as
     * OntzorgingswerklijstPaginaTest does: the update bypasses the application, so the windows go as a rewrite would.
     */
    @AfterEach
    void herstel() {
        clock.reset();
        OntzorgingswerklijstPaginaTest.vanDeWerklijst(jdbc, dossiers);
    }

    private String dossier(String gemeente, String doelgroep, LocalDate startBijstand) {
        Map<String, Object> body = TestData.inburgeraar(TestData.bsn(), gemeente);
        body.put("datumStartBijstand", startBijstand.toString());
        if (doelgroep != null) {
            body.put("doelgroep", doelgroep);
            body.put("gedetailleerdeDoelgroep", "Gezinsvormer");
        }
        Api.Antwoord a =
                api(gemeente.equals("0392") ? "consulent" : "consulent.velsen").post("/api/v1/inburgeraars", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        String id = a.json().get("id").asString();
        dossiers.add(id);
        return id;
    }

    private JsonNode venster(String id) {
        return TestDossiers.termijn(api("consulent"), id, "ONTZORGING_REGELEN");
    }

    /** Whether the budgetcoach's list names the person in its part "no ontzorging yet". */
    private static boolean zonderOntzorging(WebSessie web, String id) {
        String lijst = OntzorgingApiTest.alleWerklijstpaginas(web);
        return Pattern.compile("href=\"/inburgeraars/" + id
                        + "/ontzorging\">[^<]*</a></td>\\s*<td>Bijstand gestart, ontzorging nog niet vastgelegd")
                .matcher(lijst)
                .find();
    }

    @Test
    void hetVensterLooptVanDeStartVanDeBijstandTotDeOntzorgingIsVastgelegd() {
        clock.zet(START.plusDays(1));
        String id = dossier("0392", null, START);
        JsonNode venster = venster(id);
        assertThat(venster)
                .as("an asielstatushouder on bijstand without an ontzorging")
                .isNotNull();
        assertThat(venster.get("regel").asString()).isEqualTo("O-1");
        assertThat(venster.get("uiterlijkeDatum").asString())
                .as("the period's last day, T-14 at the month's end: no 31 February")
                .isEqualTo("2035-02-28");
        WebSessie budgetcoach = WebSessie.login(baseUrl(), "budgetcoach");
        assertThat(zonderOntzorging(budgetcoach, id)).isTrue();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten)
                select 'budgetcoach-velsen-o1', 'Budgetcoach Velsen', password_hash, roles, '{0453}'
                from app_user where username = 'budgetcoach' on conflict do nothing""").update();
        assertThat(zonderOntzorging(WebSessie.login(baseUrl(), "budgetcoach-velsen-o1"), id))
                .as("another gemeente's budgetcoach")
                .isFalse();

        Map<String, Object> ontzorging = new HashMap<>();
        ontzorging.put("datumMachtiging", null);
        ontzorging.put(
                "vasteLasten",
                List.of(Map.of(
                        "soort", "HUUR",
                        "ontvanger", "Woonstichting Kennemerland",
                        "iban", "NL91ABNA0417164300",
                        "bedrag", 612.40)));
        Api.Antwoord vastgelegd = api("budgetcoach").put("/api/v1/inburgeraars/" + id + "/ontzorging", ontzorging);
        assertThat(vastgelegd.status()).as(vastgelegd.body()).isEqualTo(200);
        assertThat(venster(id).get("status").asString()).isEqualTo("VOLDAAN");
        assertThat(zonderOntzorging(budgetcoach, id))
                .as("on the list now for the missing authorisation, not as without an ontzorging")
                .isFalse();
    }

    @Test
    void zonderBijstandOfNaDePeriodeOfVoorEenAndereDoelgroepStaatNiemandOpDeLijst() {
        clock.zet(START.plusDays(1));
        String weg = dossier("0392", null, START);
        String gezinsmigrant = dossier("0392", "Gezinsmigrant en overige migrant", START);
        assertThat(venster(gezinsmigrant))
                .as("only asielstatushouders are ontzorgd")
                .isNull();
        WebSessie budgetcoach = WebSessie.login(baseUrl(), "budgetcoach");
        assertThat(zonderOntzorging(budgetcoach, weg)).isTrue();

        // The consultant takes the bijstand off the dossier: the window goes with it.
        @SuppressWarnings("unchecked")
        Map<String, Object> gegevens = new HashMap<>(Api.JSON.readValue(
                api("consulent").get("/api/v1/inburgeraars/" + weg).body(), Map.class));
        gegevens.put("datumStartBijstand", null);
        Api.Antwoord gewijzigd = api("consulent").put("/api/v1/inburgeraars/" + weg, gegevens);
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(venster(weg)).isNull();
        assertThat(zonderOntzorging(budgetcoach, weg)).isFalse();

        // Past the period's last day the window has closed without an ontzorging: off the list, not missed.
        String laat = dossier("0392", null, START);
        assertThat(zonderOntzorging(budgetcoach, laat)).isTrue();
        clock.zet(LocalDate.of(2035, 2, 28));
        assertThat(zonderOntzorging(budgetcoach, laat)).as("on the last day").isTrue();
        clock.zet(LocalDate.of(2035, 3, 1));
        assertThat(zonderOntzorging(budgetcoach, laat)).as("the day after").isFalse();
        JsonNode gesloten = venster(laat);
        assertThat(gesloten.get("status").asString()).isEqualTo("NIET_VAN_TOEPASSING");
        assertThat(gesloten.hasNonNull("gemistOp"))
                .as("a window closes, it is not missed")
                .isFalse();
    }
}
