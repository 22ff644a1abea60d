package nl.inburgeringsregie.support;

import java.util.HashMap;
import java.util.Map;
import nl.inburgeringsregie.InburgeringsregieApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts another instance of the application in this JVM, on its own random port, against the same database as the
 * shared test context (the embedded PostgreSQL of this JVM, which then serves both): two instances behind a load
 * balancer (issue 14 point 18). No demo data or demo accounts of its own: the first instance made them. Close it after
 * use; the database stays for the shared context.
 */
public final class TweedeInstantie {

    private TweedeInstantie() {}

    public static ConfigurableApplicationContext start(Map<String, Object> instellingen) {
        SpringApplication app = new SpringApplication(InburgeringsregieApplication.class, TestConfig.class);
        app.setAdditionalProfiles("test", "duo-simulator");
        Map<String, Object> eigen =
                new HashMap<>(Map.of("server.port", "0", "inburgeringsregie.demo.enabled", "false"));
        eigen.putAll(instellingen);
        // As command-line arguments: they outrank application.yml and application-test.yml.
        return app.run(eigen.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
    }

    public static String baseUrl(ConfigurableApplicationContext instantie) {
        return "http://localhost:" + instantie.getEnvironment().getProperty("local.server.port");
    }
}
