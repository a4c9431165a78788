package jp.kyodo.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import jp.kyodo.core.persistence.SqlWork;
import jp.kyodo.core.persistence.Transactions;

/**
 * The SQL a store prepares, for tests that check how many queries an operation takes (e.g. one per table for a
 * batch of 500 ids, not one per id).
 *
 * <pre>
 * List&lt;String&gt; statements = Collections.synchronizedList(new ArrayList&lt;&gt;());
 * Backend b = new Backend(StatementLog.recording(db.transactions(), statements), …);
 * </pre>
 */
public final class StatementLog {

    private StatementLog() {}

    /** The transactions, adding to the list every statement prepared on their connections. */
    public static Transactions recording(Transactions tx, List<String> statements) {
        return new Transactions() {
            @Override
            public <T> T write(SqlWork<T> work) {
                return tx.write(c -> work.run(recording(c, statements)));
            }

            @Override
            public <T> T read(SqlWork<T> work) {
                return tx.read(c -> work.run(recording(c, statements)));
            }

            @Override
            public void afterCommit(Runnable action) {
                tx.afterCommit(action);
            }
        };
    }

    private static Connection recording(Connection c, List<String> statements) {
        return (Connection) Proxy.newProxyInstance(
                StatementLog.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                        statements.add(sql);
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
