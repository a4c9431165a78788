package jp.kyodo.core.internal.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.internal.persistence.UtcTimestamps;
import jp.kyodo.core.security.LoginThrottle.Key;
import jp.kyodo.core.security.LoginThrottle.Kind;

/**
 * The throttle's tables ({@code KYODO_LOGIN_KEY}, {@code KYODO_LOGIN_FAILURE}, core migration V3), shared
 * by every node on the database. Each method runs on the caller's connection and transaction.
 */
final class ThrottleStore {

    /** Longer user names or addresses are kept by their first characters (only a guesser sends such). */
    static final int MAX_VALUE_LENGTH = 200;

    /**
     * A key's row.
     *
     * @param failures the failures within the window at the last failure, or those that led to the lock
     * @param blockedUntil the end of the slow-down or lock, or null
     */
    record Row(Key key, int failures, Instant blockedUntil, boolean locked) {

        boolean blockedAt(Instant now) {
            return blockedUntil != null && now.isBefore(blockedUntil);
        }

        boolean lockedAt(Instant now) {
            return locked && blockedAt(now);
        }
    }

    private static final String TOUCH =
            "UPDATE KYODO_LOGIN_KEY SET SEQ = SEQ + 1, LAST_SEEN = ? WHERE KIND = ? AND KEY_VALUE = ?";
    private static final String INSERT_KEY = "INSERT INTO KYODO_LOGIN_KEY (KIND, KEY_VALUE, SEQ, FAILURES,"
            + " BLOCKED_UNTIL, LOCKED, LAST_SEEN) VALUES (?, ?, 1, 0, NULL, ?, ?)";
    private static final String SELECT_SEQ = "SELECT SEQ FROM KYODO_LOGIN_KEY WHERE KIND = ? AND KEY_VALUE = ?";
    private static final String SELECT_KEY =
            "SELECT KIND, KEY_VALUE, FAILURES, BLOCKED_UNTIL, LOCKED FROM KYODO_LOGIN_KEY WHERE KIND = ? AND KEY_VALUE = ?";
    private static final String SET_STATE =
            "UPDATE KYODO_LOGIN_KEY SET FAILURES = ?, BLOCKED_UNTIL = ?, LOCKED = ? WHERE KIND = ? AND KEY_VALUE = ?";
    private static final String DELETE_OLD_FAILURES =
            "DELETE FROM KYODO_LOGIN_FAILURE WHERE KIND = ? AND KEY_VALUE = ? AND FAILED_AT <= ?";
    private static final String DELETE_FAILURES = "DELETE FROM KYODO_LOGIN_FAILURE WHERE KIND = ? AND KEY_VALUE = ?";
    private static final String INSERT_FAILURE =
            "INSERT INTO KYODO_LOGIN_FAILURE (KIND, KEY_VALUE, SEQ, FAILED_AT) VALUES (?, ?, ?, ?)";
    private static final String COUNT_FAILURES =
            "SELECT COUNT(*) FROM KYODO_LOGIN_FAILURE WHERE KIND = ? AND KEY_VALUE = ?";
    private static final String DELETE_KEY = "DELETE FROM KYODO_LOGIN_KEY WHERE KIND = ? AND KEY_VALUE = ?";
    private static final String DELETE_KEY_UNLESS_LOCKED =
            DELETE_KEY + " AND (LOCKED = ? OR BLOCKED_UNTIL IS NULL OR BLOCKED_UNTIL <= ?)";
    private static final String SELECT_LOCKS = "SELECT KIND, KEY_VALUE, FAILURES, BLOCKED_UNTIL, LOCKED"
            + " FROM KYODO_LOGIN_KEY WHERE LOCKED = ? AND BLOCKED_UNTIL > ? ORDER BY BLOCKED_UNTIL, KEY_VALUE";
    private static final String COUNT_KEYS = "SELECT COUNT(*) FROM KYODO_LOGIN_KEY";
    private static final String DELETE_UNBLOCKED =
            "DELETE FROM KYODO_LOGIN_KEY" + " WHERE (BLOCKED_UNTIL IS NULL OR BLOCKED_UNTIL <= ?)";
    private static final String AND_NOT_SEEN_SINCE = " AND LAST_SEEN <= ?";

    private ThrottleStore() {}

    /** The value as stored: at most {@value #MAX_VALUE_LENGTH} characters, no surrogate pair cut. */
    static String stored(Key key) {
        String v = key.value();
        if (v.length() <= MAX_VALUE_LENGTH) {
            return v;
        }
        int end = Character.isHighSurrogate(v.charAt(MAX_VALUE_LENGTH - 1)) ? MAX_VALUE_LENGTH - 1 : MAX_VALUE_LENGTH;
        return v.substring(0, end);
    }

    /**
     * Locks the key's row for the rest of the transaction, creating it when new: concurrent failures of
     * one key, on any node, queue here. Creating it can fail with a unique violation when another node
     * created it at the same moment; the caller repeats the transaction.
     */
    static void lock(Connection c, Key key, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TOUCH)) {
            UtcTimestamps.set(ps, 1, now);
            bindKey(ps, 2, key);
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_KEY)) {
            bindKey(ps, 1, key);
            ps.setBoolean(3, false);
            UtcTimestamps.set(ps, 4, now);
            ps.executeUpdate();
        }
    }

    static Optional<Row> row(Connection c, Key key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_KEY)) {
            bindKey(ps, 1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Records a failure at {@code now}, forgets those at or before {@code windowStart}. The key's row must
     * be {@link #lock locked} in this transaction: its number is the row's SEQ.
     *
     * @return the failures within the window, this one included
     */
    static int addFailure(Connection c, Key key, Instant now, Instant windowStart) throws SQLException {
        long seq;
        try (PreparedStatement ps = c.prepareStatement(SELECT_SEQ)) {
            bindKey(ps, 1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the throttle's row of " + key + " is gone");
                }
                seq = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(DELETE_OLD_FAILURES)) {
            bindKey(ps, 1, key);
            UtcTimestamps.set(ps, 3, windowStart);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_FAILURE)) {
            bindKey(ps, 1, key);
            ps.setLong(3, seq);
            UtcTimestamps.set(ps, 4, now);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(COUNT_FAILURES)) {
            bindKey(ps, 1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static void clearFailures(Connection c, Key key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE_FAILURES)) {
            bindKey(ps, 1, key);
            ps.executeUpdate();
        }
    }

    static void setState(Connection c, Key key, int failures, Instant blockedUntil, boolean locked)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SET_STATE)) {
            ps.setInt(1, failures);
            UtcTimestamps.set(ps, 2, blockedUntil);
            ps.setBoolean(3, locked);
            bindKey(ps, 4, key);
            ps.executeUpdate();
        }
    }

    /** Forgets the key and its failures. */
    static void forget(Connection c, Key key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE_KEY)) {
            bindKey(ps, 1, key);
            ps.executeUpdate();
        }
    }

    /** Forgets the key and its failures unless it is locked at {@code now}. */
    static void forgetUnlessLocked(Connection c, Key key, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE_KEY_UNLESS_LOCKED)) {
            bindKey(ps, 1, key);
            ps.setBoolean(3, false);
            UtcTimestamps.set(ps, 4, now);
            ps.executeUpdate();
        }
    }

    /** The locks in force at {@code now}, soonest to end first. */
    static List<Row> locks(Connection c, Instant now) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_LOCKS)) {
            ps.setBoolean(1, true);
            UtcTimestamps.set(ps, 2, now);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        return rows;
    }

    static long keys(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT_KEYS);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Forgets the keys neither blocked at {@code now} nor seen after {@code windowStart}. */
    static int forgetStale(Connection c, Instant now, Instant windowStart) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE_UNBLOCKED + AND_NOT_SEEN_SINCE)) {
            UtcTimestamps.set(ps, 1, now);
            UtcTimestamps.set(ps, 2, windowStart);
            return ps.executeUpdate();
        }
    }

    /** Forgets every key not blocked at {@code now}. */
    static int forgetUnblocked(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE_UNBLOCKED)) {
            UtcTimestamps.set(ps, 1, now);
            return ps.executeUpdate();
        }
    }

    private static void bindKey(PreparedStatement ps, int first, Key key) throws SQLException {
        ps.setString(first, key.kind().name());
        ps.setString(first + 1, stored(key));
    }

    private static Row row(ResultSet rs) throws SQLException {
        Kind kind = Kind.valueOf(rs.getString("KIND"));
        return new Row(
                new Key(kind, rs.getString("KEY_VALUE")),
                rs.getInt("FAILURES"),
                UtcTimestamps.get(rs, "BLOCKED_UNTIL"),
                rs.getBoolean("LOCKED"));
    }
}
