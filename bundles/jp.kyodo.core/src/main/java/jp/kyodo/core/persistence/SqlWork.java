package jp.kyodo.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a database connection, run by {@link Transactions}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
