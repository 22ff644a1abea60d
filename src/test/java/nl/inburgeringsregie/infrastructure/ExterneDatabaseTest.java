package nl.inburgeringsregie.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgeringsregie.InburgeringsregieApplication;
import nl.inburgeringsregie.gebruikers.DemoAccounts;
import nl.inburgeringsregie.support.IntegrationTest;

/**
 * With spring.datasource.url set (an "external" PostgreSQL; here a second database on the test server),
 * the application starts on that database, Flyway migrates it, no embedded server is used and no demo
 * accounts or demo data exist.
 */
class ExterneDatabaseTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void externeDatabaseWordtGemigreerdZonderDemoAccounts() {
        superuser("drop database if exists extern_test");
        superuser("create database extern_test");
        String url = hostUrl("extern_test");
        SpringApplication app = new SpringApplication(InburgeringsregieApplication.class);
        app.setDefaultProperties(Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "server.port", "0"));
        try (ConfigurableApplicationContext context = app.run()) {
            JdbcClient extern = context.getBean(JdbcClient.class);
            assertThat(extern.sql("select current_database()").query(String.class).single()).isEqualTo("extern_test");
            assertThat(extern.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
                    .isPositive();
            assertThat(extern.sql("select count(*) from app_user").query(Integer.class).single()).isZero();
            assertThat(extern.sql("select count(*) from inburgeraar").query(Integer.class).single()).isZero();
            assertThat(context.getBeansOfType(DemoAccounts.class)).isEmpty();
        } finally {
            superuser("drop database if exists extern_test with (force)");
        }
    }

    /** The test server's superuser, standing in for the DBA who creates an external database. */
    private void superuser(String sql) {
        try (var connection = java.sql.DriverManager.getConnection(hostUrl("postgres"), "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hostUrl(String database) {
        String current = jdbc.sql("select 'jdbc:postgresql://localhost:' || current_setting('port') || '/'")
                .query(String.class).single();
        return current + database;
    }
}
