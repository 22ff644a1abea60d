package nl.inburgeringsregie.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import nl.inburgeringsregie.InburgeringsregieApplication;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import nl.inburgeringsregie.gebruikers.DemoAccounts;
import nl.inburgeringsregie.support.Api;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestData;
import nl.inburgeringsregie.support.WebSessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With spring.datasource.url set (an "external" PostgreSQL; here a second database on the test server),
 * the application starts on that database, Flyway migrates it, no embedded server is used and no demo
 * accounts or demo data exist, and no DUO simulator (issue 14 point 1).
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
                // Local accounts outside the embedded default only when asked for (issue 14 point 11).
                "inburgeringsregie.inloggen.lokale-accounts", "true",
                "server.port", "0"));
        try (ConfigurableApplicationContext context = app.run()) {
            JdbcClient extern = context.getBean(JdbcClient.class);
            assertThat(extern.sql("select current_database()")
                            .query(String.class)
                            .single())
                    .isEqualTo("extern_test");
            assertThat(extern.sql("select count(*) from flyway_schema_history where success")
                            .query(Integer.class)
                            .single())
                    .isPositive();
            assertThat(extern.sql("select count(*) from app_user")
                            .query(Integer.class)
                            .single())
                    .isZero();
            assertThat(extern.sql("select count(*) from inburgeraar")
                            .query(Integer.class)
                            .single())
                    .isZero();
            assertThat(context.getBeansOfType(DemoAccounts.class)).isEmpty();
            geenDuoSimulator(context, extern);
        } finally {
            superuser("drop database if exists extern_test with (force)");
        }
    }

    /**
     * Issue 14 point 1: outside the embedded demo the DUO simulator does not exist — no beans, no security chain of its
     * own, and its paths answer nobody: anonymous requests go to the login, a signed-in team lead gets 404.
     */
    private void geenDuoSimulator(ConfigurableApplicationContext context, JdbcClient extern) {
        assertThat(context.getBeanNamesForType(DuoSimulator.class)).isEmpty();
        assertThat(context.containsBean("duoSimulatorBeheer")).isFalse();
        assertThat(context.containsBean("duoSimulatorKeten")).isFalse();
        assertThat(context.containsBean("duoSimulatorSleutel")).isFalse();
        assertThat(context.getEnvironment().matchesProfiles("duo-simulator")).isFalse();
        String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        String persoon = "/duo-simulator/v1/personen/" + TestData.bsn() + "/inburgeringsplicht";

        Api anoniem = new Api(base, null, null);
        Api.Antwoord vraag = anoniem.get(persoon);
        assertThat(vraag.status()).isEqualTo(302);
        assertThat(vraag.header("Location")).endsWith("/login");
        assertThat(anoniem.post("/duo-simulator/beheer", "{}").status()).isIn(302, 403);

        // A team lead and application manager of this installation: the simulator's paths are simply not there.
        String hash = jdbc.sql("select password_hash from app_user where username = 'teamleider'")
                .query(String.class)
                .single();
        extern.sql(
                        "insert into app_user (username, display_name, password_hash, roles, gemeenten) "
                                + "values ('teamleider.extern', 'Teamleider Extern', ?, '{TEAMLEIDER,FUNCTIONEEL_BEHEERDER}', '{0392}')")
                .param(hash)
                .update();
        WebSessie teamleider = WebSessie.login(base, "teamleider.extern");
        assertThat(teamleider.get("/duo-simulator/beheer").statusCode()).isEqualTo(404);
        assertThat(teamleider.get(persoon).statusCode()).isEqualTo(404);
        assertThat(teamleider
                        .postMetCsrf(
                                "/duo-simulator/beheer",
                                Map.of("gemeentecode", "0392", "gebeurtenis", "SS101"),
                                "/gebruikers")
                        .statusCode())
                .isEqualTo(404);
    }

    /** The test server's superuser, standing in for the DBA who creates an external database. */
    private void superuser(String sql) {
        try (var connection = DriverManager.getConnection(hostUrl("postgres"), "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hostUrl(String database) {
        String current = jdbc.sql("select 'jdbc:postgresql://localhost:' || current_setting('port') || '/'")
                .query(String.class)
                .single();
        return current + database;
    }
}
