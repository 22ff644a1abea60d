package nl.inburgeringsregie.infrastructure.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL when no {@code spring.datasource.url} is configured, and points the
 * data source at it. The embedded default is also the only configuration with demo data and demo
 * accounts ({@code inburgeringsregie.demo.enabled}); a production configuration sets its own data source.
 *
 * <p>One server per JVM and data directory: test contexts that start in the same JVM share it.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor {

    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("inburgeringsregie.embedded-database.enabled", Boolean.class, true)) {
            return;
        }
        Path directory = Path.of(environment.getProperty("inburgeringsregie.embedded-database.directory", "data"))
                .toAbsolutePath().normalize();
        int port = environment.getProperty("inburgeringsregie.embedded-database.port", Integer.class, 0);
        boolean fresh = environment.getProperty("inburgeringsregie.embedded-database.fresh", Boolean.class, false);
        EmbeddedPostgres server;
        synchronized (RUNNING) {
            server = RUNNING.computeIfAbsent(directory, dir -> EmbeddedPostgres.start(dir, port, fresh));
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", server.jdbcUrl("postgres"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("inburgeringsregie.embedded-database.active", "true");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
    }
}
