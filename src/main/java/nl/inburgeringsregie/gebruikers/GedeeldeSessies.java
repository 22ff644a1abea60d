package nl.inburgeringsregie.gebruikers;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import nl.inburgeringsregie.gebruikers.GemeenteDataSourceWrapper.GemeenteDataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Web sessions in PostgreSQL (Spring Session JDBC, tables from V28_2), so that several application instances behind a
 * load balancer serve one user without sticky sessions (issue 14 point 18, README "Production: several instances").
 * The cookie keeps its name {@code JSESSIONID} and carries the session id as it is (not Base64-encoded), as before.
 * Expired sessions are removed by a db-scheduler task, once per cluster, instead of a timer in every instance
 * ({@code spring.session.jdbc.cleanup-cron: "-"}).
 *
 * <p>Issue 21 (performance): Spring Session writes a session's last-access time at the end of every request, a
 * transaction of its own that waits for a WAL flush (synchronous commit) on every page. The update query below writes
 * the session row only when something besides the time changed (its id, lifetime or principal) or when the stored time
 * is at least {@link #LAATSTE_TOEGANG_INTERVAL_MS} old, or a tenth of the session's lifetime if that is shorter (the
 * five-minute pre-login session). An update that matches no row changes nothing and its commit waits for no disk. The
 * price: the stored last access, and so the expiry, may lag the real one by at most that much, so a session idle
 * for its full lifetime may end up to a minute early (8 hours signed in, ADR 0022).
 *
 * <p>The session repository's connections get no gemeenten and no user (the session tables have no row-level
 * security): handing out a connection otherwise asks who is signed in, which reads the session, so every request read
 * its session twice.
 */
@Configuration(proxyBeanMethods = false)
class GedeeldeSessies {

    static final String OPRUIMEN = "sessies-opruimen";

    @Bean
    DefaultCookieSerializerCustomizer sessieCookie() {
        return cookie -> {
            cookie.setCookieName("JSESSIONID");
            cookie.setUseBase64Encoding(false);
        };
    }

    /** How stale the stored last-access time may become before a request writes it again: one minute. */
    static final long LAATSTE_TOEGANG_INTERVAL_MS = 60_000;

    /**
     * Spring Session's own update (4.1, same parameters in the same order: session id, last access, lifetime, expiry,
     * principal, primary id), written only when it changes more than a recent last-access time.
     */
    static final String SESSIE_BIJWERKEN = """
            UPDATE %TABLE_NAME% S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                         CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                         CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
            WHERE S.PRIMARY_ID = V.PRIMARY_ID
              AND (S.SESSION_ID <> V.SESSION_ID
                OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME
                   >= LEAST(%INTERVAL%, CAST(V.MAX_INACTIVE_INTERVAL AS BIGINT) * 100))
            """.replace("%INTERVAL%", Long.toString(LAATSTE_TOEGANG_INTERVAL_MS));

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> laatsteToegangMetTussenpozen() {
        return sessies -> sessies.setUpdateSessionQuery(SESSIE_BIJWERKEN);
    }

    @Bean
    static BeanPostProcessor sessiesZonderGebruiker() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof JdbcIndexedSessionRepository)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.setProxyTargetClass(true);
                proxy.addAdvice((MethodInterceptor) aanroep -> GemeenteDataSource.zonderGebruiker(aanroep::proceed));
                return proxy.getProxy();
            }
        };
    }

    @Bean
    RecurringTask<Void> sessiesOpruimen(JdbcIndexedSessionRepository sessies) {
        return Tasks.recurring(OPRUIMEN, FixedDelay.of(Duration.ofMinutes(5)))
                .execute((instantie, context) -> sessies.cleanUpExpiredSessions());
    }
}
