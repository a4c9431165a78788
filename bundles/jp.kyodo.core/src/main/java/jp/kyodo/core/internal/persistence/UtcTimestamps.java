package jp.kyodo.core.internal.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Instants in {@code TIMESTAMP} columns as UTC wall-clock times, for tables that several nodes share: a
 * node's default time zone (which JDBC would use otherwise) must not shift what another node reads.
 */
public final class UtcTimestamps {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private UtcTimestamps() {}

    public static void set(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(value), Calendar.getInstance(UTC));
        }
    }

    public static Instant get(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column, Calendar.getInstance(UTC));
        return t == null ? null : t.toInstant();
    }
}
