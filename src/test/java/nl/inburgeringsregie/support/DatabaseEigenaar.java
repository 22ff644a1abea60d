package nl.inburgeringsregie.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A connection to the test database as the owner of its tables (the role Flyway migrates as), not as the application:
 * for tests that show what even the owner cannot do (the audit log's triggers) or what only the owner may (issue 14
 * point 5). Close it after use.
 */
public final class DatabaseEigenaar implements AutoCloseable {

    /** The embedded default's owner role (EmbeddedPostgresEnvironmentPostProcessor). */
    public static final String ROL = "inburgeringsregie";

    private final SingleConnectionDataSource dataSource;
    private final JdbcClient jdbc;

    private DatabaseEigenaar(String url) {
        this.dataSource = new SingleConnectionDataSource(url, ROL, "", true);
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The owner's connection to the database the given (application) client uses. */
    public static DatabaseEigenaar van(JdbcClient applicatie) {
        String url = applicatie
                .sql("select 'jdbc:postgresql://localhost:' || current_setting('port') || '/' || current_database()")
                .query(String.class)
                .single();
        return new DatabaseEigenaar(url);
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
