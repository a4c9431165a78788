package jp.kyodo.web.internal.registry;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contributions that claim a unique key (a route, a REST path). The first to claim a key is
 * active; later ones wait and take over, in order, when it goes. Only active contributions are in
 * {@link #active()}.
 *
 * @param <T> the contribution type
 */
public final class KeyedContributions<T> {

    private static final Logger LOG = LoggerFactory.getLogger(KeyedContributions.class);

    private final Function<T, String> key;
    private final Contributions<T> active;
    private final Map<String, Deque<T>> claims = new HashMap<>();
    private final Map<String, T> byKey = new java.util.concurrent.ConcurrentHashMap<>();

    public KeyedContributions(Function<T, String> key, Contributions<T> active) {
        this.key = key;
        this.active = active;
    }

    /** Adds a contribution; it becomes active unless its key is taken. */
    public void add(T contribution) {
        String k = key.apply(contribution);
        boolean activate;
        synchronized (claims) {
            Deque<T> queue = claims.computeIfAbsent(k, x -> new ArrayDeque<>());
            if (queue.contains(contribution)) {
                return;
            }
            queue.addLast(contribution);
            activate = queue.size() == 1;
            if (activate) {
                byKey.put(k, contribution);
            }
        }
        if (activate) {
            active.add(contribution);
        } else {
            LOG.warn("'{}' is already taken; {} waits until the current one goes", k, contribution);
        }
    }

    /** Removes a contribution; the next one waiting for its key, if any, becomes active. */
    public void remove(T contribution) {
        String k = key.apply(contribution);
        T successor = null;
        boolean wasActive;
        synchronized (claims) {
            Deque<T> queue = claims.get(k);
            if (queue == null) {
                return;
            }
            wasActive = queue.peekFirst() == contribution;
            queue.remove(contribution);
            if (queue.isEmpty()) {
                claims.remove(k);
                byKey.remove(k);
            } else if (wasActive) {
                successor = queue.peekFirst();
                byKey.put(k, successor);
            }
        }
        if (wasActive) {
            active.remove(contribution);
        }
        if (successor != null) {
            active.add(successor);
        }
    }

    /** The active contribution for {@code k}. */
    public Optional<T> get(String k) {
        return k == null ? Optional.empty() : Optional.ofNullable(byKey.get(k));
    }

    /** The active contributions, in display order, with change events. */
    public Contributions<T> active() {
        return active;
    }
}
