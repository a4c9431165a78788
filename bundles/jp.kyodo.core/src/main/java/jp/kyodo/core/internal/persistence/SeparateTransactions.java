package jp.kyodo.core.internal.persistence;

import java.sql.SQLException;
import java.util.Set;
import javax.transaction.InvalidTransactionException;
import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.Transaction;
import javax.transaction.TransactionManager;
import jp.kyodo.core.persistence.DatabaseException;
import jp.kyodo.core.persistence.SqlWork;
import jp.kyodo.core.persistence.Transactions;

/**
 * Writes that commit on their own, whatever the caller's transaction does — a failed sign-in counts even
 * when the caller rolls back, and a unique violation expected by the work (a job run someone else
 * claimed) cannot spoil the caller's transaction (PostgreSQL refuses every further statement of a
 * transaction after a failed one). The caller's transaction, if any, is suspended for the work and
 * resumed afterwards.
 */
public final class SeparateTransactions {

    /** Unique violation (both databases). */
    public static final String UNIQUE_VIOLATION = "23505";

    /**
     * Failures that a repeat of the whole transaction may get past: a unique violation of a row another
     * node inserted at the same moment, a deadlock or serialization failure (40001 on both databases,
     * 40P01 a deadlock on PostgreSQL).
     */
    private static final Set<String> RETRYABLE = Set.of(UNIQUE_VIOLATION, "40001", "40P01");

    private static final int ATTEMPTS = 3;

    private final TransactionManager tm;
    private final Transactions tx;

    public SeparateTransactions(TransactionManager tm, Transactions tx) {
        this.tm = tm;
        this.tx = tx;
    }

    /** Runs the work in a new transaction that commits when it returns; rolled back and rethrown on failure. */
    public <T> T write(SqlWork<T> work) {
        Transaction caller = suspend();
        try {
            return tx.write(work);
        } finally {
            resume(caller);
        }
    }

    /**
     * Like {@link #write}, repeating the whole transaction (up to 3 times) when it failed only because
     * another transaction did the same at the same moment (see {@link #retryable}). The work must not
     * rely on anything outside the database that a first attempt changed.
     */
    public <T> T writeRetrying(SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write(work);
            } catch (DatabaseException e) {
                if (attempt >= ATTEMPTS || !retryable(e)) {
                    throw e;
                }
            }
        }
    }

    /** Whether the failure is a concurrency one that a new attempt may not meet again. */
    public static boolean retryable(Throwable failure) {
        String state = sqlState(failure);
        return state != null && RETRYABLE.contains(state);
    }

    /** The SQLState of the first {@link SQLException} among the causes, or null. */
    public static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null) {
                return e.getSQLState();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private Transaction suspend() {
        try {
            return tm.getStatus() == Status.STATUS_NO_TRANSACTION ? null : tm.suspend();
        } catch (SystemException e) {
            throw new DatabaseException("cannot suspend the caller's transaction", e);
        }
    }

    private void resume(Transaction caller) {
        if (caller == null) {
            return;
        }
        try {
            tm.resume(caller);
        } catch (InvalidTransactionException | SystemException | IllegalStateException e) {
            throw new DatabaseException("cannot resume the caller's transaction", e);
        }
    }
}
