package jp.kyodo.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real embedded Derby database with the registry's migrations applied, and local transactions on
 * it: the same SQL the bundle runs in Karaf, without the container.
 */
final class TestDatabase implements Transactions, AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String url;

    private TestDatabase(String url) {
        this.url = url;
    }

    /** A fresh in-memory database. */
    static TestDatabase inMemory() {
        return create("jdbc:derby:memory:registry" + COUNTER.incrementAndGet());
    }

    /** A database in a folder (created with the schema when new). */
    static TestDatabase onDisk(String folder, boolean fresh) {
        String url = "jdbc:derby:" + folder;
        if (!fresh) {
            return new TestDatabase(url);
        }
        return create(url);
    }

    private static TestDatabase create(String url) {
        TestDatabase db = new TestDatabase(url);
        try (Connection c = DriverManager.getConnection(url + ";create=true");
                Statement s = c.createStatement()) {
            for (String sql : statements()) {
                s.execute(sql);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        return db;
    }

    /** The migration's statements, split as the core's migrator splits them (a ';' ending a line). */
    private static List<String> statements() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = TestDatabase.class.getResourceAsStream("/db/migration/registry/V1__partners.sql")) {
            StringBuilder current = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String t = line.strip();
                if (t.startsWith("--") || t.isEmpty()) {
                    continue;
                }
                current.append(line).append('\n');
                if (t.endsWith(";")) {
                    String sql = current.toString().strip();
                    out.add(sql.substring(0, sql.length() - 1));
                    current.setLength(0);
                }
            }
        }
        return out;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    private final ThreadLocal<List<Runnable>> pending = new ThreadLocal<>();

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> actions = pending.get();
        if (actions == null) {
            action.run();
        } else {
            actions.add(action);
        }
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        List<Runnable> actions = new ArrayList<>();
        pending.set(actions);
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                pending.remove();
                actions.forEach(Runnable::run);
                return result;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                if (e instanceof SQLException sql) {
                    throw new DatabaseException(sql.getMessage(), sql);
                }
                throw (RuntimeException) e;
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        } finally {
            pending.remove();
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        try (Connection c = connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a shutdown as an exception
        }
    }
}
