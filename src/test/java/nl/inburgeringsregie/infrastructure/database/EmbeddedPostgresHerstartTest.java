package nl.inburgeringsregie.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, point 9: after a crash of both the application and its embedded PostgreSQL (kill -9 of each), the next
 * start removes the stale postmaster.pid by itself and PostgreSQL recovers the data; a server that a running
 * application still uses is never clobbered. The first application is a second JVM ({@link Toepassing}) that starts the
 * server through {@link EmbeddedPostgres}, as the application does, in a directory of its own under target/ (not the
 * shared test database).
 */
class EmbeddedPostgresHerstartTest {

    private Path root;
    private Process toepassing;
    private final List<EmbeddedPostgres> gestart = new ArrayList<>();

    @BeforeEach
    void map() throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        root = target.resolve("herstart-test-" + UUID.randomUUID());
        Files.createDirectories(root);
        // The PostgreSQL binaries are unpacked once for all of these tests (and shared with the test database's).
        Path binaries = Files.exists(target.resolve("test-database/postgres-binaries"))
                ? target.resolve("test-database/postgres-binaries")
                : target.resolve("herstart-test-binaries");
        Files.createDirectories(binaries);
        Files.createSymbolicLink(root.resolve("postgres-binaries"), binaries);
    }

    @AfterEach
    void opruimen() throws IOException {
        if (toepassing != null) {
            toepassing.destroyForcibly();
        }
        gestart.forEach(EmbeddedPostgres::stop);
        Path pidFile = root.resolve("pgdata/postmaster.pid");
        if (Files.exists(pidFile)) {
            ProcessHandle.of(pid(root)).ifPresent(ProcessHandle::destroyForcibly);
        }
        try (var paden = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paden.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void eenServerInGebruikBlijftOngemoeidEnNaEenCrashVanBeideStartHijWeerMetAlleGegevens() throws Exception {
        int poort = startToepassing();
        long postmaster = pid(root);

        // While the first application runs, a second start on its directory fails clearly and touches nothing.
        assertThatThrownBy(this::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is in use by another running application (PID " + toepassing.pid() + ")")
                .hasMessageContaining("inburgeringsregie.embedded-database.directory");
        assertThat(pid(root)).isEqualTo(postmaster);
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);
        assertThat(telRijen("jdbc:postgresql://localhost:" + poort + "/postgres"))
                .isEqualTo(1000);

        // kill -9 of both: the application's JVM and PostgreSQL's postmaster; the pid file stays behind.
        toepassing.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow();
        server.destroyForcibly();
        server.onExit().get(10, TimeUnit.SECONDS);
        assertThat(root.resolve("pgdata/postmaster.pid")).exists();

        // The next start recovers by itself, with every committed row.
        EmbeddedPostgres herstart = start();
        assertThat(pid(root)).isNotEqualTo(postmaster);
        try (Connection c = DriverManager.getConnection(herstart.jdbcUrl("postgres"), "postgres", "");
                var rs = c.createStatement().executeQuery("select count(*), sum(n) from herstart_proef")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1000);
            assertThat(rs.getLong(2)).isEqualTo(500_500L);
        }
        // The embedded default commits synchronously: a commit returns once it is on disk (h7; nothing lost).
        try (Connection c = DriverManager.getConnection(herstart.jdbcUrl("postgres"), "postgres", "");
                var rs = c.createStatement().executeQuery("show synchronous_commit")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("on");
        }

        // And now that this application runs it, a second start (in the same JVM) is refused as well.
        assertThatThrownBy(this::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is in use by another running application");
        assertThat(telRijen(herstart.jdbcUrl("postgres"))).isEqualTo(1000);
    }

    private static int telRijen(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                var rs = c.createStatement().executeQuery("select count(*) from herstart_proef")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private EmbeddedPostgres start() {
        EmbeddedPostgres server = EmbeddedPostgres.start(root, 0, false);
        gestart.add(server);
        return server;
    }

    /** Starts {@link Toepassing} in its own JVM; returns the port of its server once its data is written. */
    private int startToepassing() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        toepassing = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), Toepassing.class.getName(), root.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader uitvoer =
                new BufferedReader(new InputStreamReader(toepassing.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder gelezen = new StringBuilder();
        String regel;
        while ((regel = uitvoer.readLine()) != null) {
            gelezen.append(regel).append('\n');
            if (regel.startsWith("KLAAR ")) {
                Thread.ofVirtual().start(() -> uitvoer.lines().forEach(l -> {})); // keep its output drained
                return Integer.parseInt(regel.substring(6).trim());
            }
        }
        throw new IllegalStateException("The first application did not start:\n" + gelezen);
    }

    private static long pid(Path root) throws IOException {
        return Long.parseLong(
                Files.readAllLines(root.resolve("pgdata/postmaster.pid")).get(0).trim());
    }

    /** The first application: starts the server in the directory given, writes data, and runs until killed. */
    static final class Toepassing {
        public static void main(String[] args) throws SQLException, InterruptedException {
            EmbeddedPostgres server = EmbeddedPostgres.start(Path.of(args[0]), 0, false);
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
                    var s = c.createStatement()) {
                // Each commit durable in the write-ahead log before it returns (the server runs with
                // synchronous_commit=off): what the restart must recover is then known to be in the log.
                s.execute("set synchronous_commit = on");
                s.execute("create table herstart_proef (n int primary key)");
                s.execute("insert into herstart_proef select generate_series(1, 1000)");
            }
            System.out.println("KLAAR " + server.port());
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
