package jp.kyodo.events.internal;

import java.sql.SQLException;

/** Recognises a unique-key violation, and a transient failure worth a retry, on Derby and PostgreSQL alike. */
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

    /**
     * A lock timeout or deadlock (Derby 40XL1 and 40001, PostgreSQL 40001 and 40P01): nothing was written and the
     * same work may succeed in a new transaction. Derby also answers 40XL1 when many transactions insert into one
     * table with an identity column at the same moment (its identity generator gives up under contention).
     */
    static boolean transientFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if ("40XL1".equals(state) || "40001".equals(state) || "40P01".equals(state)) {
                    return true;
                }
            }
        }
        return false;
    }
}
