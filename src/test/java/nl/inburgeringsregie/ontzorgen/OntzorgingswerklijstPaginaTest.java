package nl.inburgeringsregie.ontzorgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The budgetcoach's worklist a page of 50 at a time over real HTTP (issue 17 at national scale, docs/performance.md):
 * 51 asielstatushouders whose bijstand started this week without an ontzorging (O-1) lead the list; the first page
 * shows 50 of them with a link to the next, the second the 51st first; a {@code vanaf} past the end gives the last page
 * and a negative one the first, never a 500; only the rows shown are audited. The clock stands years ahead, so the
 * dossiers of other tests are older than these.
 */
class OntzorgingswerklijstPaginaTest extends IntegrationTest {

    private static final int AANTAL = 51;
    private static final Pattern LINK = Pattern.compile("/inburgeraars/([0-9a-f-]{36})/ontzorging");
    private static final Pattern BEREIK = Pattern.compile("Regels (\\d+) tot en met (\\d+) van (\\d+)\\.");

    @Autowired
    private JdbcClient jdbc;

    private final List<String> dossiers = new ArrayList<>();

    /** Takes this test's dossiers off every later worklist (their bijstand lies years ahead of the other tests). */
    @AfterEach
    void herstel() {
        clock.reset();
        vanDeWerklijst(jdbc, dossiers);
    }

    /**
     * Takes these dossiers off every later budgetcoach's worklist: their bijstand goes, and with it the window
     * ONTZORGING_REGELEN the list reads (the update bypasses the application, so the window goes as a rewrite of the
     * person's deadlines would take it away).
     */
    static void vanDeWerklijst(JdbcClient jdbc, List<String> dossiers) {
        String[] ids = dossiers.toArray(String[]::new);
        jdbc.sql("update inburgeraar set datum_start_bijstand = null where id = any(?::uuid[])")
                .param((Object) ids)
                .update();
        jdbc.sql("delete from termijn where inburgeraar_id = any(?::uuid[]) and soort = 'ONTZORGING_REGELEN'")
                .param((Object) ids)
                .update();
    }

    private long audit() {
        return jdbc.sql("select count(*) from audit_log where username = 'budgetcoach'"
                        + " and detail = 'ontzorging-werklijst'")
                .query(Long.class)
                .single();
    }

    private static List<String> ids(HttpResponse<String> pagina) {
        assertThat(pagina.statusCode()).as(pagina.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        Matcher m = LINK.matcher(pagina.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static int[] bereik(HttpResponse<String> pagina) {
        Matcher m = BEREIK.matcher(pagina.body());
        assertThat(m.find()).as(pagina.body()).isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    @Test
    void deWerklijstToontVijftigRegelsPerPaginaEnAuditAlleenWatZeToont() {
        LocalDate vandaag = LocalDate.of(2031, 3, 5);
        clock.zet(vandaag);
        for (int n = 0; n < AANTAL; n++) {
            Map<String, Object> body = TestData.inburgeraar(TestData.bsn(), "0392");
            body.put("datumStartBijstand", vandaag.minusDays(1).toString());
            Api.Antwoord a = api("consulent").post("/api/v1/inburgeraars", body);
            assertThat(a.status()).as(a.body()).isEqualTo(201);
            dossiers.add(a.json().get("id").asString());
        }
        WebSessie web = WebSessie.login(baseUrl(), "budgetcoach");

        long voor = audit();
        HttpResponse<String> eerste = web.get("/ontzorging");
        List<String> eersteIds = ids(eerste);
        assertThat(eersteIds).hasSize(50).doesNotHaveDuplicates();
        assertThat(dossiers).containsAll(eersteIds);
        int totaal = bereik(eerste)[2];
        assertThat(totaal).isGreaterThanOrEqualTo(AANTAL);
        assertThat(bereik(eerste)).containsExactly(1, 50, totaal);
        assertThat(eerste.body())
                .contains("Volgende 50", "/ontzorging?vanaf=50", "Bijstand gestart, ontzorging nog niet vastgelegd")
                .doesNotContain("Eerste pagina");
        assertThat(audit()).as("only the rows shown").isEqualTo(voor + 50);

        List<String> rest = new ArrayList<>(dossiers);
        rest.removeAll(eersteIds);
        HttpResponse<String> tweede = web.get("/ontzorging?vanaf=50");
        List<String> tweedeIds = ids(tweede);
        assertThat(tweedeIds.getFirst()).isEqualTo(rest.getFirst());
        assertThat(tweedeIds).hasSize(Math.min(50, totaal - 50)).doesNotContainAnyElementsOf(eersteIds);
        assertThat(tweede.body()).contains("Eerste pagina");
        assertThat(bereik(tweede)).containsExactly(51, 50 + tweedeIds.size(), totaal);

        int laatsteBegin = (totaal - 1) / 50 * 50;
        HttpResponse<String> voorbij = web.get("/ontzorging?vanaf=100000");
        assertThat(bereik(voorbij)).as("past the end: the last page").containsExactly(laatsteBegin + 1, totaal, totaal);
        assertThat(voorbij.body()).doesNotContain("Volgende 50");
        assertThat(ids(web.get("/ontzorging?vanaf=-5")))
                .as("negative: the first page")
                .containsExactlyElementsOf(eersteIds);
    }
}
