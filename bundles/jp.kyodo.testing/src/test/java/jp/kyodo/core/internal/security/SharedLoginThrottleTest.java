package jp.kyodo.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.internal.security.CountingLoginThrottle.Policy;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.LoginThrottle;
import jp.kyodo.core.security.LoginThrottle.Block;
import jp.kyodo.core.security.LoginThrottle.Key;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.testing.DatabaseTest;
import jp.kyodo.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several nodes on one database: each runs its own throttle (here: an instance each, on one database) and
 * they count, slow down, lock and unlock together.
 */
@DatabaseTest
class SharedLoginThrottleTest {

    private static final Actor ADMIN = new Actor("kanri", Set.of(Role.ADMIN), "192.0.2.1");

    private final TestDatabase db = TestDatabase.create("jp.kyodo.core");
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T00:00:00Z"));
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final List<Key> tanaka = LoginThrottle.keysOf("tanaka", "192.0.2.10");
    private final List<Key> tanakaAccount = List.of(Key.account("tanaka"));

    @AfterEach
    void close() {
        db.close();
    }

    private CountingLoginThrottle node(Policy policy) {
        return new CountingLoginThrottle(
                policy, audit, clock, db.transactions(), db.transactionManager(), CountingLoginThrottle.MAX_KEYS);
    }

    @Test
    void twoNodesSeeEachOthersFailuresLocksAndUnlocks() {
        CountingLoginThrottle a = node(CountingLoginThrottleTest.DEFAULTS);
        CountingLoginThrottle b = node(CountingLoginThrottleTest.DEFAULTS);
        assertTrue(a.failed(tanaka).isEmpty());
        assertTrue(b.failed(tanaka).isEmpty());
        Block third = a.failed(tanaka).orElseThrow();
        assertEquals(3, third.failures(), "the failures on node B counted on node A");
        assertEquals(third, b.blocked(tanaka).orElseThrow(), "node B makes the guesser wait as well");

        // a guesser spreading attempts over both nodes, waiting as told, is locked after ten
        Block last = third;
        for (int i = 4; i <= 10; i++) {
            clock.set(last.until());
            last = (i % 2 == 0 ? b : a).failed(tanaka).orElseThrow();
        }
        assertTrue(last.locked());
        assertEquals(10, last.failures());
        assertTrue(a.blocked(tanaka).orElseThrow().locked());
        assertEquals(1, audit.of(AuditAction.LOGIN_LOCKED).size(), "one lock, audited once");
        assertEquals(List.of(last), SecurityContext.callAs(ADMIN, a::locks), "listed on either node");

        assertTrue(SecurityContext.callAs(ADMIN, () -> b.unlock(Key.account("tanaka"))), "unlocked on node B");
        assertTrue(a.blocked(tanakaAccount).isEmpty(), "and so on node A");
        assertTrue(SecurityContext.callAs(ADMIN, a::locks).isEmpty());
        assertFalse(SecurityContext.callAs(ADMIN, () -> a.unlock(Key.account("tanaka"))), "nothing left to unlock");
        assertEquals(1, audit.of(AuditAction.UNLOCK).size());
    }

    @Test
    void aRestartedNodeKeepsTheLock() {
        CountingLoginThrottle before = node(CountingLoginThrottleTest.DEFAULTS);
        Block lock = null;
        for (int i = 0; i < 10; i++) {
            before.blocked(tanakaAccount).ifPresent(b -> clock.set(b.until()));
            lock = before.failed(tanakaAccount).orElse(null);
        }
        assertTrue(lock.locked());
        CountingLoginThrottle after = node(CountingLoginThrottleTest.DEFAULTS);
        assertEquals(lock, after.blocked(tanakaAccount).orElseThrow());
    }

    @Test
    void failuresAtTheSameMomentOnTwoNodesAllCount() throws Exception {
        // waits from the first failure on, never a lock: every failure shows in the wait's count
        Policy countOnly = new Policy(
                1,
                100_000,
                1,
                100_000,
                Duration.ofMinutes(15),
                Duration.ofMinutes(15),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        List<CountingLoginThrottle> nodes = List.of(node(countOnly), node(countOnly));
        int threadsPerNode = 4;
        int failuresPerThread = 15;
        runTogether(nodes, threadsPerNode, failuresPerThread, tanaka);
        int expected = nodes.size() * threadsPerNode * failuresPerThread;
        Block account = nodes.get(0).failed(tanakaAccount).orElseThrow();
        assertEquals(expected + 1, account.failures(), "no failure lost between nodes");
        Block address = nodes.get(1).failed(List.of(Key.address("192.0.2.10"))).orElseThrow();
        assertEquals(expected + 1, address.failures());
    }

    @Test
    void aLockReachedAtTheSameMomentOnTwoNodesIsOneLockAuditedOnce() throws Exception {
        Policy lockAfterTwenty = new Policy(
                100_000,
                20,
                100_000,
                100_000,
                Duration.ofMinutes(15),
                Duration.ofMinutes(15),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        List<CountingLoginThrottle> nodes = List.of(node(lockAfterTwenty), node(lockAfterTwenty));
        runTogether(nodes, 4, 10, tanakaAccount);
        Block lock = nodes.get(1).blocked(tanakaAccount).orElseThrow();
        assertTrue(lock.locked());
        assertEquals(20, lock.failures(), "the twentieth failure locked; those racing the lock do not extend it");
        assertEquals(1, audit.of(AuditAction.LOGIN_LOCKED).size());
    }

    @Test
    void aFailureCountsEvenWhenTheCallersTransactionRollsBack() {
        CountingLoginThrottle a = node(CountingLoginThrottleTest.DEFAULTS);
        assertThrows(IllegalStateException.class, () -> db.transactions().write(c -> {
            a.failed(tanaka);
            a.failed(tanaka);
            a.failed(tanaka);
            throw new IllegalStateException("the caller's work fails");
        }));
        assertEquals(3, a.blocked(tanaka).orElseThrow().failures());
    }

    @Test
    void aVeryLongNameIsCountedByItsBeginning() {
        CountingLoginThrottle a = node(CountingLoginThrottleTest.DEFAULTS);
        String name = "x".repeat(199) + "\uD842\uDFB7" + "y".repeat(300); // a surrogate pair across the limit
        List<Key> keys = List.of(Key.account(name));
        a.failed(keys);
        a.failed(keys);
        Block block = a.failed(keys).orElseThrow();
        assertEquals(Key.account(name), block.key());
        assertEquals(3, block.failures());
        assertEquals(
                3,
                a.blocked(List.of(Key.account("x".repeat(199) + "\uD842\uDFB7" + "z")))
                        .orElseThrow()
                        .failures(),
                "the same first 199 characters");
    }

    /** Each node's threads fail the keys {@code times} times each, all starting at one moment. */
    private static void runTogether(List<CountingLoginThrottle> nodes, int threadsPerNode, int times, List<Key> keys)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size() * threadsPerNode);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (CountingLoginThrottle node : nodes) {
                for (int t = 0; t < threadsPerNode; t++) {
                    done.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < times; i++) {
                            node.failed(keys);
                        }
                        return null;
                    }));
                }
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
