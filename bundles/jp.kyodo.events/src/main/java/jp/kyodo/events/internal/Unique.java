package jp.kyodo.events.internal;

import java.sql.SQLException;

/** Recognises a unique-key violation on Derby and PostgreSQL alike. */
final class Unique {

    /** SQLState of "duplicate key" in both databases (SQL standard class 23, integrity constraint). */
    static final String UNIQUE_VIOLATION = "23505";

    private Unique() {}

    static boolean violated(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (UNIQUE_VIOLATION.equals(x.getSQLState())) {
                return true;
            }
            if (x.getCause() instanceof SQLException cause && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
