package jp.kyodo.core.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kyodo.core.cluster.ClusterJobs;
import jp.kyodo.testing.DatabaseTest;
import jp.kyodo.testing.MutableClock;
import jp.kyodo.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two nodes (a claimer each) on one database: every run of a job is claimed by exactly one of them. */
@DatabaseTest
class ClusterJobsTest {

    private static final Instant T0 = Instant.parse("2026-11-30T01:00:00Z");

    private final TestDatabase db = TestDatabase.create("jp.kyodo.core");
    private final MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);

    @AfterEach
    void close() {
        db.close();
    }

    private JdbcClusterJobs node(String name) {
        return new JdbcClusterJobs(db.transactions(), db.transactionManager(), clock, name);
    }

    @Test
    void manyThreadsOnTwoNodesClaimingTheSameSlotsExactlyOneWinsEach() throws Exception {
        List<JdbcClusterJobs> nodes = List.of(node("node-a"), node("node-b"));
        int threadsPerNode = 4;
        int slots = 25;
        Map<Instant, AtomicInteger> wins = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size() * threadsPerNode);
        try {
            // every thread claims each slot at the same moment as all the others
            CyclicBarrier together = new CyclicBarrier(nodes.size() * threadsPerNode);
            List<Future<?>> done = new ArrayList<>();
            for (JdbcClusterJobs node : nodes) {
                for (int t = 0; t < threadsPerNode; t++) {
                    done.add(pool.submit(() -> {
                        for (int s = 0; s < slots; s++) {
                            Instant slot = T0.plus(Duration.ofMinutes(60L * s));
                            together.await();
                            if (node.claim("test.escalation", slot)) {
                                wins.computeIfAbsent(slot, k -> new AtomicInteger())
                                        .incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(slots, wins.size(), "every slot ran");
        wins.forEach((slot, n) -> assertEquals(1, n.get(), "runs of " + slot));
        assertEquals(slots, count("SELECT COUNT(*) FROM KYODO_JOB_RUN"));
        assertEquals(
                slots,
                count("SELECT COUNT(*) FROM KYODO_JOB_RUN WHERE CLAIMED_BY IN ('node-a', 'node-b')"),
                "each claim says which node has it");
    }

    @Test
    void eachSlotAndEachJobIsClaimedOnce() {
        JdbcClusterJobs a = node("node-a");
        JdbcClusterJobs b = node("node-b");
        Duration hour = Duration.ofHours(1);
        Instant slot = ClusterJobs.slotOf(T0.plusSeconds(125), hour);
        assertTrue(a.claim("test.escalation", slot));
        assertFalse(b.claim("test.escalation", slot), "the other node skips it");
        assertFalse(a.claim("test.escalation", ClusterJobs.slotOf(T0.plusSeconds(3599), hour)), "also later in it");
        assertTrue(b.claim("test.reminders", slot), "another job is claimed on its own");
        assertTrue(b.claim("test.escalation", ClusterJobs.slotOf(T0.plus(hour), hour)), "the next hour");
    }

    @Test
    void aClaimStaysWhenTheCallersTransactionRollsBackAndALostOneDoesNotSpoilIt() throws Exception {
        JdbcClusterJobs a = node("node-a");
        assertThrows(IllegalStateException.class, () -> db.transactions().write(c -> {
            assertTrue(a.claim("test.escalation", T0));
            throw new IllegalStateException("the caller's work fails");
        }));
        assertFalse(node("node-b").claim("test.escalation", T0), "claimed in a transaction of its own");

        db.execute("CREATE TABLE T_AFTER_CLAIM (ID INTEGER NOT NULL PRIMARY KEY)");
        db.transactions().write(c -> {
            assertFalse(a.claim("test.escalation", T0));
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO T_AFTER_CLAIM (ID) VALUES (1)");
            }
            return null;
        });
        assertEquals(1, count("SELECT COUNT(*) FROM T_AFTER_CLAIM"), "the caller's transaction went on and committed");
    }

    @Test
    void claimsOlderThanTheLongestPeriodAreForgotten() throws Exception {
        JdbcClusterJobs a = node("node-a");
        assertTrue(a.claim("test.monthly", T0));
        clock.advance(Duration.ofDays(20));
        assertTrue(a.claim("test.monthly", T0.plus(Duration.ofDays(20))));
        assertEquals(2, count("SELECT COUNT(*) FROM KYODO_JOB_RUN"), "kept for the longest period and a day");
        clock.advance(Duration.ofDays(13));
        assertTrue(a.claim("test.monthly", T0.plus(Duration.ofDays(33))));
        assertEquals(2, count("SELECT COUNT(*) FROM KYODO_JOB_RUN"), "the first claim, 33 days old, is gone");
    }

    @Test
    void slotsAreCountedFromTheEpochTheSameOnEveryNode() {
        Duration quarter = Duration.ofMinutes(15);
        assertEquals(
                Instant.parse("2026-11-30T01:15:00Z"),
                ClusterJobs.slotOf(Instant.parse("2026-11-30T01:29:59.999Z"), quarter));
        assertEquals(
                Instant.parse("2026-11-30T01:30:00Z"),
                ClusterJobs.slotOf(Instant.parse("2026-11-30T01:30:00Z"), quarter));
        assertEquals(Instant.parse("2026-11-30T00:00:00Z"), ClusterJobs.slotOf(T0, Duration.ofDays(1)));
        assertEquals(
                Instant.parse("1969-12-31T23:00:00Z"),
                ClusterJobs.slotOf(Instant.parse("1969-12-31T23:59:00Z"), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> ClusterJobs.slotOf(T0, Duration.ofMillis(10)));
        assertThrows(IllegalArgumentException.class, () -> ClusterJobs.slotOf(T0, Duration.ofDays(32)));
    }

    @Test
    void aJobNeedsAName() {
        JdbcClusterJobs a = node("node-a");
        assertThrows(IllegalArgumentException.class, () -> a.claim(" ", T0));
        assertThrows(IllegalArgumentException.class, () -> a.claim("x".repeat(101), T0));
        assertTrue(a.claim("x".repeat(100), T0));
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
