package jp.kyodo.core.internal.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change feed's fast path on PostgreSQL: a connection of its own that {@code LISTEN}s on {@value #CHANNEL};
 * each commit that wrote a change also sends a {@code NOTIFY} there, and the feed reads at once instead of at its
 * next poll. Polling stays as the fallback: a lost connection is opened again after a pause, and nothing but the
 * speed depends on it. Loaded only on PostgreSQL (the driver's classes are imported dynamically).
 */
final class PostgresqlListener implements Runnable {

    static final String CHANNEL = "kyodo_change";

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(PostgresqlListener.class);

    private final DataSource dataSource;
    private final Runnable onNotify;
    private volatile boolean stopped;
    private volatile boolean listening;

    PostgresqlListener(DataSource dataSource, Runnable onNotify) {
        this.dataSource = dataSource;
        this.onNotify = onNotify;
    }

    /** Whether the connection is listening now (for tests and the log). */
    boolean listening() {
        return listening;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        boolean failedBefore = false;
        while (!stopped && !Thread.currentThread().isInterrupted()) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                listening = true;
                if (failedBefore) {
                    LOG.info("Change feed: listening for other nodes' changes again");
                    failedBefore = false;
                }
                while (!stopped) {
                    PGNotification[] notes = pg.getNotifications((int) WAIT.toMillis());
                    if (notes != null && notes.length > 0) {
                        onNotify.run();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (stopped) {
                    return;
                }
                if (!failedBefore) {
                    LOG.warn(
                            "Change feed: listening for other nodes' changes failed, polling only until it works "
                                    + "again: {}",
                            e.toString());
                    failedBefore = true;
                }
                try {
                    Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        listening = false;
    }
}
