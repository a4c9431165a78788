package jp.kyodo.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditEntry;
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

/** The throttle's counting on a hand-moved clock (no test sleeps), on the database it keeps its counts in. */
@DatabaseTest
class CountingLoginThrottleTest {

    /** The shipped defaults (etc/jp.kyodo.core.cfg). */
    static final Policy DEFAULTS = new Policy(
            3,
            10,
            10,
            30,
            Duration.ofMinutes(15),
            Duration.ofMinutes(15),
            Duration.ofSeconds(1),
            Duration.ofSeconds(30));

    private static final Instant START = Instant.parse("2026-11-30T00:00:00Z");
    private static final Actor ADMIN = new Actor("kanri", Set.of(Role.ADMIN), "192.0.2.1");
    private static final Actor COORDINATOR = new Actor("suishin", Set.of(Role.COORDINATOR), "192.0.2.2");

    private final ManualClock clock = new ManualClock(START);
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final TestDatabase db = TestDatabase.create("jp.kyodo.core");
    private final CountingLoginThrottle throttle = throttle(DEFAULTS, CountingLoginThrottle.MAX_KEYS);

    /** Tanaka signing in at their desk: the account and the address are counted. */
    private final List<Key> tanaka = LoginThrottle.keysOf("tanaka", "192.0.2.10");

    /** The account alone, where the address does not matter. */
    private final List<Key> tanakaAccount = List.of(Key.account("tanaka"));

    @AfterEach
    void close() {
        db.close();
    }

    private CountingLoginThrottle throttle(Policy policy, int maxKeys) {
        return new CountingLoginThrottle(policy, audit, clock, db.transactions(), db.transactionManager(), maxKeys);
    }

    @Test
    void theFirstFailuresAreAnsweredAtOnce() {
        assertTrue(throttle.failed(tanaka).isEmpty());
        assertTrue(throttle.failed(tanaka).isEmpty());
        assertTrue(throttle.blocked(tanaka).isEmpty());
    }

    @Test
    void fromTheThirdFailureEachNextAttemptWaitsTwiceAsLongUpToTheLongestWait() {
        failAfterWaiting(2, tanaka);
        List<Long> waits = new java.util.ArrayList<>();
        for (int failure = 3; failure <= 9; failure++) {
            Block block = throttle.failed(tanaka).orElseThrow();
            assertFalse(block.locked());
            assertEquals(Key.account("tanaka"), block.key());
            assertEquals(failure, block.failures());
            assertEquals(block, throttle.blocked(tanaka).orElseThrow(), "refused until then");
            waits.add(block.retryAfterSeconds(clock.instant()));
            clock.set(block.until().minusMillis(1));
            assertTrue(throttle.blocked(tanaka).isPresent(), "a millisecond before the end");
            clock.set(block.until());
            assertTrue(throttle.blocked(tanaka).isEmpty(), "checked again from then on");
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L), waits);
        assertTrue(audit.entries.isEmpty(), "slowing down is not audited");
    }

    @Test
    void theTenthFailureWithinTheWindowLocksTheAccountForFifteenMinutesAudited() {
        failAfterWaiting(9, tanaka);
        Block lock = throttle.failed(tanaka).orElseThrow();
        assertTrue(lock.locked());
        assertEquals(Key.account("tanaka"), lock.key());
        assertEquals(10, lock.failures());
        assertEquals(clock.instant().plus(Duration.ofMinutes(15)), lock.until());

        clock.advance(Duration.ofMinutes(14));
        assertEquals(lock, throttle.blocked(tanaka).orElseThrow(), "still locked after 14 minutes");
        assertEquals(
                lock,
                throttle.blocked(LoginThrottle.keysOf("TANAKA", "198.51.100.7")).orElseThrow(),
                "from any address, in any case");

        List<AuditEntry> locks = audit.of(AuditAction.LOGIN_LOCKED);
        assertEquals(1, locks.size(), "one entry per lock");
        assertEquals("core.User", locks.get(0).recordType());
        assertEquals("tanaka", locks.get(0).recordId());
        assertEquals("192.0.2.10", locks.get(0).remoteAddress(), "from where the locking attempt came");
        assertTrue(
                locks.get(0).detail().contains("10 failed attempts"),
                locks.get(0).detail());

        clock.advance(Duration.ofMinutes(1));
        assertTrue(throttle.blocked(tanaka).isEmpty(), "the lock ends by itself");
        assertTrue(throttle.failed(tanaka).isEmpty(), "and counting starts afresh");
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        failAfterWaiting(2, tanaka);
        clock.advance(Duration.ofMinutes(15));
        assertTrue(throttle.failed(tanaka).isEmpty(), "one failure in the window");
        assertTrue(throttle.failed(tanaka).isEmpty(), "two");
        assertTrue(throttle.failed(tanaka).isPresent(), "three");
    }

    @Test
    void aSuccessForgetsTheAccountsFailuresButNotTheAddresss() {
        failAfterWaiting(9, tanaka);
        throttle.succeeded(Key.account("tanaka"));
        Block next = throttle.failed(tanaka).orElseThrow();
        assertEquals(Key.address("192.0.2.10"), next.key(), "the address's tenth failure slows the address down");
        assertTrue(throttle.blocked(tanakaAccount).isEmpty(), "the account has one failure");
        assertEquals(
                Key.address("192.0.2.10"),
                throttle.blocked(LoginThrottle.keysOf("suzuki", "192.0.2.10"))
                        .orElseThrow()
                        .key(),
                "whichever account the address tries next");
    }

    @Test
    void anAddressTryingManyAccountsIsSlowedDownAfterTenAndLockedAfterThirty() {
        for (int i = 1; i <= 9; i++) {
            assertTrue(throttle.failed(LoginThrottle.keysOf("user" + i, "203.0.113.5"))
                    .isEmpty());
        }
        Block slow =
                throttle.failed(LoginThrottle.keysOf("user10", "203.0.113.5")).orElseThrow();
        assertEquals(Key.address("203.0.113.5"), slow.key());
        assertFalse(slow.locked());
        Optional<Block> last = Optional.empty();
        for (int i = 11; i <= 30; i++) {
            clock.set(throttle.blocked(List.of(Key.address("203.0.113.5")))
                    .map(Block::until)
                    .orElse(clock.instant()));
            last = throttle.failed(LoginThrottle.keysOf("user" + i, "203.0.113.5"));
        }
        assertTrue(last.orElseThrow().locked());
        assertEquals(Key.address("203.0.113.5"), last.get().key());
        assertTrue(throttle.blocked(LoginThrottle.keysOf("someone-else", "203.0.113.5"))
                .orElseThrow()
                .locked());
        assertTrue(
                throttle.blocked(LoginThrottle.keysOf("someone-else", "192.0.2.99"))
                        .isEmpty(),
                "other addresses");
        AuditEntry entry = audit.of(AuditAction.LOGIN_LOCKED).get(0);
        assertEquals("core.ClientAddress", entry.recordType());
        assertEquals("203.0.113.5", entry.recordId());
    }

    @Test
    void aLockIsReportedBeforeALongerSlowDown() {
        CountingLoginThrottle strict = throttle(
                new Policy(
                        1,
                        2,
                        1,
                        100,
                        DEFAULTS.window(),
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(5)),
                CountingLoginThrottle.MAX_KEYS);
        strict.failed(tanaka);
        clock.advance(Duration.ofMinutes(5));
        Block block = strict.failed(tanaka).orElseThrow();
        assertTrue(block.locked(), "the account's 1-minute lock, not the address's 5-minute wait");
        assertEquals(Key.account("tanaka"), block.key());
        assertEquals(Key.account("tanaka"), strict.blocked(tanaka).orElseThrow().key());
    }

    @Test
    void administratorsListAndUnlockAuditedOthersCannot() {
        failAfterWaiting(10, tanakaAccount);
        assertThrows(AccessDeniedException.class, throttle::locks, "nobody signed in");
        assertThrows(
                AccessDeniedException.class,
                () -> SecurityContext.callAs(COORDINATOR, () -> throttle.unlock(Key.account("tanaka"))));

        List<Block> locks = SecurityContext.callAs(ADMIN, throttle::locks);
        assertEquals(1, locks.size());
        assertEquals(Key.account("tanaka"), locks.get(0).key());

        assertTrue(SecurityContext.callAs(ADMIN, () -> throttle.unlock(Key.account("Tanaka"))));
        assertTrue(throttle.blocked(tanakaAccount).isEmpty());
        assertTrue(SecurityContext.callAs(ADMIN, throttle::locks).isEmpty());
        assertTrue(throttle.failed(tanakaAccount).isEmpty(), "the count starts afresh");
        assertFalse(SecurityContext.callAs(ADMIN, () -> throttle.unlock(Key.account("tanaka"))), "nothing to unlock");

        List<AuditEntry> unlocks = audit.of(AuditAction.UNLOCK);
        assertEquals(1, unlocks.size());
        assertEquals("kanri", unlocks.get(0).actor());
        assertEquals("tanaka", unlocks.get(0).recordId());
    }

    @Test
    void aSuccessDoesNotLiftALock() {
        failAfterWaiting(10, tanakaAccount);
        throttle.succeeded(Key.account("tanaka"));
        assertTrue(throttle.blocked(tanakaAccount).orElseThrow().locked());
    }

    @Test
    void guessingWithEverNewNamesDoesNotFillTheDatabaseButLocksAndSlowDownsStay() {
        CountingLoginThrottle small = throttle(DEFAULTS, 50);
        failAfterWaiting(10, tanakaAccount); // locked, through the same tables
        List<Key> suzuki = List.of(Key.account("suzuki"));
        for (int i = 0; i < 3; i++) {
            small.failed(suzuki);
        }
        assertFalse(small.blocked(suzuki).orElseThrow().locked(), "suzuki waits");
        for (int i = 0; i < 200; i++) {
            small.failed(List.of(Key.account("guess-" + i)));
            assertTrue(small.keysKept() <= 51, "kept " + small.keysKept() + " after " + i);
        }
        assertTrue(small.blocked(tanakaAccount).orElseThrow().locked(), "a lock is never forgotten");
        assertTrue(small.blocked(suzuki).isPresent(), "nor a slow-down");

        clock.advance(Duration.ofMinutes(16));
        small.failed(List.of(Key.account("guess-after")));
        for (int i = 0; i < 60; i++) {
            small.failed(List.of(Key.account("guess-later-" + i)));
        }
        assertTrue(small.keysKept() <= 51);
        assertTrue(small.blocked(tanakaAccount).isEmpty(), "the lock ended by itself");
    }

    @Test
    void theShippedLocksAreReachedWithinTheWindowByAGuesserWhoWaitsAsTold() {
        assertEquals(Duration.ofSeconds(1 + 2 + 4 + 8 + 16 + 30 + 30), DEFAULTS.timeToLock(LoginThrottle.Kind.ACCOUNT));
        assertTrue(DEFAULTS.timeToLock(LoginThrottle.Kind.ADDRESS).compareTo(DEFAULTS.window()) < 0);
        Policy longWaits = new Policy(
                3,
                10,
                10,
                30,
                Duration.ofMinutes(15),
                Duration.ofMinutes(15),
                Duration.ofSeconds(1),
                Duration.ofMinutes(2));
        assertTrue(
                longWaits.timeToLock(LoginThrottle.Kind.ADDRESS).compareTo(longWaits.window()) >= 0,
                "20 waits of up to 2 minutes do not fit in 15 minutes: such a lock is never reached");
    }

    @Test
    void keysOfSkipsWhatIsUnknown() {
        assertEquals(List.of(Key.address("192.0.2.1")), LoginThrottle.keysOf("  ", "192.0.2.1"));
        assertEquals(List.of(Key.account("tanaka")), LoginThrottle.keysOf("Tanaka ", null));
    }

    @Test
    void retryAfterIsWholeSecondsAndAtLeastOne() {
        Block b = new Block(Key.account("x"), START.plusMillis(1_001), false, 3);
        assertEquals(2, b.retryAfterSeconds(START));
        assertEquals(1, b.retryAfterSeconds(START.plusMillis(1_000)));
        assertEquals(1, b.retryAfterSeconds(START.plusSeconds(5)), "never 0 or negative");
    }

    /** Fails {@code n} times, each after waiting out the slow-down of the one before. */
    private void failAfterWaiting(int n, List<Key> keys) {
        for (int i = 0; i < n; i++) {
            throttle.blocked(keys).ifPresent(b -> clock.set(b.until()));
            throttle.failed(keys);
        }
    }
}
