package nl.inburgeringsregie.duosimulator;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * In the embedded default with demo data, the DUO simulator runs inside the application (profile duo-simulator), so a
 * newcomer can see the chain work without DUO. Never with an external database (production).
 */
public class DuoSimulatorInDemo implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean embedded = environment.getProperty("inburgeringsregie.embedded-database.active", Boolean.class, false);
        boolean demo = environment.getProperty("inburgeringsregie.demo.enabled", Boolean.class, true);
        if (embedded && demo && !environment.matchesProfiles("duo-simulator")) {
            environment.addActiveProfile("duo-simulator");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
