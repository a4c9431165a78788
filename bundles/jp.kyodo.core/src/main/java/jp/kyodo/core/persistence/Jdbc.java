package jp.kyodo.core.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/**
 * The JDBC chores every store repeats, done once: nullable values in and out, generated keys, optimistic
 * version checks, and a page of rows with its total.
 */
public final class Jdbc {

    private Jdbc() {}

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(value));
        }
    }

    public static void setTimestamp(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(value));
        }
    }

    public static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    public static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public static Long longValue(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** Binds parameters of the common types (String, Long, Integer, Boolean, LocalDate, Instant). */
    public static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            int index = i + 1;
            if (p instanceof String s) {
                ps.setString(index, s);
            } else if (p instanceof Long l) {
                ps.setLong(index, l);
            } else if (p instanceof Integer n) {
                ps.setInt(index, n);
            } else if (p instanceof Boolean b) {
                ps.setBoolean(index, b);
            } else if (p instanceof LocalDate d) {
                ps.setDate(index, Date.valueOf(d));
            } else if (p instanceof Instant t) {
                ps.setTimestamp(index, Timestamp.from(t));
            } else {
                throw new IllegalArgumentException("cannot bind " + p);
            }
        }
    }

    /** The key of the row an insert prepared with {@code RETURN_GENERATED_KEYS} created. */
    public static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the insert returned no generated key");
            }
            return keys.getLong(1);
        }
    }

    /**
     * For an update guarded by {@code … WHERE ID = ? AND VERSION = ?}: no row changed means someone else
     * saved first (or the record is gone).
     *
     * @throws ConflictException with the platform's message for a concurrent change
     */
    public static void requireOneRow(int updated) {
        if (updated == 0) {
            throw new ConflictException();
        }
    }

    /** Every row of the query, mapped. */
    public static <T> List<T> list(Connection c, String sql, List<?> params, RowMapper<T> mapper) throws SQLException {
        List<T> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(mapper.map(rs));
                }
            }
        }
        return items;
    }

    /**
     * One page of an ordered query, with the total from the count query (not run when the first page
     * holds everything).
     */
    public static <T> Page<T> page(
            Connection c, String orderedSelect, String count, List<?> params, PageRequest page, RowMapper<T> mapper)
            throws SQLException {
        List<T> items = list(
                c,
                orderedSelect + " OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.limit() + " ROWS ONLY",
                params,
                mapper);
        long total;
        if (page.offset() == 0 && items.size() < page.limit()) {
            total = items.size();
        } else {
            try (PreparedStatement ps = c.prepareStatement(count)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        }
        return new Page<>(items, total, page);
    }
}
