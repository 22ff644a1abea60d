package nl.inburgeringsregie.support;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

@TestConfiguration(proxyBeanMethods = false)
public class TestConfig {

    /** A clock tests can set; it starts at the real now, so tests that do not care see today. */
    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    /** Relationships tests contribute to the access decision, as a new module would (ADR 0028, ToegangTest). */
    @Bean
    TestRelaties testRelaties() {
        return new TestRelaties();
    }

    /** A one-time task that only records which instance ran which execution (MeerdereInstantiesTest). */
    @Bean
    OneTimeTask<Void> proefTaak(Environment omgeving) {
        return Tasks.oneTime(ProefTaak.NAAM)
                .execute((instantie, context) ->
                        ProefTaak.uitgevoerd(instantie.getId(), omgeving.getProperty("local.server.port")));
    }
}
