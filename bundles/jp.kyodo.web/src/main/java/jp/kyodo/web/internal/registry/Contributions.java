package jp.kyodo.web.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.internal.security.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The currently registered contributions of one kind, in display order. Written from OSGi threads
 * (service events), read from UI threads: readers get an immutable snapshot, listeners are told
 * after each change, outside the lock.
 *
 * @param <T> the contribution type
 */
public final class Contributions<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Contributions.class);

    /** What changed. */
    public record Change<T>(T contribution, boolean added) {}

    private final Comparator<T> order;
    private final Function<T, Set<Role>> requiredRoles;
    private final List<Consumer<Change<T>>> listeners = new CopyOnWriteArrayList<>();
    private final Map<T, Long> sequence = new IdentityHashMap<>();
    private long nextSequence;
    private volatile List<T> snapshot = List.of();

    /**
     * @param order display order; ties are broken by registration order
     * @param requiredRoles the roles of which a user needs one to see a contribution
     */
    public Contributions(Comparator<T> order, Function<T, Set<Role>> requiredRoles) {
        this.order = order;
        this.requiredRoles = requiredRoles;
    }

    /** Adds a contribution; adding one that is already there does nothing. */
    public void add(T contribution) {
        synchronized (sequence) {
            if (sequence.containsKey(contribution)) {
                return;
            }
            sequence.put(contribution, nextSequence++);
            resort();
        }
        fire(new Change<>(contribution, true));
    }

    /** Removes a contribution; returns false when it was not there. */
    public boolean remove(T contribution) {
        synchronized (sequence) {
            if (sequence.remove(contribution) == null) {
                return false;
            }
            resort();
        }
        fire(new Change<>(contribution, false));
        return true;
    }

    /** All contributions, in display order. */
    public List<T> all() {
        return snapshot;
    }

    /** The contributions {@code actor} may see, in display order; none for null. */
    public List<T> visibleTo(Actor actor) {
        return snapshot.stream().filter(c -> Access.allows(actor, rolesOf(c))).toList();
    }

    /** The roles of which a user needs one for {@code contribution}. */
    public Set<Role> rolesOf(T contribution) {
        Set<Role> roles = requiredRoles.apply(contribution);
        return roles == null ? Set.of() : roles;
    }

    /**
     * Calls {@code listener} after every change, on the thread that made it.
     *
     * @return removes the listener again
     */
    public Runnable addListener(Consumer<Change<T>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void resort() {
        List<T> sorted = new ArrayList<>(sequence.keySet());
        sorted.sort(order.thenComparing(sequence::get));
        snapshot = List.copyOf(sorted);
    }

    private void fire(Change<T> change) {
        for (Consumer<Change<T>> l : listeners) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                LOG.error("A listener failed on {}", change, e);
            }
        }
    }

    /** The number of contributions; for diagnostics. */
    public int size() {
        return snapshot.size();
    }

    /** True when there are none. */
    public boolean isEmpty() {
        return snapshot.isEmpty();
    }
}
