package jp.kyodo.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.TransactionManager;

/**
 * Transactions on the platform's XA DataSource and JTA transaction manager: connections taken inside
 * a transaction are enlisted in it, and so is the core's audit log (JPA) when called from the work.
 */
final class JtaTransactions implements Transactions {

    private final TransactionManager tm;
    private final DataSource dataSource;

    JtaTransactions(TransactionManager tm, DataSource dataSource) {
        this.tm = tm;
        this.dataSource = dataSource;
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        boolean own;
        try {
            own = tm.getStatus() == Status.STATUS_NO_TRANSACTION;
            if (own) {
                tm.begin();
            }
        } catch (javax.transaction.NotSupportedException | SystemException e) {
            throw new DatabaseException("cannot begin a transaction", e);
        }
        try {
            T result = run(work);
            if (own) {
                tm.commit();
            }
            return result;
        } catch (RuntimeException | Error e) {
            rollback(own);
            throw e;
        } catch (Exception e) {
            rollback(own);
            throw new DatabaseException("the transaction failed", e);
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        return run(work);
    }

    private <T> T run(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseException("database error: " + e.getMessage(), e);
        }
    }

    private void rollback(boolean own) {
        try {
            if (own) {
                tm.rollback();
            } else if (tm.getStatus() == Status.STATUS_ACTIVE) {
                tm.setRollbackOnly();
            }
        } catch (SystemException | IllegalStateException e) {
            // the original failure is what matters; the transaction manager ends the transaction anyway
        }
    }
}
