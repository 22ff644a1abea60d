package nl.inburgeringsregie.infrastructure.database;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL when no {@code spring.datasource.url} is configured, and points the
 * data source at it. The embedded default is also the only configuration with demo data and demo
 * accounts ({@code inburgeringsregie.embedded-database.active}); a production configuration sets its
 * own data source.
 *
 * <p>One server per JVM and data directory: contexts that start in the same JVM (tests) share it. The
 * server stops when the last context using it has closed — after the data source, because the data
 * source is made to depend on the server's handle bean — so closing beans can still reach the database.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor {

    private static final String HANDLE = "embeddedPostgresHandle";
    /** The database, and the non-superuser role that owns it and its tables, as which Flyway migrates. */
    static final String APPLICATION_DATABASE = "inburgeringsregie";
    /** The role the application logs in as: it owns nothing and may only read and write rows (issue 14 point 5). */
    static final String APPLICATION_ROLE = "inburgeringsregie_app";

    private static final Map<Path, Shared> RUNNING = new HashMap<>();

    /** A running server and how many application contexts use it. */
    private static final class Shared {
        private final EmbeddedPostgres server;
        private int contexts;
        private boolean stopped;

        Shared(EmbeddedPostgres server) {
            this.server = server;
        }
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("inburgeringsregie.embedded-database.enabled", Boolean.class, true)) {
            return;
        }
        Path directory = Path.of(environment.getProperty("inburgeringsregie.embedded-database.directory", "data"))
                .toAbsolutePath()
                .normalize();
        int port = environment.getProperty("inburgeringsregie.embedded-database.port", Integer.class, 0);
        boolean fresh = environment.getProperty("inburgeringsregie.embedded-database.fresh", Boolean.class, false);
        // On by default: nothing committed is lost through a crash. Tests and benchmarks may turn it off.
        boolean synchronousCommit =
                environment.getProperty("inburgeringsregie.embedded-database.synchronous-commit", Boolean.class, true);
        Shared shared;
        synchronized (RUNNING) {
            shared = RUNNING.computeIfAbsent(directory, dir -> {
                Shared started = new Shared(EmbeddedPostgres.start(dir, port, fresh, synchronousCommit));
                started.server.ensureApplicationDatabase(APPLICATION_DATABASE, APPLICATION_ROLE);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopIfUnused(dir), "embedded-postgres-stop"));
                return started;
            });
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", shared.server.jdbcUrl(APPLICATION_DATABASE));
        properties.put("spring.datasource.username", APPLICATION_ROLE);
        properties.put("spring.datasource.password", "");
        properties.put("spring.flyway.user", APPLICATION_DATABASE);
        properties.put("spring.flyway.password", "");
        properties.put("inburgeringsregie.embedded-database.active", "true");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
        application.addInitializers(context -> register(context, directory));
    }

    private static void register(ConfigurableApplicationContext context, Path directory) {
        if (!(context.getBeanFactory() instanceof BeanDefinitionRegistry registry)
                || registry.containsBeanDefinition(HANDLE)) {
            return;
        }
        synchronized (RUNNING) {
            RUNNING.get(directory).contexts++;
        }
        registry.registerBeanDefinition(HANDLE, new RootBeanDefinition(Handle.class, () -> new Handle(directory)));
        context.addBeanFactoryPostProcessor(beanFactory -> {
            for (String name : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
                var definition = beanFactory.getBeanDefinition(name);
                String[] dependsOn = definition.getDependsOn();
                definition.setDependsOn(
                        dependsOn == null
                                ? new String[] {HANDLE}
                                : Stream.concat(Arrays.stream(dependsOn), Stream.of(HANDLE))
                                        .toArray(String[]::new));
            }
        });
    }

    /** Destroyed after the data source of its context; stops the server when no context uses it any more. */
    static final class Handle implements DisposableBean {
        private final Path directory;

        Handle(Path directory) {
            this.directory = directory;
        }

        @Override
        public void destroy() {
            synchronized (RUNNING) {
                Shared shared = RUNNING.get(directory);
                shared.contexts--;
            }
            stopIfUnused(directory);
        }
    }

    private static void stopIfUnused(Path directory) {
        synchronized (RUNNING) {
            Shared shared = RUNNING.get(directory);
            if (shared == null || shared.contexts > 0 || shared.stopped) {
                return;
            }
            shared.stopped = true;
            RUNNING.remove(directory);
            shared.server.stop();
        }
    }
}
