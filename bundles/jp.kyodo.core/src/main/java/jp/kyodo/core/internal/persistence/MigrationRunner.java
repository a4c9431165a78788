package jp.kyodo.core.internal.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a bundle's versioned SQL files with plain JDBC. Each file runs in its own transaction
 * together with its history row, so a failing file leaves neither its tables nor a record of it
 * (both Derby and PostgreSQL have transactional DDL).
 *
 * <p>Why not Liquibase or Flyway: both find their changelogs and drivers through class-path
 * scanning and ServiceLoader, which needs extra OSGi wiring and several more bundles, while
 * Kyodo needs only forward, per-bundle, portable SQL with checksums. This runner is that and no
 * more. Public (in a package no bundle exports) for the unit-test fixture.
 *
 * <p>Several Kyodo nodes on one PostgreSQL database start together: each runner first takes an exclusive
 * lock on {@value #LOCK_TABLE} in a transaction of its own connection and keeps it until it is done, so the
 * second node waits, then finds the first node's history and applies nothing twice.
 */
public final class MigrationRunner {

    static final String HISTORY_TABLE = "KYODO_SCHEMA_HISTORY";
    /** Locked (table lock, held in an open transaction) while a runner migrates: one runner per database. */
    static final String LOCK_TABLE = "KYODO_SCHEMA_LOCK";

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final DataSource dataSource;
    private final Clock clock;

    public MigrationRunner(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Brings {@code owner}'s schema up to date.
     *
     * @return the highest applied version afterwards (0 when there are no migrations)
     * @throws MigrationException when a file fails, versions repeat, or an applied file changed
     */
    public synchronized int migrate(String owner, List<Migration> migrations) throws MigrationException {
        List<Migration> ordered = migrations.stream()
                .sorted(Comparator.comparingInt(Migration::version))
                .toList();
        Set<Integer> seen = new HashSet<>();
        for (Migration m : ordered) {
            if (!seen.add(m.version())) {
                throw new MigrationException(owner + ": two migration files have version " + m.version());
            }
        }
        try (Connection lock = dataSource.getConnection();
                Connection c = dataSource.getConnection()) {
            lockSchema(lock);
            try {
                return migrate(c, owner, ordered);
            } finally {
                lock.rollback();
                lock.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new MigrationException(owner + ": cannot lock or read the schema history: " + e.getMessage(), e);
        }
    }

    private int migrate(Connection c, String owner, List<Migration> ordered) throws MigrationException, SQLException {
        ensureHistoryTable(c);
        Map<Integer, String> applied = appliedChecksums(c, owner);
        int current =
                applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (Migration m : ordered) {
            String checksum = applied.get(m.version());
            if (checksum != null) {
                if (!checksum.equals(m.checksum())) {
                    throw new MigrationException(owner + ": migration V" + m.version()
                            + " was changed after it was applied; add a new version instead");
                }
                continue;
            }
            apply(c, owner, m);
            current = Math.max(current, m.version());
        }
        return current;
    }

    /** Takes the database's migration lock in an open transaction on {@code lock}, waiting for another node's. */
    private static void lockSchema(Connection lock) throws SQLException {
        createIfAbsent(lock, LOCK_TABLE, "CREATE TABLE " + LOCK_TABLE + " (ID INTEGER NOT NULL PRIMARY KEY)");
        lock.setAutoCommit(false);
        try (Statement st = lock.createStatement()) {
            st.execute("LOCK TABLE " + LOCK_TABLE + " IN EXCLUSIVE MODE");
        }
    }

    private void apply(Connection c, String owner, Migration m) throws MigrationException, SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        String statement = null;
        try (Statement st = c.createStatement()) {
            for (String sql : m.statements()) {
                statement = sql;
                st.execute(sql);
            }
            statement = "insert into " + HISTORY_TABLE;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + HISTORY_TABLE
                    + " (OWNER, VERSION, DESCRIPTION, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, owner);
                ps.setInt(2, m.version());
                ps.setString(3, truncate(m.description(), 200));
                ps.setString(4, m.checksum());
                ps.setTimestamp(5, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            c.commit();
            LOG.info("Schema of {} migrated to V{} ({})", owner, m.version(), m.description());
        } catch (SQLException e) {
            c.rollback();
            throw new MigrationException(
                    owner + ": migration V" + m.version() + " failed at [" + statement + "]: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection c, String owner) throws SQLException {
        Map<Integer, String> result = new HashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT VERSION, CHECKSUM FROM " + HISTORY_TABLE + " WHERE OWNER = ?")) {
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return result;
    }

    private static void ensureHistoryTable(Connection c) throws SQLException {
        createIfAbsent(
                c,
                HISTORY_TABLE,
                "CREATE TABLE " + HISTORY_TABLE + " ("
                        + "OWNER VARCHAR(128) NOT NULL, "
                        + "VERSION INTEGER NOT NULL, "
                        + "DESCRIPTION VARCHAR(200) NOT NULL, "
                        + "CHECKSUM VARCHAR(64) NOT NULL, "
                        + "APPLIED_AT TIMESTAMP NOT NULL, "
                        + "CONSTRAINT PK_KYODO_SCHEMA_HISTORY PRIMARY KEY (OWNER, VERSION))");
    }

    private static void createIfAbsent(Connection c, String table, String ddl) throws SQLException {
        if (tableExists(c, table)) {
            return;
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute(ddl);
            c.commit();
            LOG.info("Created the table {}", table);
        } catch (SQLException e) {
            c.rollback();
            // another node may have created it at the same moment
            if (!tableExists(c, table)) {
                throw e;
            }
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Whether the table is in the connection's schema (not merely in some schema of the database: a
     * PostgreSQL server may hold other installations or test schemas). Derby stores unquoted names in
     * upper case, PostgreSQL in lower case: ask for both.
     */
    static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        for (String name : List.of(table.toUpperCase(), table.toLowerCase())) {
            try (ResultSet rs = md.getTables(null, schema, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
