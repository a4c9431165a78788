package jp.kyodo.core.persistence;

/**
 * The platform's transactions over the {@code kyodo} DataSource: one JTA transaction that JDBC work
 * run here and JPA work of any bundle (Aries {@code JpaTemplate} with {@code TransactionType.Required})
 * join, so a change and its audit entry commit or roll back together. A service of the core; every
 * domain uses it instead of opening connections itself.
 *
 * <pre>
 * long id = tx.write(c -&gt; store.insert(c, draft));   // joins the caller's transaction, or begins one
 * tx.afterCommit(() -&gt; index.reread(id));          // only once that transaction has committed
 * </pre>
 */
public interface Transactions {

    /**
     * Runs the work in a transaction: the caller's when one is active (the work joins it, and a
     * failure marks it rollback-only), otherwise a new one that commits when the work returns. On any
     * exception the transaction rolls back and the exception is rethrown — an {@link
     * java.sql.SQLException} as {@link DatabaseException}.
     */
    <T> T write(SqlWork<T> work);

    /**
     * Runs read-only work on a connection. Inside a transaction the connection is the transaction's (it
     * sees the transaction's own uncommitted changes); outside, it sees committed data.
     */
    <T> T read(SqlWork<T> work);

    /**
     * Runs the action once the current transaction has committed — never after a rollback; right away
     * when no transaction is active. For work that must see only committed data (search indexes, events,
     * messages to other systems). An action's failure is logged, never reported to the caller: the change
     * is committed whatever the action does.
     */
    void afterCommit(Runnable action);
}
