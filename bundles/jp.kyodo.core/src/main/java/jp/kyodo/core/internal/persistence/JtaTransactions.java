package jp.kyodo.core.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import javax.transaction.NotSupportedException;
import javax.transaction.RollbackException;
import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.SystemException;
import javax.transaction.TransactionManager;
import jp.kyodo.core.persistence.DatabaseException;
import jp.kyodo.core.persistence.SqlWork;
import jp.kyodo.core.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Transactions} on the platform's XA DataSource and JTA transaction manager: connections taken
 * inside a transaction are enlisted in it, and so is JPA work (the audit log, any bundle's Aries JPA
 * unit) done from the work. Public with a plain constructor so that unit tests run this very class on
 * a real transaction manager (see the {@code jp.kyodo.testing} fixture).
 */
@Component(service = Transactions.class)
public final class JtaTransactions implements Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(JtaTransactions.class);

    private final TransactionManager tm;
    private final DataSource dataSource;
    private final ExecutorService afterForeignCommit;

    /** The after-commit actions of the transaction this thread began here (null when it began none). */
    private final ThreadLocal<List<Runnable>> pending = new ThreadLocal<>();

    @Activate
    public JtaTransactions(
            @Reference TransactionManager tm,
            @Reference(target = "(osgi.jndi.service.name=kyodo)") DataSource dataSource) {
        this.tm = tm;
        this.dataSource = dataSource;
        // after-commit actions of transactions begun by a caller complete on the caller's thread, possibly
        // still associated with the finished transaction: they run on a thread of their own, in order
        this.afterForeignCommit = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kyodo-after-commit");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    public void close() {
        afterForeignCommit.shutdown();
        try {
            if (!afterForeignCommit.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("After-commit actions still running at shutdown were abandoned");
                afterForeignCommit.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        boolean own;
        try {
            own = tm.getStatus() == Status.STATUS_NO_TRANSACTION;
            if (own) {
                tm.begin();
            }
        } catch (NotSupportedException | SystemException e) {
            throw new DatabaseException("cannot begin a transaction", e);
        }
        List<Runnable> actions = new ArrayList<>();
        if (own) {
            pending.set(actions);
        }
        try {
            T result = run(work);
            if (own) {
                pending.remove();
                tm.commit();
                actions.forEach(JtaTransactions::runCommitted);
            }
            return result;
        } catch (RuntimeException | Error e) {
            rollback(own);
            throw e;
        } catch (Exception e) {
            rollback(own);
            throw new DatabaseException("the transaction failed: " + e.getMessage(), e);
        } finally {
            if (own) {
                pending.remove();
            }
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> actions = pending.get();
        if (actions != null) {
            actions.add(action);
            return;
        }
        try {
            if (tm.getStatus() == Status.STATUS_ACTIVE) {
                tm.getTransaction().registerSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {}

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            afterForeignCommit.execute(() -> runCommitted(action));
                        }
                    }
                });
                return;
            }
        } catch (SystemException | RollbackException e) {
            throw new DatabaseException("cannot follow the transaction", e);
        }
        runCommitted(action);
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

    /** The change is committed whatever an after-commit action does: its failure is logged, not thrown. */
    private static void runCommitted(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("An action after a committed transaction failed", e);
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
            LOG.debug("Rollback after a failure did not complete cleanly", e);
        }
    }
}
