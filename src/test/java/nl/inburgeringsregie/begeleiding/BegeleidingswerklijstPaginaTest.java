package nl.inburgeringsregie.begeleiding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The begeleider's worklist a page of 50 at a time over real HTTP (issue 17 at national scale, docs/performance.md): an
 * organisation of 53 running begeleidingen sees the first 50 by handover date (T-9) with a link to the next, then the
 * last 3 with a link back; a {@code vanaf} past the end gives the last page and a negative one the first, never a 500;
 * only the rows shown are audited.
 */
class BegeleidingswerklijstPaginaTest extends IntegrationTest {

    private static final int AANTAL = 53;
    private static final Pattern LINK = Pattern.compile("/inburgeraars/([0-9a-f-]{36})/begeleiding");

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Begeleidingswerklijst werklijst;

    @Autowired
    private Gebruikers gebruikers;

    @AfterEach
    void herstel() {
        clock.reset();
    }

    private long audit(String gebruiker) {
        return jdbc.sql("select count(*) from audit_log where username = ? and detail = 'begeleiding-werklijst'")
                .param(gebruiker)
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

    @Test
    void deWerklijstToontVijftigRegelsPerPaginaEnAuditAlleenWatZeToont() {
        clock.zet(LocalDate.of(2026, 3, 2));
        String sleutel = UUID.randomUUID().toString().substring(0, 8);
        UUID partner = UUID.randomUUID();
        String gebruiker = "bg-pagina-" + sleutel;
        jdbc.sql("insert into partnerorganisatie (id, version, naam, gewijzigd_op) values (?, 0, ?, now())")
                .params(partner, "Paginapartner " + sleutel)
                .update();
        jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, roles, gemeenten)
                        select ?, 'Begeleider paginering', password_hash, roles, gemeenten
                        from app_user where username = 'begeleider'""").param(gebruiker).update();
        jdbc.sql("insert into partner_gebruiker (gebruikersnaam, partner_id) values (?, ?)")
                .params(gebruiker, partner)
                .update();
        // Housed on successive days, so the handover dates (T-9) order the list as the dossiers were made.
        List<String> dossiers = new ArrayList<>();
        for (int n = 0; n < AANTAL; n++) {
            Map<String, Object> body = TestData.inburgeraar(TestData.bsn(), "0392");
            body.put("datumHuisvesting", LocalDate.of(2025, 1, 1).plusDays(n).toString());
            Api.Antwoord a = api("consulent").post("/api/v1/inburgeraars", body);
            assertThat(a.status()).as(a.body()).isEqualTo(201);
            String id = a.json().get("id").asString();
            Api.Antwoord toegewezen = api("consulent")
                    .put("/api/v1/inburgeraars/" + id + "/begeleiding", Map.of("partnerId", partner.toString()));
            assertThat(toegewezen.status()).as(toegewezen.body()).isEqualTo(200);
            dossiers.add(id);
        }
        WebSessie web = WebSessie.login(baseUrl(), gebruiker);

        long voor = audit(gebruiker);
        HttpResponse<String> eerste = web.get("/begeleiding");
        assertThat(ids(eerste)).containsExactlyElementsOf(dossiers.subList(0, 50));
        assertThat(eerste.body())
                .contains("Inburgeraars 1 tot en met 50 van 53.", "Volgende 50", "/begeleiding?vanaf=50")
                .doesNotContain("Eerste pagina");
        assertThat(audit(gebruiker)).as("only the rows shown").isEqualTo(voor + 50);

        HttpResponse<String> tweede = web.get("/begeleiding?vanaf=50");
        assertThat(ids(tweede)).containsExactlyElementsOf(dossiers.subList(50, AANTAL));
        assertThat(tweede.body())
                .contains("Inburgeraars 51 tot en met 53 van 53.", "Eerste pagina")
                .doesNotContain("Volgende 50");
        assertThat(audit(gebruiker)).isEqualTo(voor + 53);

        assertThat(ids(web.get("/begeleiding?vanaf=100000")))
                .as("past the end: the last page")
                .containsExactlyElementsOf(dossiers.subList(50, AANTAL));
        assertThat(ids(web.get("/begeleiding?vanaf=-5")))
                .as("negative: the first page")
                .containsExactlyElementsOf(dossiers.subList(0, 50));

        // The count stops a limit past the page (1,000 on the screen; 20 here): "more than", and the next page is
        // still there; past the limit the count goes on from the page asked for, up to the exact end.
        als(gebruiker, () -> {
            Begeleidingswerklijst.Pagina begrensd = werklijst.pagina(0, 10, 20);
            assertThat(begrensd.meer()).isTrue();
            assertThat(begrensd.totaal()).isEqualTo(30);
            assertThat(begrensd.regels())
                    .extracting(r -> r.inburgeraarId().toString())
                    .containsExactlyElementsOf(dossiers.subList(0, 10));
            Begeleidingswerklijst.Pagina verder = werklijst.pagina(40, 10, 20);
            assertThat(verder.meer()).as("the end is within the limit").isFalse();
            assertThat(verder.totaal()).isEqualTo(AANTAL);
            assertThat(verder.regels())
                    .extracting(r -> r.inburgeraarId().toString())
                    .containsExactlyElementsOf(dossiers.subList(40, 50));
            Begeleidingswerklijst.Pagina precies = werklijst.pagina(0, 10, AANTAL - 10);
            assertThat(precies.meer()).as("exactly the limit is not more").isFalse();
            assertThat(precies.totaal()).isEqualTo(AANTAL);
        });
    }

    private void als(String gebruiker, Runnable werk) {
        UserDetails account = gebruikers.loadUserByUsername(gebruiker);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        try {
            werk.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
