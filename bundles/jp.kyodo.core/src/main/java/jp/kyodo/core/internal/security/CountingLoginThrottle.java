package jp.kyodo.core.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.internal.CoreConfiguration;
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
 * {@link LoginThrottle} counting failures in memory, per node: a restart forgets the counts and lifts
 * the locks (the audit log keeps them). Thresholds from etc/jp.kyodo.core.cfg, applied at once when
 * changed.
 */
@Component(service = LoginThrottle.class, configurationPid = CoreConfiguration.PID)
public final class CountingLoginThrottle implements LoginThrottle {

    /** Record type of an address in the audit log; accounts are {@code core.User} like their logins. */
    static final String ADDRESS_RECORD = "core.ClientAddress";

    static final String USER_RECORD = "core.User";

    /**
     * Keys kept before forgotten ones are dropped: guessing with ever new names or addresses must not
     * fill the memory. Keys in a slow-down or lock are dropped last.
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

    /**
     * What is known of a key; replaced, never changed.
     *
     * @param failures the failures within the window, oldest first (cleared by a lock)
     * @param blockedUntil the end of the slow-down or lock, or null
     * @param locked whether {@code blockedUntil} ends a lock
     * @param lockedAfter the failures that led to the lock
     */
    private record State(List<Instant> failures, Instant blockedUntil, boolean locked, int lockedAfter) {

        boolean blockedAt(Instant now) {
            return blockedUntil != null && now.isBefore(blockedUntil);
        }

        boolean lockedAt(Instant now) {
            return locked && blockedAt(now);
        }

        Instant lastSeen() {
            return failures.isEmpty() ? blockedUntil : failures.get(failures.size() - 1);
        }
    }

    private final ConcurrentHashMap<Key, State> states = new ConcurrentHashMap<>();
    private final AuditLog audit;
    private final Clock clock;
    private volatile Policy policy;

    @Activate
    public CountingLoginThrottle(CoreConfiguration config, @Reference AuditLog audit) {
        this(Policy.of(config), audit, Clock.systemUTC());
        policy.warnIfLockUnreachable();
    }

    CountingLoginThrottle(Policy policy, AuditLog audit, Clock clock) {
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Modified
    void modified(CoreConfiguration config) {
        policy = Policy.of(config);
        policy.warnIfLockUnreachable();
    }

    @Override
    public Optional<Block> blocked(Collection<Key> keys) {
        Instant now = clock.instant();
        Block worst = null;
        for (Key key : keys) {
            State s = states.get(key);
            if (s != null && s.blockedAt(now)) {
                worst = worse(worst, block(key, s));
            }
        }
        return Optional.ofNullable(worst);
    }

    @Override
    public Optional<Block> failed(Collection<Key> keys) {
        Instant now = clock.instant();
        Policy p = policy;
        Block worst = null;
        List<Block> locked = new ArrayList<>();
        for (Key key : keys) {
            boolean[] lockedNow = new boolean[1];
            State after = states.compute(key, (k, s) -> {
                State next = fail(s, k.kind(), now, p);
                lockedNow[0] = next.locked() && next != s;
                return next;
            });
            if (after.blockedAt(now)) {
                Block b = block(key, after);
                worst = worse(worst, b);
                if (lockedNow[0]) {
                    locked.add(b);
                }
            }
        }
        if (states.size() > MAX_KEYS) {
            prune(now, p);
        }
        String address = keys.stream()
                .filter(k -> k.kind() == Kind.ADDRESS)
                .map(Key::value)
                .findFirst()
                .orElse(null);
        locked.forEach(b -> auditLock(b, address, p));
        return Optional.ofNullable(worst);
    }

    /** The next state of a key after a failure at {@code now}. */
    private static State fail(State s, Kind kind, Instant now, Policy p) {
        if (s != null && s.lockedAt(now)) {
            // a failure racing the lock (checked just before it began) does not extend it
            return s;
        }
        List<Instant> recent = new ArrayList<>();
        if (s != null) {
            Instant from = now.minus(p.window());
            s.failures().stream().filter(t -> t.isAfter(from)).forEach(recent::add);
        }
        recent.add(now);
        int n = recent.size();
        if (n >= p.lockAfter(kind)) {
            return new State(List.of(), now.plus(p.lockFor()), true, n);
        }
        Duration delay = p.delay(kind, n);
        return new State(List.copyOf(recent), delay.isZero() ? null : now.plus(delay), false, 0);
    }

    @Override
    public void succeeded(Key key) {
        Instant now = clock.instant();
        // a lock that began while this attempt was being checked stays
        states.computeIfPresent(key, (k, s) -> s.lockedAt(now) ? s : null);
    }

    @Override
    public List<Block> locks() {
        Permissions.requireRole(Role.ADMIN);
        Instant now = clock.instant();
        List<Block> result = new ArrayList<>();
        states.forEach((key, s) -> {
            if (s.lockedAt(now)) {
                result.add(block(key, s));
            }
        });
        result.sort(
                Comparator.comparing(Block::until).thenComparing(b -> b.key().value()));
        return result;
    }

    @Override
    public boolean unlock(Key key) {
        Actor admin = Permissions.requireRole(Role.ADMIN);
        Instant now = clock.instant();
        State removed = states.remove(key);
        boolean wasLocked = removed != null && removed.lockedAt(now);
        if (wasLocked) {
            LOG.info("{} '{}' unlocked by {}", label(key), key.value(), admin.userName());
            audit.record(
                    AuditAction.UNLOCK,
                    recordType(key),
                    key.value(),
                    "lock until " + removed.blockedUntil().atZone(JAPAN).toOffsetDateTime() + " lifted");
        }
        return wasLocked;
    }

    /** How many accounts and addresses are remembered; the memory bound. */
    int keysKept() {
        return states.size();
    }

    /** Drops keys whose failures are all outside the window and that are not blocked; then, if still too many, any unblocked key. */
    private void prune(Instant now, Policy p) {
        Instant from = now.minus(p.window());
        states.entrySet()
                .removeIf(e -> !e.getValue().blockedAt(now)
                        && (e.getValue().lastSeen() == null
                                || !e.getValue().lastSeen().isAfter(from)));
        if (states.size() > MAX_KEYS) {
            LOG.warn(
                    "More than {} accounts and addresses with recent failed sign-ins; forgetting those not blocked",
                    MAX_KEYS);
            states.entrySet().removeIf(e -> !e.getValue().blockedAt(now));
        }
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

    private static Block block(Key key, State s) {
        return new Block(
                key,
                s.blockedUntil(),
                s.locked(),
                s.locked() ? s.lockedAfter() : s.failures().size());
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
