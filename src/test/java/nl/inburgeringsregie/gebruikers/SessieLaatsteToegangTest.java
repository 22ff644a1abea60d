package nl.inburgeringsregie.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Issue 21 (performance): a request writes its session's last-access time only when the stored one is a minute old
 * (or a tenth of the session's lifetime, if shorter), not on every page (GedeeldeSessies.SESSIE_BIJWERKEN). The
 * stored time is set back by hand to stand for an earlier request; Spring Session stamps requests with the real clock.
 * And the session store's connections do not ask who is signed in, which would read the session a second time.
 */
class SessieLaatsteToegangTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private SessionRepository<? extends Session> sessies;

    @Test
    void eenRecenteLaatsteToegangWordtNietBijElkVerzoekOpnieuwGeschreven() {
        WebSessie sessie = WebSessie.login(baseUrl(), "consulent");
        String id = sessie.cookie("JSESSIONID");
        long eerder = zetLaatsteToegangTerug(id, Duration.ofSeconds(30));

        assertThat(sessie.get("/inburgeraars").statusCode()).isEqualTo(200);

        assertThat(laatsteToegang(id)).as("30 s old: not written again").isEqualTo(eerder);
        assertThat(verloopt(id)).isEqualTo(eerder + 8 * 60 * 60 * 1000L);
    }

    @Test
    void eenLaatsteToegangVanEenMinuutOudWordtBijgewerktMetDeVervaltijd() {
        WebSessie sessie = WebSessie.login(baseUrl(), "consulent");
        String id = sessie.cookie("JSESSIONID");
        long eerder = zetLaatsteToegangTerug(id, Duration.ofSeconds(61));
        long voor = System.currentTimeMillis();

        assertThat(sessie.get("/inburgeraars").statusCode()).isEqualTo(200);

        long nu = laatsteToegang(id);
        assertThat(nu).as("61 s old: written").isGreaterThan(eerder).isGreaterThanOrEqualTo(voor - 1000);
        assertThat(verloopt(id)).as("the expiry moves with it").isEqualTo(nu + 8 * 60 * 60 * 1000L);
    }

    @Test
    void eenKorteSessieVanVoorDeLoginWordtNaEenTiendeVanZijnLevensduurBijgewerkt() {
        WebSessie anoniem = WebSessie.anoniem(baseUrl());
        anoniem.get("/login");
        String id = anoniem.cookie("JSESSIONID");
        assertThat(levensduur(id)).as("pre-login lifetime in seconds").isEqualTo(5 * 60);
        // A tenth of five minutes is 30 s: 31 s old is written although it is less than a minute.
        long eerder = zetLaatsteToegangTerug(id, Duration.ofSeconds(31));

        anoniem.get("/login");

        assertThat(laatsteToegang(id)).isGreaterThan(eerder);
    }

    @Test
    void eenLoginSchrijftDeSessieAltijdOokBinnenDeMinuut() {
        WebSessie anoniem = WebSessie.anoniem(baseUrl());
        anoniem.get("/login");
        String voorLogin = anoniem.cookie("JSESSIONID");
        zetLaatsteToegangTerug(voorLogin, Duration.ofSeconds(1));

        assertThat(anoniem.postMetCsrf("/login", Map.of("username", "consulent", "password", "demo"), "/login")
                        .statusCode())
                .isEqualTo(302);

        String naLogin = anoniem.cookie("JSESSIONID");
        assertThat(naLogin).as("login gives a new session id").isNotEqualTo(voorLogin);
        assertThat(levensduur(naLogin)).as("the full lifetime, written at once").isEqualTo(8 * 60 * 60);
        assertThat(jdbc.sql("select principal_name from spring_session where session_id = ?")
                        .param(naLogin)
                        .query(String.class)
                        .single())
                .isEqualTo("consulent");
        assertThat(anoniem.get("/inburgeraars").statusCode()).isEqualTo(200);
    }

    @Test
    void deSessieopslagVraagtNietWieErIsIngelogdZodatDeSessieMaarEenKeerWordtGelezen() {
        AtomicInteger gevraagd = new AtomicInteger();
        SecurityContextHolder.setDeferredContext(() -> {
            gevraagd.incrementAndGet();
            return SecurityContextHolder.createEmptyContext();
        });
        try {
            assertThat(sessies.findById("00000000-0000-0000-0000-000000000000")).isNull();
            assertThat(gevraagd)
                    .as("the session store's connection asked for the signed-in user")
                    .hasValue(0);
            // Any other connection does ask (row-level security needs the user's gemeenten).
            jdbc.sql("select 1").query(Integer.class).single();
            assertThat(gevraagd).hasPositiveValue();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Sets the stored last access {@code geleden} back from now, expiry to match; returns the stored time. */
    private long zetLaatsteToegangTerug(String sessieId, Duration geleden) {
        long tijd = System.currentTimeMillis() - geleden.toMillis();
        int bijgewerkt = jdbc.sql("update spring_session set last_access_time = ?,"
                        + " expiry_time = ? + max_inactive_interval * 1000::bigint where session_id = ?")
                .params(tijd, tijd, sessieId)
                .update();
        assertThat(bijgewerkt).as("session " + sessieId).isEqualTo(1);
        return tijd;
    }

    private long laatsteToegang(String sessieId) {
        return jdbc.sql("select last_access_time from spring_session where session_id = ?")
                .param(sessieId)
                .query(Long.class)
                .single();
    }

    private long verloopt(String sessieId) {
        return jdbc.sql("select expiry_time from spring_session where session_id = ?")
                .param(sessieId)
                .query(Long.class)
                .single();
    }

    private int levensduur(String sessieId) {
        return jdbc.sql("select max_inactive_interval from spring_session where session_id = ?")
                .param(sessieId)
                .query(Integer.class)
                .single();
    }
}
