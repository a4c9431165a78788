package jp.kyodo.core.internal.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.transaction.TransactionManager;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.internal.CoreConfiguration;
import jp.kyodo.core.internal.persistence.SeparateTransactions;
import jp.kyodo.core.persistence.DatabaseException;
import jp.kyodo.core.persistence.Schema;
import jp.kyodo.core.persistence.Transactions;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.LoginThrottle;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LoginThrottle} counting failures in the database (core migration V3), so that every node on it
 * counts the same failures and honours the same slow-downs, locks and unlocks, and a restart keeps them.
 * Each failure is counted in a transaction of its own (it counts even when the caller's rolls back) that
 * first locks the key's row: failures of one key arriving at once on several nodes queue there and each
 * is counted. Thresholds from etc/jp.kyodo.core.cfg, applied at once when changed.
 */
@Component(service = LoginThrottle.class, configurationPid = CoreConfiguration.PID)
public final class CountingLoginThrottle implements LoginThrottle {

    /** Record type of an address in the audit log; accounts are {@code core.User} like their logins. */
    static final String ADDRESS_RECORD = "core.ClientAddress";

    static final String USER_RECORD = "core.User";

    /**
     * Keys kept before forgotten ones are dropped: guessing with ever new names or addresses must not
     * fill the database. Keys in a slow-down or lock are never dropped.
     */
    static final int MAX_KEYS = 20_000;

    private static final Logger LOG = LoggerFactory.getLogger(CountingLoginThrottle.class);
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** The thresholds. */
    record Policy(
            int accountDelayAfter,
            int accountLockAfter,
            int addressDelayAfter,
            int addressLockAfter,
            Duration window,
            Duration lockFor,
            Duration firstDelay,
            Duration maxDelay) {

        static Policy of(CoreConfiguration c) {
            return new Policy(
                    Math.max(1, c.accountDelayAfter()),
                    Math.max(1, c.accountLockAfter()),
                    Math.max(1, c.addressDelayAfter()),
                    Math.max(1, c.addressLockAfter()),
                    Duration.ofMinutes(Math.max(1, c.failureWindowMinutes())),
                    Duration.ofMinutes(Math.max(1, c.lockMinutes())),
                    Duration.ofSeconds(Math.max(1, c.firstDelaySeconds())),
                    Duration.ofSeconds(Math.max(1, c.maxDelaySeconds())));
        }

        int delayAfter(Kind kind) {
            return kind == Kind.ACCOUNT ? accountDelayAfter : addressDelayAfter;
        }

        int lockAfter(Kind kind) {
            return kind == Kind.ACCOUNT ? accountLockAfter : addressLockAfter;
        }

        /** The wait after {@code failures} failures: none below the threshold, then doubling, capped. */
        Duration delay(Kind kind, int failures) {
            int over = failures - delayAfter(kind);
            if (over < 0) {
                return Duration.ZERO;
            }
            Duration d = firstDelay.multipliedBy(1L << Math.min(over, 20));
            return d.compareTo(maxDelay) > 0 ? maxDelay : d;
        }

        /**
         * The shortest time in which a guesser who waits as told reaches the lock. When it is longer
         * than the window, the oldest failures drop out first and the lock is never reached.
         */
        Duration timeToLock(Kind kind) {
            Duration total = Duration.ZERO;
            for (int failures = 1; failures < lockAfter(kind); failures++) {
                total = total.plus(delay(kind, failures));
            }
            return total;
        }

        /** Says in the log when a lock cannot be reached with these settings. */
        void warnIfLockUnreachable() {
            for (Kind kind : Kind.values()) {
                if (timeToLock(kind).compareTo(window) >= 0) {
                    LOG.warn(
                            "With these settings a {} is never locked: waiting as told, {} failures take {} s, longer "
                                    + "than the {} min window (see etc/jp.kyodo.core.cfg)",
                            kind == Kind.ACCOUNT ? "account" : "client address",
                            lockAfter(kind),
                            timeToLock(kind).toSeconds(),
                            window.toMinutes());
                }
            }
        }
    }

    /** A failure's outcome for one key. */
    private record Outcome(ThrottleStore.Row row, boolean lockedNow) {}

    private final AuditLog audit;
    private final Clock clock;
    private final SeparateTransactions separate;
    private final Transactions tx;
    private final int maxKeys;
    /** Failures on this node since the table's size was last checked. */
    private final AtomicInteger sinceSizeCheck = new AtomicInteger();

    private volatile Policy policy;

    @Activate
    public CountingLoginThrottle(
            CoreConfiguration config,
            @Reference AuditLog audit,
            @Reference Transactions tx,
            @Reference TransactionManager tm,
            @Reference(target = "(" + Schema.OWNER + "=jp.kyodo.core)") Schema schema) {
        this(Policy.of(config), audit, Clock.systemUTC(), tx, tm, MAX_KEYS);
        policy.warnIfLockUnreachable();
    }

    /**
     * For tests: a clock of their own, and the bound on the keys kept.
     *
     * @param tm the transaction manager behind {@code tx} (its work is done in transactions of its own)
     */
    CountingLoginThrottle(
            Policy policy, AuditLog audit, Clock clock, Transactions tx, TransactionManager tm, int maxKeys) {
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
        this.separate = new SeparateTransactions(tm, tx);
        this.maxKeys = maxKeys;
    }

    @Modified
    void modified(CoreConfiguration config) {
        policy = Policy.of(config);
        policy.warnIfLockUnreachable();
    }

    @Override
    public Optional<Block> blocked(Collection<Key> keys) {
        Instant now = now();
        return tx.read(c -> {
            Block worst = null;
            for (Key key : keys) {
                Optional<ThrottleStore.Row> row = ThrottleStore.row(c, key);
                if (row.isPresent() && row.get().blockedAt(now)) {
                    worst = worse(worst, block(key, row.get()));
                }
            }
            return Optional.ofNullable(worst);
        });
    }

    @Override
    public Optional<Block> failed(Collection<Key> keys) {
        Instant now = now();
        Policy p = policy;
        Block worst = null;
        List<Block> locked = new ArrayList<>();
        // one transaction per key: a node never waits for one key while holding another's row
        for (Key key : keys) {
            Outcome outcome = separate.writeRetrying(c -> fail(c, key, now, p));
            if (outcome.row().blockedAt(now)) {
                Block b = block(key, outcome.row());
                worst = worse(worst, b);
                if (outcome.lockedNow()) {
                    locked.add(b);
                }
            }
        }
        if (sinceSizeCheck.addAndGet(keys.size()) >= sizeCheckEvery()) {
            sinceSizeCheck.set(0);
            pruneIfFull(now, p);
        }
        String address = keys.stream()
                .filter(k -> k.kind() == Kind.ADDRESS)
                .map(Key::value)
                .findFirst()
                .orElse(null);
        locked.forEach(b -> auditLock(b, address, p));
        return Optional.ofNullable(worst);
    }

    /** Counts a failure of the key at {@code now}, holding the key's row until the transaction ends. */
    private static Outcome fail(Connection c, Key key, Instant now, Policy p) throws SQLException {
        ThrottleStore.lock(c, key, now);
        ThrottleStore.Row before = ThrottleStore.row(c, key).orElseThrow();
        if (before.lockedAt(now)) {
            // a failure racing the lock (checked just before it began) does not extend it
            return new Outcome(before, false);
        }
        int n = ThrottleStore.addFailure(c, key, now, now.minus(p.window()));
        if (n >= p.lockAfter(key.kind())) {
            Instant until = now.plus(p.lockFor());
            ThrottleStore.clearFailures(c, key);
            ThrottleStore.setState(c, key, n, until, true);
            return new Outcome(new ThrottleStore.Row(key, n, until, true), true);
        }
        Duration delay = p.delay(key.kind(), n);
        Instant until = delay.isZero() ? null : now.plus(delay);
        ThrottleStore.setState(c, key, n, until, false);
        return new Outcome(new ThrottleStore.Row(key, n, until, false), false);
    }

    @Override
    public void succeeded(Key key) {
        Instant now = now();
        // a lock that began while this attempt was being checked stays
        separate.writeRetrying(c -> {
            ThrottleStore.forgetUnlessLocked(c, key, now);
            return null;
        });
    }

    @Override
    public List<Block> locks() {
        Permissions.requireRole(Role.ADMIN);
        Instant now = now();
        return tx.read(c ->
                ThrottleStore.locks(c, now).stream().map(r -> block(r.key(), r)).toList());
    }

    @Override
    public boolean unlock(Key key) {
        Actor admin = Permissions.requireRole(Role.ADMIN);
        Instant now = now();
        // the unlock and its audit entry commit together
        Optional<ThrottleStore.Row> lifted = separate.writeRetrying(c -> {
            ThrottleStore.lock(c, key, now);
            ThrottleStore.Row removed = ThrottleStore.row(c, key).orElseThrow();
            ThrottleStore.forget(c, key);
            if (!removed.lockedAt(now)) {
                return Optional.empty();
            }
            audit.record(
                    AuditAction.UNLOCK,
                    recordType(key),
                    key.value(),
                    "lock until " + removed.blockedUntil().atZone(JAPAN).toOffsetDateTime() + " lifted");
            return Optional.of(removed);
        });
        lifted.ifPresent(r -> LOG.info("{} '{}' unlocked by {}", label(key), key.value(), admin.userName()));
        return lifted.isPresent();
    }

    /** How many accounts and addresses are remembered; the bound on the tables' size. */
    long keysKept() {
        return tx.read(ThrottleStore::keys);
    }

    /** The table's size is checked after this many failures on a node: it exceeds the bound by at most 1 %. */
    private int sizeCheckEvery() {
        return Math.max(1, maxKeys / 100);
    }

    /**
     * When more keys than the bound are kept: drops those whose failures are all outside the window and
     * that are not blocked; then, if still too many, any unblocked key. Keys in a slow-down or lock stay.
     */
    private void pruneIfFull(Instant now, Policy p) {
        try {
            separate.write(c -> {
                if (ThrottleStore.keys(c) <= maxKeys) {
                    return null;
                }
                ThrottleStore.forgetStale(c, now, now.minus(p.window()));
                if (ThrottleStore.keys(c) > maxKeys) {
                    LOG.warn(
                            "More than {} accounts and addresses with recent failed sign-ins; forgetting those not "
                                    + "blocked",
                            maxKeys);
                    ThrottleStore.forgetUnblocked(c, now);
                }
                return null;
            });
        } catch (DatabaseException e) {
            // another node pruning at the same moment; the next check tries again
            LOG.debug("Pruning the login throttle's keys did not complete", e);
        }
    }

    /** Milliseconds are what every database keeps of a time. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void auditLock(Block b, String address, Policy p) {
        LOG.warn(
                "{} '{}' locked until {} after {} failed attempts",
                label(b.key()),
                b.key().value(),
                b.until(),
                b.failures());
        String detail = b.failures() + " failed attempts within " + p.window().toMinutes() + " min; locked until "
                + b.until().atZone(JAPAN).toOffsetDateTime();
        try {
            SecurityContext.runAs(
                    new Actor("anonymous", Set.of(), address),
                    () -> audit.record(
                            AuditAction.LOGIN_LOCKED,
                            recordType(b.key()),
                            b.key().value(),
                            detail));
        } catch (RuntimeException e) {
            // the lock holds all the same; the log line above says it happened
            LOG.error(
                    "Could not write the lock of '{}' to the audit log", b.key().value(), e);
        }
    }

    private static Block block(Key key, ThrottleStore.Row row) {
        return new Block(key, row.blockedUntil(), row.locked(), row.failures());
    }

    /** A lock before a slow-down, then the one ending later. */
    private static Block worse(Block a, Block b) {
        if (a == null) {
            return b;
        }
        if (a.locked() != b.locked()) {
            return a.locked() ? a : b;
        }
        return b.until().isAfter(a.until()) ? b : a;
    }

    private static String recordType(Key key) {
        return key.kind() == Kind.ACCOUNT ? USER_RECORD : ADDRESS_RECORD;
    }

    private static String label(Key key) {
        return key.kind() == Kind.ACCOUNT ? "Account" : "Client address";
    }
}
