package jp.kyodo.itests.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The built distribution, unpacked and started for real ({@code bin/karaf server}) on free ports,
 * once for all browser tests of a run, and stopped at the end. Its folder stays under
 * {@code target/browser-dist/} for the logs. {@link #get} returns once {@code /api/v1/health/ready}
 * says every installed module is ready, so no test waits on a module's own endpoint.
 *
 * <p>Sign-in throttling is set low so its tests run in seconds, and the proxy's {@code X-Forwarded-For}
 * is trusted: a test that locks a client address sends its own ({@link #rest(String, String, String,
 * String, String)}, {@link Browser#forwardedFor}) instead of locking 127.0.0.1 for every other test.
 */
public final class RunningKyodo implements ExtensionContext.Store.CloseableResource {

    public static final String ADMIN_PASSWORD = "Kyodo-Browser-Admin-1";
    public static final String VIEWER = "etsuran";
    public static final String VIEWER_PASSWORD = "Viewer-Password-1";
    public static final String COORDINATOR = "suishin";
    public static final String COORDINATOR_PASSWORD = "Coordinator-Password-1";
    /** A staff member only the sign-in lock test uses: locking them disturbs no other test. */
    public static final String LOCKED_OUT = "hayashi";

    public static final String LOCKED_OUT_PASSWORD = "Hayashi-Password-1";
    public static final int SESSION_TIMEOUT_MINUTES = 1;

    /** Throttling in the test distribution (etc/jp.kyodo.core.cfg): fast, and 127.0.0.1 never reaches it. */
    public static final int ACCOUNT_DELAY_AFTER = 3;

    public static final int ACCOUNT_LOCK_AFTER = 5;
    public static final int ADDRESS_DELAY_AFTER = 5;
    public static final int ADDRESS_LOCK_AFTER = 8;
    /** The longest wait between attempts before a lock (the first is 1 s). */
    public static final int MAX_DELAY_SECONDS = 2;

    /** API tokens configured in the test distribution, one per role (see {@link #rest}). */
    public enum ApiRole {
        VIEWER("kyodo-viewer"),
        STAFF("kyodo-staff"),
        COORDINATOR("kyodo-coordinator"),
        ADMIN("kyodo-admin");

        final String roleName;

        ApiRole(String roleName) {
            this.roleName = roleName;
        }

        String token() {
            return "it-token-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The answer of a REST call. */
    public record Answer(int status, String body) {}

    /** The database a distribution runs on. */
    public enum Database {
        /** The default: embedded Derby in the distribution's data folder. */
        DERBY,
        /**
         * A fresh schema on the local PostgreSQL server the store tests use (scripts/setup-test-postgresql.sh;
         * {@code -Dkyodo.test.pg.url}, {@code .user}, {@code .password} as for them), set up as the README says:
         * the feature {@code kyodo-postgresql} and {@code etc/org.ops4j.datasource-kyodo.cfg}. Dropped at the end.
         */
        POSTGRESQL
    }

    private static final String PG_URL =
            System.getProperty("kyodo.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/kyodo_test");
    private static final String PG_USER = System.getProperty("kyodo.test.pg.user", "kyodo_test");
    private static final String PG_PASSWORD = System.getProperty("kyodo.test.pg.password", "kyodo_test");

    private final Path home;
    private final int httpPort;
    private String nodeName = "";
    private final int sshPort;
    private final Process process;
    private final String pgSchema;

    private RunningKyodo(Path home, int httpPort, int sshPort, Process process, String pgSchema) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
        this.process = process;
        this.pgSchema = pgSchema;
    }

    /** Marks a test class that runs against the distribution on PostgreSQL (a subclass of a Derby one). */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    public @interface OnPostgresql {}

    /**
     * The instance shared by every test class of this run: on embedded Derby, or on PostgreSQL for a class
     * marked {@link OnPostgresql}.
     */
    public static RunningKyodo get(ExtensionContext context) {
        boolean postgresql = context.getTestClass()
                .map(c -> c.isAnnotationPresent(OnPostgresql.class))
                .orElse(false);
        return get(context, postgresql ? Database.POSTGRESQL : Database.DERBY);
    }

    /** The instance on the given database shared by every test class of this run that asks for it. */
    public static RunningKyodo get(ExtensionContext context, Database database) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(
                        RunningKyodo.class.getName() + "/" + database, k -> start(database), RunningKyodo.class);
    }

    /**
     * A second node on the same PostgreSQL schema as {@link #get(ExtensionContext, Database) the PostgreSQL
     * instance} (which is started first if need be): two Kyodo nodes sharing one database, as a larger city runs
     * them. Shared by the test classes of this run that ask for it; it leaves the schema to the first node.
     */
    public static RunningKyodo secondNode(ExtensionContext context) {
        RunningKyodo first = get(context, Database.POSTGRESQL);
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(
                        RunningKyodo.class.getName() + "/" + Database.POSTGRESQL + "/2",
                        k -> start(Database.POSTGRESQL, first.pgSchema),
                        RunningKyodo.class);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public Path home() {
        return home;
    }

    /**
     * What an operator would look at first when a test fails against this distribution: whether its process lives,
     * its health report, and the ERROR lines and the end of {@code data/log/karaf.log}.
     */
    public String diagnosis() {
        StringBuilder out = new StringBuilder("---- ")
                .append(home)
                .append(" (process ")
                .append(process.isAlive() ? "alive" : "exited " + process.exitValue())
                .append(")\n");
        try {
            Answer health = health("/api/v1/health");
            out.append("health ")
                    .append(health.status())
                    .append(": ")
                    .append(health.body())
                    .append('\n');
        } catch (IOException e) {
            out.append("health: ").append(e).append('\n');
        }
        Path log = home.resolve("data/log/karaf.log");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> errors =
                    lines.stream().filter(l -> l.contains("| ERROR |")).toList();
            out.append("errors (last 20 of ").append(errors.size()).append("):\n");
            errors.subList(Math.max(0, errors.size() - 20), errors.size())
                    .forEach(l -> out.append(l).append('\n'));
            out.append("end of the log:\n");
            lines.subList(Math.max(0, lines.size() - 30), lines.size())
                    .forEach(l -> out.append(l).append('\n'));
        } catch (IOException | java.io.UncheckedIOException e) {
            out.append("no log: ").append(e).append('\n');
        }
        return out.toString();
    }

    private static RunningKyodo start(Database database) {
        return start(database, null);
    }

    /**
     * A distribution of its own on embedded Derby, in {@code target/<folder>}: another city, for the tests of the
     * exchange between cities. Not shared; the caller closes it.
     */
    public static RunningKyodo city(String folder) {
        return start(Database.DERBY, null, folder);
    }

    /** @param sharedSchema the PostgreSQL schema of a node already running, or null for a fresh one */
    private static RunningKyodo start(Database database, String sharedSchema) {
        String folder = database == Database.DERBY ? "browser-dist" : "browser-dist-postgresql";
        return start(database, sharedSchema, sharedSchema == null ? folder : folder + "-2");
    }

    private static RunningKyodo start(Database database, String sharedSchema, String folder) {
        try {
            String archive = System.getProperty("kyodo.dist.archive");
            if (archive == null) {
                throw new IllegalStateException("system property kyodo.dist.archive is not set (see itests/pom.xml)");
            }
            Path parent = Paths.get("target", folder).toAbsolutePath();
            deleteTree(parent);
            Files.createDirectories(parent);
            run(List.of("tar", "xzf", archive, "-C", parent.toString()), parent, Duration.ofMinutes(2));
            Path home;
            try (Stream<Path> dirs = Files.list(parent)) {
                home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
            }
            int http = freePort();
            int ssh = freePort();
            setProperty(home, "org.apache.karaf.shell.cfg", "sshPort", Integer.toString(ssh));
            setProperty(home, "org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort()));
            setProperty(home, "org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()));
            setProperty(home, "jp.kyodo.web.cfg", "httpPort", Integer.toString(http));
            // short, so the idle-timeout test need not wait half an hour
            setProperty(home, "jp.kyodo.web.cfg", "sessionTimeoutMinutes", Integer.toString(SESSION_TIMEOUT_MINUTES));
            List<String> tokens = new ArrayList<>();
            for (ApiRole role : ApiRole.values()) {
                tokens.add(role.name().toLowerCase(java.util.Locale.ROOT) + ":" + role.roleName + ":"
                        + sha256(role.token()));
            }
            setProperty(home, "jp.kyodo.web.cfg", "apiTokens", String.join(",", tokens));
            setProperty(home, "jp.kyodo.web.cfg", "forwardedHeaders", "true");
            setProperty(home, "jp.kyodo.core.cfg", "accountDelayAfter", Integer.toString(ACCOUNT_DELAY_AFTER));
            setProperty(home, "jp.kyodo.core.cfg", "accountLockAfter", Integer.toString(ACCOUNT_LOCK_AFTER));
            setProperty(home, "jp.kyodo.core.cfg", "addressDelayAfter", Integer.toString(ADDRESS_DELAY_AFTER));
            setProperty(home, "jp.kyodo.core.cfg", "addressLockAfter", Integer.toString(ADDRESS_LOCK_AFTER));
            setProperty(home, "jp.kyodo.core.cfg", "firstDelaySeconds", "1");
            setProperty(home, "jp.kyodo.core.cfg", "maxDelaySeconds", Integer.toString(MAX_DELAY_SECONDS));
            // staff with lesser roles; Karaf hashes these clear passwords at their first login
            Files.writeString(
                    home.resolve("etc/users.properties"),
                    VIEWER + " = " + VIEWER_PASSWORD + ",kyodo-viewer\n" + COORDINATOR + " = " + COORDINATOR_PASSWORD
                            + ",kyodo-coordinator\n" + LOCKED_OUT + " = " + LOCKED_OUT_PASSWORD + ",kyodo-staff\n",
                    StandardOpenOption.APPEND);

            String schema = database == Database.POSTGRESQL ? onPostgresql(home, sharedSchema) : null;
            String nodeName = database == Database.DERBY ? "" : sharedSchema == null ? "a" : "b";
            if (!nodeName.isEmpty()) {
                // nodes of one database name themselves in their session ids, for the proxy in front (ClusterIT)
                setProperty(home, "jp.kyodo.web.cfg", "nodeName", nodeName);
            }

            // the node that made the schema drops it at the end
            return launch(home, http, ssh, sharedSchema == null ? schema : null, nodeName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Points the unpacked distribution at a fresh schema on the PostgreSQL server before its first start,
     * the way the README tells city IT to: the driver's feature at boot and the DataSource's configuration.
     *
     * @return the schema's name
     */
    private static String onPostgresql(Path home, String sharedSchema) throws IOException {
        String schema = sharedSchema != null
                ? sharedSchema
                : "kit_"
                        + java.util
                                .UUID
                                .randomUUID()
                                .toString()
                                .replace("-", "")
                                .substring(0, 12);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                java.sql.Statement st = c.createStatement()) {
            if (sharedSchema == null) {
                st.execute("CREATE SCHEMA " + schema);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is not reachable at " + PG_URL + " (" + e.getMessage()
                            + "); run scripts/setup-test-postgresql.sh (.ci/run does)",
                    e);
        }
        Files.writeString(
                home.resolve("etc/org.ops4j.datasource-kyodo.cfg"),
                String.join(
                        "\n",
                        "osgi.jdbc.driver.name = PostgreSQL JDBC Driver",
                        "url = " + PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                        "user = " + PG_USER,
                        "password = " + PG_PASSWORD,
                        "dataSourceName = kyodo",
                        "pool = dbcp2",
                        "xa = true",
                        "pool.maxTotal = 20",
                        ""),
                StandardCharsets.UTF_8);
        Path features = home.resolve("etc/org.apache.karaf.features.cfg");
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(features, StandardCharsets.ISO_8859_1)) {
            p.load(in);
        }
        String boot = p.getProperty("featuresBoot").replaceAll("\\s+", " ").strip() + ", kyodo-postgresql";
        setProperty(home, "org.apache.karaf.features.cfg", "featuresBoot", boot);
        return schema;
    }

    /** Removes a property from a properties file, with its continuation lines. */
    private static void removeProperty(Path file, String key) throws IOException {
        List<String> kept = new ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            boolean inProperty = continued || line.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*[=:].*");
            if (inProperty) {
                continued = line.endsWith("\\");
            } else {
                kept.add(line);
            }
        }
        Files.write(file, kept, StandardCharsets.ISO_8859_1);
    }

    /** A health check's answer (no sign-in), quickly: a server that does not answer within seconds is not up. */
    private Answer health(String path) throws IOException {
        HttpURLConnection c =
                (HttpURLConnection) URI.create(baseUrl() + path).toURL().openConnection();
        c.setConnectTimeout(1000);
        c.setReadTimeout(5000);
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Waits until {@code /api/v1/health/ready} answers 200: the platform and every installed module are ready. */
    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + "; see " + home);
            }
            try {
                Answer ready = health("/api/v1/health/ready");
                if (ready.status() == 200) {
                    return;
                }
                last = ready.status() + " " + ready.body();
            } catch (IOException notYet) {
                // still starting
            }
            sleep(250);
        }
        throw new IllegalStateException("Kyodo did not become ready within " + timeout + " (last answer: " + last
                + "); see " + home + "/data/log");
    }

    /**
     * Calls the REST API as a machine client with the role's token, e.g. to seed data: {@code
     * rest(ApiRole.COORDINATOR, "POST", "/api/v1/registry/organisations", json)}.
     *
     * @param body JSON (or CSV for imports, sent as text/csv), null for none
     */
    public Answer rest(ApiRole role, String method, String path, String body) {
        return rest(null, role.token(), method, path, body).answer();
    }

    /** The answer of a REST call with its headers. */
    public record Response(Answer answer, java.net.http.HttpHeaders headers) {}

    /**
     * Calls the REST API with any token, as a client at {@code clientAddress} (sent as the proxy's
     * {@code X-Forwarded-For}, which the test distribution trusts), e.g. to be refused.
     *
     * @param clientAddress null for the test's own address (127.0.0.1)
     */
    public Response rest(String clientAddress, String token, String method, String path, String body) {
        try {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                            URI.create(baseUrl() + path))
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(60));
            if (clientAddress != null) {
                request.header("X-Forwarded-For", clientAddress);
            }
            if (body == null) {
                request.method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
            } else {
                request.header(
                                "Content-Type",
                                body.startsWith("{") || body.startsWith("[") ? "application/json" : "text/csv")
                        .method(
                                method,
                                java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            }
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(new Answer(response.statusCode(), response.body()), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs Karaf console commands as the administrator, the way an operator would over SSH. */
    public String console(String... commands) {
        List<String> cmd = new ArrayList<>(List.of(
                home.resolve("bin/client").toString(),
                "-a",
                Integer.toString(sshPort),
                "-u",
                "admin",
                "-p",
                ADMIN_PASSWORD,
                "-r",
                "5",
                "-d",
                "2",
                "-b"));
        try {
            Path script = Files.createTempFile(home, "console", ".txt");
            Files.writeString(script, String.join("\n", commands) + "\n", StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder(cmd)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(script.toFile());
            Process p = pb.start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("console commands timed out: " + commands);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts Karaf in the unpacked distribution and waits until Kyodo is ready. */
    private static RunningKyodo launch(Path home, int http, int ssh, String pgSchema, String nodeName)
            throws IOException {
        if (!jp.kyodo.itests.Ports.bindable(http)) {
            // a Karaf of the last start still answering there would be taken for this one
            throw new IllegalStateException("port " + http + " is still in use; not starting " + home);
        }
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("console.log").toFile()));
        pb.environment().put("KYODO_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process process = pb.start();
        RunningKyodo kyodo = new RunningKyodo(home, http, ssh, process, pgSchema);
        kyodo.nodeName = nodeName;
        try {
            kyodo.awaitReady(Duration.ofMinutes(3));
        } catch (RuntimeException notReady) {
            // nobody else will stop it: a Karaf left running was seen to break the next run's database
            kyodo.close();
            throw notReady;
        }
        return kyodo;
    }

    /**
     * Stops the distribution (unless it was stopped already) and starts it again on the same data and ports (a city's
     * server restarted).
     *
     * @return the running distribution; this one is stopped
     */
    public RunningKyodo restart() {
        if (process.isAlive()) {
            stop();
        }
        try {
            return launch(home, httpPort, sshPort, pgSchema, nodeName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kills Karaf's JVM and the script that started it ({@code bin/karaf} runs Java as its child: killing the script
     * alone would leave the JVM holding the ports and the database for the next start).
     */
    private void kill() {
        System.out.println("RunningKyodo: " + home + " did not stop in time; killed");
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        try {
            for (ProcessHandle p : all) {
                p.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Karaf did not exit: " + home, e);
        }
    }

    /** The node's name in its session ids: a or b on PostgreSQL, empty on Derby. */
    public String nodeName() {
        return nodeName;
    }

    /** The HTTP port the node listens on. */
    public int httpPort() {
        return httpPort;
    }

    /** Stops the distribution now, as {@code bin/stop} does (a node going away under its users). */
    public void stop() {
        run(List.of(home.resolve("bin/stop").toString()), home, Duration.ofMinutes(1));
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    @Override
    public void close() {
        try {
            run(List.of(home.resolve("bin/stop").toString()), home, Duration.ofMinutes(1));
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        } catch (RuntimeException e) {
            kill();
        }
        if (pgSchema != null) {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                    java.sql.Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + pgSchema + " CASCADE");
            } catch (java.sql.SQLException e) {
                System.err.println("could not drop the test schema " + pgSchema + ": " + e.getMessage());
            }
        }
    }

    /** Sets a property in a file of {@code etc/}, replacing its earlier value (continuation lines included). */
    private static void setProperty(Path home, String file, String key, String value) throws IOException {
        Path cfg = home.resolve("etc").resolve(file);
        if (Files.exists(cfg)) {
            removeProperty(cfg, key);
        }
        Files.writeString(
                cfg,
                key + " = " + value + "\n",
                StandardCharsets.ISO_8859_1,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static void run(List<String> command, Path dir, Duration timeout) {
        try {
            Process p = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .inheritIO()
                    .start();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("failed: " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int freePort() {
        return jp.kyodo.itests.Ports.free();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
