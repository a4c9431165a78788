package jp.kyodo.core.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Slows down, then stops, the guessing of passwords and API tokens. Failed attempts are counted per
 * staff account and per client address within a time window: after a few, the key has to wait a
 * moment (growing with each further failure) before its next attempt is even checked; after more, it
 * is locked for a while or until an administrator unlocks it. Nobody sleeps on a server thread:
 * callers ask {@link #blocked} before checking a secret and refuse at once, saying when to try again.
 *
 * <p>The core provides it (thresholds in {@code etc/jp.kyodo.core.cfg}) and signs staff in through it;
 * the web layer uses it for API tokens. Every lock and unlock is written to the audit log.
 */
public interface LoginThrottle {

    /** What is counted. */
    enum Kind {
        /** A staff account, by user name (case-insensitive: {@code Tanaka} is {@code tanaka}). */
        ACCOUNT,
        /** A client's network address, as the web server sees it (the proxy's forwarded address if trusted). */
        ADDRESS
    }

    /** One counted account or address. */
    record Key(Kind kind, String value) implements Serializable {

        public Key {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
            value = kind == Kind.ACCOUNT ? value.strip().toLowerCase(Locale.ROOT) : value.strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException("value must not be blank");
            }
        }

        public static Key account(String userName) {
            return new Key(Kind.ACCOUNT, userName);
        }

        public static Key address(String remoteAddress) {
            return new Key(Kind.ADDRESS, remoteAddress);
        }
    }

    /**
     * Attempts of a key are refused until a time.
     *
     * @param key the account or address refused
     * @param until when the next attempt will be checked again
     * @param locked {@code true} for a lock after too many failures (lifted at {@code until} or by an
     *     administrator), {@code false} for a short slow-down
     * @param failures the failed attempts within the window that led to it
     */
    record Block(Key key, Instant until, boolean locked, int failures) implements Serializable {

        public Block {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(until, "until");
        }

        /** Whole seconds from {@code now} until {@link #until}, at least 1: the HTTP {@code Retry-After}. */
        public long retryAfterSeconds(Instant now) {
            long millis = Duration.between(now, until).toMillis();
            return Math.max(1, (millis + 999) / 1000);
        }
    }

    /**
     * The keys of a sign-in attempt: the account, when a user name was given, and the client's
     * address, when known.
     */
    static List<Key> keysOf(String userName, String remoteAddress) {
        List<Key> keys = new ArrayList<>(2);
        if (userName != null && !userName.isBlank()) {
            keys.add(Key.account(userName));
        }
        if (remoteAddress != null && !remoteAddress.isBlank()) {
            keys.add(Key.address(remoteAddress));
        }
        return keys;
    }

    /**
     * Asked before a secret is checked: the block in force for any of the keys (a lock before a
     * slow-down, then the longest). While there is one, the secret must not be checked at all, or
     * the block would not slow down guessing.
     */
    Optional<Block> blocked(Collection<Key> keys);

    /**
     * Counts a failed attempt (wrong password, unknown user, wrong token) for each key.
     *
     * @return the block the failure started for one of the keys (a lock before a slow-down), if any
     */
    Optional<Block> failed(Collection<Key> keys);

    /**
     * A correct secret: forgets the failures of the key. Call it for the account that signed in,
     * never for an address (a guesser with one valid account must not reset their address).
     */
    void succeeded(Key key);

    /**
     * The locks in force, soonest to end first.
     *
     * @throws jp.kyodo.core.AccessDeniedException unless the current actor is an administrator
     */
    List<Block> locks();

    /**
     * Lifts the lock of the key and forgets its failures; audited.
     *
     * @return whether the key was locked
     * @throws jp.kyodo.core.AccessDeniedException unless the current actor is an administrator
     */
    boolean unlock(Key key);
}
