package dev.bilat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.server.configuration.ConfigurableServerModules;
import org.neo4j.server.configuration.ServerSettings;

/**
 * Starts a Neo4j 5.26 community DBMS in-process for bilat's tests and local development.
 *
 * <pre>
 * java [jvm flags] -cp 'target/bilat-dev-neo4j-1.0.0.jar:target/lib/*:target/plugins/*' dev.bilat.Neo4jLauncher \
 *      --home DIR [--bolt-port 7687] [--http-port 7474 (0 = no HTTP)] [--listen 127.0.0.1] \
 *      [--plugins target/plugins] [--pagecache 64m] [--conf extra-neo4j.conf] \
 *      [--stdin-control] [--watch-pid PID] [--delete-home-on-exit]
 * </pre>
 *
 * <p>HTTP serves the transactional endpoint ({@code POST /db/neo4j/tx/commit}) and Neo4j Browser
 * ({@code /browser/}, when the neo4j-browser jar is on the classpath); the 5.26 Query API is off
 * because it needs the Java driver, which is kept off the classpath. Plugins (APOC) must be both
 * on the classpath and in {@code --plugins}, as the neo4j start script does; when an APOC jar is
 * there, start-up fails unless {@code apoc.version()} and {@code apoc.export.cypher.all} work.
 *
 * On success prints exactly one line to stdout:
 * {@code NEO4J READY bolt://127.0.0.1:<port> [http://127.0.0.1:<port>]}.
 * On failure prints {@code NEO4J FAILED: <reason>} and exits 1.
 *
 * <p>Stopping (all paths run the same idempotent, clean shutdown):
 * <ul>
 *   <li>SIGTERM / SIGINT (JVM shutdown hook) - what dev/neo4j/stop.sh uses;</li>
 *   <li>with {@code --stdin-control}: a line {@code stop} on stdin, or stdin reaching EOF
 *       (so a parent that dies takes the server with it);</li>
 *   <li>with {@code --watch-pid PID}: process PID no longer exists (guards against leaked
 *       servers when the test harness is killed).</li>
 * </ul>
 * With {@code --delete-home-on-exit} the home directory (data + logs) is deleted after a clean
 * shutdown (not after a failed start, so its logs can be read).
 * Authentication is disabled: this server is for tests on loopback only.
 */
public final class Neo4jLauncher {

    private static final PrintStream OUT = System.out;
    private static final PrintStream ERR = System.err;

    private static final AtomicBoolean STOPPED = new AtomicBoolean();
    private static final CountDownLatch DONE = new CountDownLatch(1);
    private static volatile DatabaseManagementService dbms;
    private static volatile Path homeToDelete;

    private Neo4jLauncher() {}

    private static final class Options {
        Path home;
        String listen = "127.0.0.1";
        int boltPort = 7687;
        int httpPort = 0; // 0 = HTTP connector disabled
        Path plugins;
        String pagecache = "64m";
        Path conf;
        boolean stdinControl;
        long watchPid = -1;
        boolean deleteHome;
    }

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            ERR.println("error: " + e.getMessage());
            usage();
            System.exit(2);
            return;
        }

        long t0 = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop("shutdown hook (signal or exit)"), "neo4j-shutdown"));

        try {
            start(o);
        } catch (Throwable t) {
            ERR.println("Neo4j failed to start:");
            t.printStackTrace(ERR);
            OUT.println("NEO4J FAILED: " + rootMessage(t));
            OUT.flush();
            homeToDelete = null; // keep logs/debug.log for diagnosis
            stop("start-up failure");
            System.exit(1);
            return;
        }

        String http = o.httpPort > 0 ? " http://" + o.listen + ":" + o.httpPort : "";
        ERR.printf(Locale.ROOT, "Neo4j started in %.1f s (home %s)%n", (System.nanoTime() - t0) / 1e9, o.home);
        OUT.println("NEO4J READY bolt://" + o.listen + ":" + o.boltPort + http);
        OUT.flush();

        if (o.stdinControl) {
            daemon("neo4j-stdin-control", Neo4jLauncher::watchStdin);
        }
        if (o.watchPid > 0) {
            long pid = o.watchPid;
            daemon("neo4j-watch-pid", () -> watchPid(pid));
        }

        try {
            DONE.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(0);
    }

    private static void start(Options o) throws IOException {
        Path home = o.home.toAbsolutePath();
        Files.createDirectories(home);
        if (o.deleteHome) {
            homeToDelete = home;
        }

        // LOAD CSV reads file:/// URLs from here only (embedded, the default is the whole file
        // system); APOC's file import and export stay off (their defaults, no apoc.conf here).
        Path importDir = Files.createDirectories(home.resolve("import"));

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (o.conf != null) {
            builder.loadPropertiesFromFile(o.conf.toAbsolutePath());
        }
        builder.setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(GraphDatabaseSettings.allow_file_urls, true)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(o.pagecache))
                // small, non-preallocated transaction logs: test data dirs are throw-away
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                // default 5 s + 5 s of Bolt grace periods make every shutdown take > 10 s
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(o.listen, o.boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(o.listen, o.boltPort))
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(HttpConnector.enabled, o.httpPort > 0);
        if (o.httpPort > 0) {
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(o.listen, o.httpPort))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress(o.listen, o.httpPort))
                    // No QUERY_API_ENDPOINTS (/db/{db}/query/v2): in 5.26 it is built on the Java driver,
                    // which is deliberately kept off the classpath. ENTERPRISE_MANAGEMENT_ENDPOINTS is
                    // meaningless on community. The classic /db/{db}/tx/commit endpoint and Browser stay.
                    .setConfig(ServerSettings.http_enabled_modules, EnumSet.of(
                            ConfigurableServerModules.TRANSACTIONAL_ENDPOINTS,
                            ConfigurableServerModules.UNMANAGED_EXTENSIONS,
                            ConfigurableServerModules.BROWSER));
        }
        if (o.plugins != null) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, o.plugins.toAbsolutePath())
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
        }

        dbms = builder.build();

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofSeconds(120).toMillis())) {
            throw new IllegalStateException("database 'neo4j' did not become available within 120 s");
        }
        try (Transaction tx = db.beginTx(); Result r = tx.execute("RETURN 1 AS one")) {
            Object one = r.next().get("one");
            if (!Long.valueOf(1L).equals(one)) {
                throw new IllegalStateException("sanity query returned " + one);
            }
        }
        if (o.plugins != null && hasApocJar(o.plugins)) {
            checkApoc(db);
        }
    }

    private static boolean hasApocJar(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("apoc") && p.toString().endsWith(".jar"));
        }
    }

    /** Fails start-up if an APOC jar is in the plugin dir but APOC does not work. */
    private static void checkApoc(GraphDatabaseService db) {
        try (Transaction tx = db.beginTx(); Result r = tx.execute("RETURN apoc.version() AS v")) {
            ERR.println("APOC loaded: " + r.next().get("v"));
        }
        try (Transaction tx = db.beginTx();
                Result r = tx.execute("CALL apoc.export.cypher.all(null, {stream: true}) YIELD nodes RETURN nodes")) {
            r.accept(row -> true);
        }
    }

    private static void stop(String why) {
        if (!STOPPED.compareAndSet(false, true)) {
            return;
        }
        DatabaseManagementService s = dbms;
        if (s != null) {
            ERR.println("Stopping Neo4j: " + why);
            long t0 = System.nanoTime();
            try {
                s.shutdown();
                ERR.printf(Locale.ROOT, "Neo4j stopped cleanly in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            } catch (Throwable t) {
                ERR.println("Neo4j shutdown error: " + t);
            }
        }
        Path h = homeToDelete;
        if (h != null) {
            deleteTree(h);
        }
        DONE.countDown();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort
                }
            });
        } catch (IOException e) {
            ERR.println("could not delete " + root + ": " + e);
        }
    }

    private static void watchStdin() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.trim().equalsIgnoreCase("stop")) {
                    stop("'stop' on stdin");
                    return;
                }
            }
            stop("stdin closed");
        } catch (IOException e) {
            stop("stdin error: " + e);
        }
    }

    private static void watchPid(long pid) {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty()) {
            stop("watched pid " + pid + " not running");
            return;
        }
        h.get().onExit().join();
        stop("watched pid " + pid + " exited");
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    private static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                v = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--stdin-control" -> o.stdinControl = true;
                case "--delete-home-on-exit" -> o.deleteHome = true;
                case "-h", "--help" -> {
                    usage();
                    System.exit(0);
                }
                default -> {
                    if (v == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("missing value for " + a);
                        }
                        v = args[++i];
                    }
                    switch (a) {
                        case "--home" -> o.home = Path.of(v);
                        case "--listen" -> o.listen = v;
                        case "--bolt-port" -> o.boltPort = port(v, false);
                        case "--http-port" -> o.httpPort = port(v, true);
                        case "--plugins" -> o.plugins = Path.of(v);
                        case "--pagecache" -> o.pagecache = v;
                        case "--conf" -> o.conf = Path.of(v);
                        case "--watch-pid" -> o.watchPid = Long.parseLong(v);
                        default -> throw new IllegalArgumentException("unknown option " + a);
                    }
                }
            }
        }
        if (o.home == null) {
            throw new IllegalArgumentException("--home is required");
        }
        if (o.httpPort == o.boltPort) {
            throw new IllegalArgumentException("--http-port must differ from --bolt-port");
        }
        return o;
    }

    private static int port(String v, boolean zeroOk) {
        int p = Integer.parseInt(v);
        if (p < (zeroOk ? 0 : 1) || p > 65535) {
            throw new IllegalArgumentException("bad port " + v);
        }
        return p;
    }

    private static long parseBytes(String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        long mul = 1;
        char last = s.charAt(s.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            mul = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            s = s.substring(0, s.length() - 1);
        }
        return Long.parseLong(s) * mul;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getClass().getSimpleName() + ": " + c.getMessage();
        return m.replace('\n', ' ');
    }

    private static void usage() {
        ERR.println("usage: Neo4jLauncher --home DIR [--bolt-port N] [--http-port N (0=off)] [--listen ADDR]"
                + " [--plugins DIR] [--pagecache 64m] [--conf FILE] [--stdin-control] [--watch-pid PID]"
                + " [--delete-home-on-exit]");
    }
}
