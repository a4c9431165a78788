package jp.kyodo.core.internal.cluster;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javax.transaction.TransactionManager;
import jp.kyodo.core.cluster.ClusterJobs;
import jp.kyodo.core.internal.persistence.SeparateTransactions;
import jp.kyodo.core.internal.persistence.UtcTimestamps;
import jp.kyodo.core.persistence.DatabaseException;
import jp.kyodo.core.persistence.Schema;
import jp.kyodo.core.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ClusterJobs} on the table {@code KYODO_JOB_RUN} (core migration V3), whose primary key (JOB,
 * SLOT_START) lets exactly one insert per job and period succeed, whichever node makes it. Claims older
 * than the longest period (plus a day) are deleted, at most once an hour per node.
 */
@Component(service = ClusterJobs.class)
public final class JdbcClusterJobs implements ClusterJobs {

    static final int MAX_JOB_NAME = 100;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcClusterJobs.class);
    private static final Duration KEEP = LONGEST_PERIOD.plusDays(1);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private static final String EXISTS = "SELECT CLAIMED_BY FROM KYODO_JOB_RUN WHERE JOB = ? AND SLOT_START = ?";
    private static final String INSERT =
            "INSERT INTO KYODO_JOB_RUN (JOB, SLOT_START, CLAIMED_AT, CLAIMED_BY) VALUES (?, ?, ?, ?)";
    private static final String DELETE_OLD = "DELETE FROM KYODO_JOB_RUN WHERE CLAIMED_AT < ?";

    private final Transactions tx;
    private final SeparateTransactions separate;
    private final Clock clock;
    private final String node;
    private final AtomicReference<Instant> lastPruned = new AtomicReference<>(Instant.MIN);

    @Activate
    public JdbcClusterJobs(
            @Reference Transactions tx,
            @Reference TransactionManager tm,
            @Reference(target = "(" + Schema.OWNER + "=jp.kyodo.core)") Schema schema) {
        this(tx, tm, Clock.systemUTC(), ManagementFactory.getRuntimeMXBean().getName());
    }

    /**
     * Public for the tests of every bundle (the {@code jp.kyodo.testing} fixture runs this very class): a
     * clock of their own (for the age of claims), and the node's name.
     *
     * @param node how the claims of this node are marked (CLAIMED_BY): the JVM's {@code pid@host} in Karaf
     */
    public JdbcClusterJobs(Transactions tx, TransactionManager tm, Clock clock, String node) {
        this.tx = tx;
        this.separate = new SeparateTransactions(tm, tx);
        this.clock = clock;
        this.node = node.length() > 200 ? node.substring(0, 200) : node;
    }

    @Override
    public boolean claim(String job, Instant slotStart) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(slotStart, "slotStart");
        if (job.isBlank() || job.length() > MAX_JOB_NAME) {
            throw new IllegalArgumentException("a job's name has 1 to " + MAX_JOB_NAME + " characters: '" + job + "'");
        }
        Instant slot = slotStart.truncatedTo(ChronoUnit.MILLIS);
        // on every node but one the slot is taken: asking first spares the database a failed insert
        if (tx.read(c -> claimedBy(c, job, slot)) != null) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            separate.write(c -> insert(c, job, slot, now));
        } catch (DatabaseException e) {
            if (SeparateTransactions.UNIQUE_VIOLATION.equals(SeparateTransactions.sqlState(e))) {
                LOG.debug("Run of {} for {} claimed by another node at the same moment", job, slot);
                return false;
            }
            throw e;
        }
        LOG.debug("Run of {} for {} claimed by {}", job, slot, node);
        pruneNowAndThen(now);
        return true;
    }

    private static String claimedBy(Connection c, String job, Instant slot) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(EXISTS)) {
            ps.setString(1, job);
            UtcTimestamps.set(ps, 2, slot);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private Void insert(Connection c, String job, Instant slot, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, job);
            UtcTimestamps.set(ps, 2, slot);
            UtcTimestamps.set(ps, 3, now);
            ps.setString(4, node);
            ps.executeUpdate();
        }
        return null;
    }

    /** After its own claim committed, and in a transaction of its own: never in the way of a claim. */
    private void pruneNowAndThen(Instant now) {
        Instant last = lastPruned.get();
        if (last.isAfter(now.minus(PRUNE_EVERY)) || !lastPruned.compareAndSet(last, now)) {
            return;
        }
        try {
            int deleted = separate.write(c -> {
                try (PreparedStatement ps = c.prepareStatement(DELETE_OLD)) {
                    UtcTimestamps.set(ps, 1, now.minus(KEEP));
                    return ps.executeUpdate();
                }
            });
            LOG.debug("Forgot {} claimed job runs older than {} days", deleted, KEEP.toDays());
        } catch (DatabaseException e) {
            // another node pruning at the same moment; the next hour tries again
            LOG.debug("Forgetting old job runs did not complete", e);
        }
    }
}
