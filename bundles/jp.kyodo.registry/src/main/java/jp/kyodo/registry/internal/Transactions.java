package jp.kyodo.registry.internal;

/**
 * Runs database work. {@link #write} runs it in a transaction — the caller's when there is one, so
 * audit entries written by the core's audit log commit or roll back together with the change; {@link
 * #read} needs none.
 */
interface Transactions {

    /**
     * Runs the work in a transaction and commits; on any exception rolls back and rethrows it (an
     * {@link java.sql.SQLException} as {@link DatabaseException}).
     */
    <T> T write(SqlWork<T> work);

    <T> T read(SqlWork<T> work);

    /**
     * Runs the action once the current write transaction has committed — never after a rollback; right
     * away when there is no transaction. For work that must see only committed data (the search index).
     */
    void afterCommit(Runnable action);
}
