package nl.inburgeringsregie.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.inburgeringsregie.InburgeringsregieApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 point 14: as root, in a folder the unprivileged PostgreSQL user cannot enter (root's home folder, mode
 * 0700), start-up failed after half a minute with "error while loading shared libraries: libicuuc.so.60", and the
 * warning meant for this case never showed. Now it fails at once with a message that names the folder and the fix,
 * also when the whole application starts (a child JVM, whose output is read). Runs only as root (as the machines here do).
 */
class AfgeslotenMapTest {

    private Path afgesloten;

    @BeforeEach
    void map() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "only as root does PostgreSQL run as another user");
        afgesloten = Path.of("target").toAbsolutePath().resolve("afgesloten-" + UUID.randomUUID());
        Files.createDirectories(afgesloten);
        Files.setPosixFilePermissions(afgesloten, PosixFilePermissions.fromString("rwx------"));
    }

    @AfterEach
    void opruimen() throws IOException {
        if (afgesloten != null && Files.exists(afgesloten)) {
            try (var paden = Files.walk(afgesloten)) {
                for (Path p : (Iterable<Path>) paden.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void eenDataMapAchterEenAfgeslotenMapFaaltMeteenMetDeMapEnDeOplossing() {
        Path data = afgesloten.resolve("project/data");
        long start = System.nanoTime();
        assertThatThrownBy(() -> EmbeddedPostgres.start(data, 0, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot enter the folder " + afgesloten + " (rwx------, owner root)")
                .hasMessageContaining("nobody")
                .hasMessageContaining("--inburgeringsregie.embedded-database.directory=/var/tmp/inburgeringsregie")
                .hasMessageContaining("chmod o+x " + afgesloten);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start))
                .as("seconds until it fails")
                .isLessThan(5);
        assertThat(data.resolve("postgres-binaries")).as("nothing unpacked").doesNotExist();
    }

    @Test
    void eenMapDieIedereenMagBetredenGaatDoor() throws IOException {
        Files.setPosixFilePermissions(afgesloten, PosixFilePermissions.fromString("rwx-----x"));
        EmbeddedPostgres.requireReachableByUnprivilegedUser(afgesloten.resolve("project/data"));
    }

    @Test
    void deApplicatieMeldtHetBijDeStartOpDeConsole() throws Exception {
        Path data = afgesloten.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        InburgeringsregieApplication.class.getName(),
                        "--inburgeringsregie.embedded-database.directory=" + data,
                        "--server.port=0")
                .redirectErrorStream(true)
                .redirectOutput(afgesloten.resolve("uitvoer.txt").toFile())
                .start();
        try {
            assertThat(app.waitFor(120, TimeUnit.SECONDS))
                    .as("the application stops by itself")
                    .isTrue();
            String uitvoer = Files.readString(afgesloten.resolve("uitvoer.txt"), StandardCharsets.UTF_8);
            assertThat(app.exitValue()).isNotZero();
            assertThat(uitvoer)
                    .contains(
                            "cannot enter the folder " + afgesloten,
                            "chmod o+x " + afgesloten,
                            "inburgeringsregie.embedded-database.directory");
            assertThat(uitvoer).doesNotContain("libicuuc");
        } finally {
            app.destroyForcibly();
        }
    }
}
