package nl.inburgeringsregie.gebruikers;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Web sessions in PostgreSQL (Spring Session JDBC, tables from V28_2), so that several application instances behind a
 * load balancer serve one user without sticky sessions (issue 14 point 18, README "Production: several instances").
 * The cookie keeps its name {@code JSESSIONID} and carries the session id as it is (not Base64-encoded), as before.
 * Expired sessions are removed by a db-scheduler task, once per cluster, instead of a timer in every instance
 * ({@code spring.session.jdbc.cleanup-cron: "-"}).
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

    @Bean
    RecurringTask<Void> sessiesOpruimen(JdbcIndexedSessionRepository sessies) {
        return Tasks.recurring(OPRUIMEN, FixedDelay.of(Duration.ofMinutes(5)))
                .execute((instantie, context) -> sessies.cleanUpExpiredSessions());
    }
}
