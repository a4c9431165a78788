package jp.kyodo.core.internal.persistence;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Copies a Kyodo database into another one, typically a city's embedded Derby into an empty PostgreSQL
 * database when it outgrows one machine. The target gets the schema from the bundles' own migrations (the
 * versions the source has), then every table's rows in one transaction, parents before children; identity
 * columns continue after the copied ids. Each table is then compared: row count and a checksum over its rows'
 * values that does not depend on row order (the two databases sort text differently).
 *
 * <p>The target must hold no Kyodo data: no tables at all, or only Kyodo's tables, all empty (as a node started
 * on it, or a copy that failed, leaves it). Run it while nobody changes the source (see README "Moving to
 * PostgreSQL"). Public (in a package no bundle exports) for the unit-test fixture.
 */
public final class DatabaseCopy {

    /** One table's result. */
    public record TableReport(
            String table, long sourceRows, long targetRows, String sourceChecksum, String targetChecksum) {
        public boolean matches() {
            return sourceRows == targetRows && sourceChecksum.equals(targetChecksum);
        }
    }

    /** What was copied; {@link #matches()} when every table arrived as it was. */
    public record Report(List<TableReport> tables) {
        public boolean matches() {
            return tables.stream().allMatch(TableReport::matches);
        }

        public long rows() {
            return tables.stream().mapToLong(TableReport::sourceRows).sum();
        }
    }

    private static final Set<String> OWN_TABLES = Set.of(MigrationRunner.HISTORY_TABLE, MigrationRunner.LOCK_TABLE);
    private static final int BATCH = 500;

    private final DataSource source;
    private final DataSource target;

    public DatabaseCopy(DataSource source, DataSource target) {
        this.source = source;
        this.target = target;
    }

    /**
     * Copies and compares.
     *
     * @param migrations each schema owner's (bundle's) migration files, as the running bundles have them
     * @throws IllegalStateException when the target holds data, or a bundle's schema cannot be made the same
     */
    public Report copy(Function<String, List<Migration>> migrations) throws SQLException, MigrationException {
        try (Connection from = source.getConnection();
                Connection to = target.getConnection()) {
            refuseData(to);
            Map<String, Integer> versions = versions(from);
            MigrationRunner runner = new MigrationRunner(target, Clock.systemUTC());
            for (Map.Entry<String, Integer> owner : versions.entrySet()) {
                List<Migration> files = migrations.apply(owner.getKey()).stream()
                        .filter(m -> m.version() <= owner.getValue())
                        .toList();
                int reached = runner.migrate(owner.getKey(), files);
                if (reached != owner.getValue()) {
                    throw new IllegalStateException(owner.getKey() + " is at V" + owner.getValue()
                            + " in the source but its migrations reach V" + reached
                            + " here: start the source once with the same bundles, then copy");
                }
            }
            List<String> tables = parentsFirst(from, tables(from));
            Set<String> targetTables = new LinkedHashSet<>(tables(to));
            for (String t : tables) {
                if (!targetTables.contains(t)) {
                    throw new IllegalStateException(
                            "table " + t + " is in the source but no migration creates it; nothing was copied");
                }
            }
            boolean autoCommit = to.getAutoCommit();
            to.setAutoCommit(false);
            try {
                for (String t : tables) {
                    copyTable(from, to, t);
                }
                to.commit();
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                throw e;
            } finally {
                to.setAutoCommit(autoCommit);
            }
            continueIdentities(to, tables);
        }
        return compare();
    }

    /** Compares every table of the source with the target's: row counts and checksums. */
    public Report compare() throws SQLException {
        try (Connection from = source.getConnection();
                Connection to = target.getConnection()) {
            Set<String> there = new LinkedHashSet<>(tables(to));
            List<TableReport> reports = new ArrayList<>();
            for (String t : tables(from)) {
                Sum a = sum(from, t);
                Sum b = there.contains(t) ? sum(to, t) : new Sum(0, "(no such table)");
                reports.add(new TableReport(t, a.rows, b.rows, a.checksum, b.checksum));
            }
            return new Report(reports);
        }
    }

    private static void refuseData(Connection to) throws SQLException {
        for (String t : tables(to)) {
            try (Statement st = to.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + t)) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("the target is not empty: table " + t + " has " + rs.getLong(1)
                            + " rows; copy only into a new, empty database");
                }
            }
        }
    }

    /** The schema owners and their versions in the source. */
    private static Map<String, Integer> versions(Connection from) throws SQLException {
        Map<String, Integer> result = new TreeMap<>();
        try (Statement st = from.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT OWNER, MAX(VERSION) FROM " + MigrationRunner.HISTORY_TABLE + " GROUP BY OWNER")) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getInt(2));
            }
        }
        return result;
    }

    /** The connection's own tables (upper-case names), Kyodo's migration bookkeeping left out. */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> result = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (!OWN_TABLES.contains(name)) {
                    result.add(name);
                }
            }
        }
        result.sort(null);
        return result;
    }

    /** The tables ordered so that every table comes after the tables its foreign keys point to. */
    private static List<String> parentsFirst(Connection c, List<String> tables) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String t : tables) {
            Set<String> of = new LinkedHashSet<>();
            try (ResultSet rs = md.getImportedKeys(null, c.getSchema(), metaName(c, t))) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT);
                    if (!parent.equals(t)) {
                        of.add(parent);
                    }
                }
            }
            parents.put(t, of);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < tables.size()) {
            boolean progress = false;
            for (String t : tables) {
                if (!ordered.contains(t) && ordered.containsAll(parents.get(t))) {
                    ordered.add(t);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys form a cycle among " + tables);
            }
        }
        return ordered;
    }

    private static void copyTable(Connection from, Connection to, String table) throws SQLException {
        try (Statement st = from.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                columns.add(md.getColumnName(i));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
            try (PreparedStatement ps = to.prepareStatement(insert)) {
                int pending = 0;
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        ps.setObject(i, portable(rs.getObject(i)), md.getColumnType(i));
                    }
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        }
    }

    /**
     * Large objects as the values they hold, so the target's driver need not read the source's; timestamps to
     * the microsecond (PostgreSQL's precision; Derby keeps nanoseconds), rounded here so both sides agree.
     */
    private static Object portable(Object value) throws SQLException {
        if (value instanceof Timestamp ts) {
            return toMicros(ts);
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        return value;
    }

    /** Identity columns of the copied tables continue after the highest copied value. */
    private static void continueIdentities(Connection to, List<String> tables) throws SQLException {
        boolean postgresql = to.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        for (String t : tables) {
            for (String column : identityColumns(to, t)) {
                long next;
                try (Statement st = to.createStatement();
                        ResultSet rs = st.executeQuery("SELECT MAX(" + column + ") FROM " + t)) {
                    rs.next();
                    next = rs.getLong(1) + 1;
                }
                try (Statement st = to.createStatement()) {
                    if (postgresql) {
                        st.execute("SELECT setval(pg_get_serial_sequence('" + t.toLowerCase(Locale.ROOT) + "', '"
                                + column.toLowerCase(Locale.ROOT) + "'), " + next + ", false)");
                    } else {
                        st.execute("ALTER TABLE " + t + " ALTER COLUMN " + column + " RESTART WITH " + next);
                    }
                }
            }
        }
    }

    private static List<String> identityColumns(Connection c, String table) throws SQLException {
        List<String> result = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), metaName(c, table), "%")) {
            while (rs.next()) {
                if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
                    result.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return result;
    }

    /** The name as the database's catalog stores unquoted names: upper case in Derby, lower case in PostgreSQL. */
    private static String metaName(Connection c, String table) throws SQLException {
        return c.getMetaData().storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
    }

    private record Sum(long rows, String checksum) {}

    /**
     * The table's rows and a checksum of their values: each row hashed from its columns (by name) in a form
     * both databases give alike, the row hashes sorted, and those hashed — so the order rows come in does not
     * matter.
     */
    private static Sum sum(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            Integer[] byName = new Integer[n];
            for (int i = 0; i < n; i++) {
                byName[i] = i + 1;
            }
            Arrays.sort(byName, (a, b) -> {
                try {
                    return md.getColumnName(a)
                            .toUpperCase(Locale.ROOT)
                            .compareTo(md.getColumnName(b).toUpperCase(Locale.ROOT));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            List<byte[]> rows = new ArrayList<>();
            MessageDigest row = sha256();
            while (rs.next()) {
                for (int i : byName) {
                    row.update(canonical(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                    row.update((byte) 0);
                }
                rows.add(row.digest());
            }
            rows.sort(Arrays::compare);
            MessageDigest all = sha256();
            rows.forEach(all::update);
            return new Sum(rows.size(), HexFormat.of().formatHex(all.digest()));
        }
    }

    /** A value as text both databases' drivers give alike. */
    private static String canonical(Object v) throws SQLException {
        if (v == null) {
            return "\u2400";
        }
        if (v instanceof Clob clob) {
            try (Reader r = clob.getCharacterStream()) {
                StringBuilder sb = new StringBuilder();
                char[] buf = new char[8192];
                for (int k; (k = r.read(buf)) > 0; ) {
                    sb.append(buf, 0, k);
                }
                return sb.toString();
            } catch (IOException e) {
                throw new SQLException(e);
            }
        }
        if (v instanceof Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        if (v instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (v instanceof Timestamp ts) {
            return toMicros(ts).toLocalDateTime().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }

    /** The timestamp rounded (half up) to whole microseconds. */
    static Timestamp toMicros(Timestamp ts) {
        long micros = Math.round(ts.getNanos() / 1000.0);
        Timestamp rounded = new Timestamp(ts.getTime() - ts.getNanos() / 1_000_000 + (micros == 1_000_000 ? 1000 : 0));
        rounded.setNanos((int) (micros == 1_000_000 ? 0 : micros * 1000));
        return rounded;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
