package jp.kyodo.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a database connection. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
