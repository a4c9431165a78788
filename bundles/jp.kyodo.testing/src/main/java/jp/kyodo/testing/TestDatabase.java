package jp.kyodo.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.sql.XADataSource;
import javax.transaction.TransactionManager;
import jp.kyodo.core.cluster.ClusterJobs;
import jp.kyodo.core.internal.cluster.JdbcClusterJobs;
import jp.kyodo.core.internal.persistence.JtaTransactions;
import jp.kyodo.core.internal.persistence.Migration;
import jp.kyodo.core.internal.persistence.MigrationException;
import jp.kyodo.core.internal.persistence.MigrationRunner;
import jp.kyodo.core.persistence.Schema;
import jp.kyodo.core.persistence.Transactions;
import org.apache.commons.dbcp2.managed.BasicManagedDataSource;
import org.apache.derby.jdbc.EmbeddedXADataSource;
import org.apache.geronimo.transaction.manager.GeronimoTransactionManager;
import org.postgresql.xa.PGXADataSource;

/**
 * A real database for a bundle's unit tests, set up the way Kyodo runs in Karaf: the bundles' own
 * migrations applied by the core's {@link MigrationRunner}, an XA connection pool enlisting in a real
 * JTA transaction manager, and the core's own {@link Transactions} kit on top.
 *
 * <pre>
 * try (TestDatabase db = TestDatabase.create("jp.kyodo.registry")) {
 *     Transactions tx = db.transactions();
 *     …
 * }
 * </pre>
 *
 * <p>Which database: embedded Derby in memory by default; PostgreSQL when the system property {@value
 * #DB_PROPERTY} is {@code postgresql} — every test database is then a fresh schema (dropped on close) in
 * the database at {@value #PG_URL_PROPERTY} (default {@value #PG_URL_DEFAULT}, user and password {@code
 * kyodo_test}; {@code scripts/setup-test-postgresql.sh} creates them). The parent POM runs the tests
 * annotated {@link DatabaseTest} a second time on PostgreSQL.
 *
 * <p>Which migrations: those of the bundles named, found through the {@code Kyodo-Migrations} header of
 * their manifest on the class path — the module under test's own is {@code
 * target/classes/META-INF/MANIFEST.MF}, written by bnd before the tests run. All of a bundle's files are
 * applied, in version order, exactly as the platform applies them.
 */
public final class TestDatabase implements AutoCloseable {

    /** Which database the tests run on: {@code derby} (default) or {@code postgresql}. */
    public static final String DB_PROPERTY = "kyodo.test.db";

    public static final String PG_URL_PROPERTY = "kyodo.test.pg.url";
    public static final String PG_URL_DEFAULT = "jdbc:postgresql://127.0.0.1:5432/kyodo_test";
    public static final String PG_USER_PROPERTY = "kyodo.test.pg.user";
    public static final String PG_PASSWORD_PROPERTY = "kyodo.test.pg.password";

    /** The database products the platform supports. */
    public enum Kind {
        DERBY,
        POSTGRESQL
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Kind kind;
    private final String name;
    private final GeronimoTransactionManager tm;
    private final BasicManagedDataSource dataSource;
    private final JtaTransactions transactions;
    private final ConnectionSource plain;
    private final List<TestJpa> units = new ArrayList<>();

    private TestDatabase(Kind kind, String name, XADataSource xa, ConnectionSource plain) {
        this.kind = kind;
        this.name = name;
        this.plain = plain;
        try {
            this.tm = new GeronimoTransactionManager();
        } catch (javax.transaction.xa.XAException e) {
            throw new IllegalStateException("cannot start the transaction manager", e);
        }
        BasicManagedDataSource ds = new BasicManagedDataSource();
        ds.setTransactionManager(tm);
        ds.setXaDataSourceInstance(xa);
        ds.setMaxTotal(20);
        ds.setDefaultAutoCommit(true);
        this.dataSource = ds;
        this.transactions = new JtaTransactions(tm, ds);
    }

    /**
     * A fresh database (Derby in memory, or a fresh PostgreSQL schema, see {@value #DB_PROPERTY}) with
     * the migrations of the bundles named applied in that order.
     *
     * @param owners bundle symbolic names, e.g. {@code "jp.kyodo.registry"}
     */
    public static TestDatabase create(String... owners) {
        return migrated(kindFromProperty() == Kind.POSTGRESQL ? postgresql() : derbyInMemory(), owners);
    }

    /** A fresh embedded Derby in memory whatever {@value #DB_PROPERTY} says, e.g. as the source of a copy. */
    public static TestDatabase derby(String... owners) {
        return migrated(derbyInMemory(), owners);
    }

    /** The database with the bundles' migrations applied; closed when they fail. */
    private static TestDatabase migrated(TestDatabase db, String... owners) {
        try {
            db.migrate(owners);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * Embedded Derby in a folder, for benchmarks that keep their data between runs: migrated to the
     * bundles' current schema whether the folder is new or not.
     */
    public static TestDatabase derbyOnDisk(Path folder, String... owners) {
        String name = folder.toAbsolutePath().toString();
        EmbeddedXADataSource xa = new EmbeddedXADataSource();
        xa.setDatabaseName(name);
        xa.setCreateDatabase("create");
        TestDatabase db = new TestDatabase(
                Kind.DERBY, name, xa, () -> DriverManager.getConnection("jdbc:derby:" + name + ";create=true"));
        db.migrate(owners);
        return db;
    }

    /** The database of this run: {@link #DB_PROPERTY}. */
    public static Kind kindFromProperty() {
        String value = System.getProperty(DB_PROPERTY, "derby").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "derby" -> Kind.DERBY;
            case "postgresql", "postgres", "pg" -> Kind.POSTGRESQL;
            default -> throw new IllegalArgumentException(
                    "-D" + DB_PROPERTY + "=" + value + ": use derby (default) or postgresql");
        };
    }

    private static TestDatabase derbyInMemory() {
        String name = "memory:kyodo-test-" + COUNTER.incrementAndGet();
        EmbeddedXADataSource xa = new EmbeddedXADataSource();
        xa.setDatabaseName(name);
        xa.setCreateDatabase("create");
        return new TestDatabase(
                Kind.DERBY, name, xa, () -> DriverManager.getConnection("jdbc:derby:" + name + ";create=true"));
    }

    private static TestDatabase postgresql() {
        String url = System.getProperty(PG_URL_PROPERTY, PG_URL_DEFAULT);
        String user = System.getProperty(PG_USER_PROPERTY, "kyodo_test");
        String password = System.getProperty(PG_PASSWORD_PROPERTY, "kyodo_test");
        String schema = "kt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is not reachable at " + url + " as " + user + " (" + e.getMessage()
                            + "). Install and start Debian's postgresql and run scripts/setup-test-postgresql.sh"
                            + " (.ci/run does both), or run the tests on Derby without -D" + DB_PROPERTY,
                    e);
        }
        PGXADataSource xa = new PGXADataSource();
        xa.setUrl(url);
        xa.setUser(user);
        xa.setPassword(password);
        xa.setCurrentSchema(schema);
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(
                Kind.POSTGRESQL, schema, xa, () -> DriverManager.getConnection(schemaUrl, user, password));
    }

    private void migrate(String... owners) {
        MigrationRunner runner = new MigrationRunner(dataSource, Clock.systemUTC());
        for (String owner : owners) {
            try {
                runner.migrate(owner, migrationsOf(owner));
            } catch (MigrationException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The pooled DataSource: connections taken inside a JTA transaction are enlisted in it. */
    public DataSource dataSource() {
        return dataSource;
    }

    public TransactionManager transactionManager() {
        return tm;
    }

    /** The core's transaction kit on this database — the class the platform runs. */
    public Transactions transactions() {
        return transactions;
    }

    /**
     * The core's {@link ClusterJobs} on this database, as one node runs it: two of them with different
     * names are two nodes claiming the runs of the same jobs.
     */
    public ClusterJobs clusterJobs(String node) {
        return new JdbcClusterJobs(transactions, tm, Clock.systemUTC(), node);
    }

    /**
     * A connection outside the pool and any transaction (auto-commit), for a test's own setup and
     * assertions. Close it.
     */
    public Connection connect() throws SQLException {
        return plain.get();
    }

    /**
     * The persistence unit of the module under test ({@code META-INF/persistence.xml}) on this database,
     * behind the {@link org.apache.aries.jpa.template.JpaTemplate} a bundle gets from Aries JPA; its work
     * joins the transactions of {@link #transactions()}. Closed with the database.
     */
    public TestJpa jpa(String unitName) {
        TestJpa jpa = new TestJpa(unitName, tm, dataSource);
        units.add(jpa);
        return jpa;
    }

    /** Runs SQL statements directly (auto-commit), for a test's setup. */
    public void execute(String... sql) {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        units.forEach(TestJpa::close);
        transactions.close();
        try {
            dataSource.close();
        } catch (SQLException e) {
            // closing the pool of a test database: nothing to do about it
        }
        if (kind == Kind.POSTGRESQL) {
            String url = System.getProperty(PG_URL_PROPERTY, PG_URL_DEFAULT);
            try (Connection c = DriverManager.getConnection(
                            url,
                            System.getProperty(PG_USER_PROPERTY, "kyodo_test"),
                            System.getProperty(PG_PASSWORD_PROPERTY, "kyodo_test"));
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + name + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop the test schema " + name, e);
            }
        } else if (name.startsWith("memory:")) {
            try {
                DriverManager.getConnection("jdbc:derby:" + name + ";drop=true");
            } catch (SQLException expected) {
                // Derby reports a dropped database as an exception
            }
        } else {
            try {
                DriverManager.getConnection("jdbc:derby:" + name + ";shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a shutdown as an exception
            }
        }
    }

    // ---- migrations from the class path ----------------------------------------------------------

    /** Every migration of the bundle, found through its manifest's {@value Schema#MIGRATIONS_HEADER}. */
    static List<Migration> migrationsOf(String owner) {
        try {
            Enumeration<URL> manifests = TestDatabase.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            for (URL url : Collections.list(manifests)) {
                Manifest manifest;
                try (InputStream in = url.openStream()) {
                    manifest = new Manifest(in);
                }
                String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
                if (name != null && name.split(";")[0].strip().equals(owner)) {
                    String folder = manifest.getMainAttributes().getValue(Schema.MIGRATIONS_HEADER);
                    if (folder == null) {
                        return List.of();
                    }
                    return read(url, folder.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no bundle " + owner + " on the class path (its manifest is written by bnd"
                + " in process-classes: run the tests through Maven, or add the bundle as a test dependency)");
    }

    private static List<Migration> read(URL manifest, String folder) throws IOException {
        List<Migration> result = new ArrayList<>();
        if (manifest.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) manifest.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = folder.endsWith("/") ? folder : folder + "/";
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String entryName = entry.getName();
                    if (entryName.startsWith(prefix) && entryName.indexOf('/', prefix.length()) < 0) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            add(result, entryName.substring(prefix.length()), in);
                        }
                    }
                }
            }
            return result;
        }
        Path root;
        try {
            root = Path.of(manifest.toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return result;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    add(result, file.getFileName().toString(), in);
                }
            }
        }
        return result;
    }

    private static void add(List<Migration> result, String fileName, InputStream in) throws IOException {
        Optional<Migration> m = Migration.fromFile(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        m.ifPresent(result::add);
    }

    @FunctionalInterface
    private interface ConnectionSource {
        Connection get() throws SQLException;
    }
}
