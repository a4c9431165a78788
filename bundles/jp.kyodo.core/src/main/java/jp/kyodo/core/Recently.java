package jp.kyodo.core;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Values worked out from a key and used again for a short while: a layout file read once for the hundreds of rows a
 * neighbour's message brings, not once a row. Nothing is kept longer than the time given, so a changed file or table
 * is seen again soon without being watched; {@link #forget} drops a value at once when the caller knows it changed.
 * Two callers that miss at the same moment both load (no lock is held while loading); the later one's value stays. A
 * value loaded while {@link #forget} was called is used by its caller but not kept: it may predate the change.
 *
 * <pre>{@code
 * private final Recently<String, Layout> layouts = Recently.keptFor(Duration.ofSeconds(10));
 * Layout layout = layouts.get(folder, Layout::load);
 * }</pre>
 *
 * @param <K> what the value is worked out from (a file name, a type)
 * @param <V> the value, never null
 */
public final class Recently<K, V> {

    /** Works a value out from its key. */
    @FunctionalInterface
    public interface Loader<K, V, X extends Exception> {
        V load(K key) throws X;
    }

    private record Kept<V>(V value, long loadedAt) {}

    private final long keepNanos;
    private final LongSupplier nanoTime;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    /** Counts the calls of forget: a load that overlapped one is not kept. */
    private final AtomicLong forgotten = new AtomicLong();

    private Recently(Duration keep, LongSupplier nanoTime) {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("keep values for some time: " + keep);
        }
        this.keepNanos = keep.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Values kept for the time given from when they were loaded. */
    public static <K, V> Recently<K, V> keptFor(Duration keep) {
        return new Recently<>(keep, System::nanoTime);
    }

    /** For tests: time from the supplier given ({@link System#nanoTime()}'s sense). */
    static <K, V> Recently<K, V> keptFor(Duration keep, LongSupplier nanoTime) {
        return new Recently<>(keep, nanoTime);
    }

    /**
     * The key's value as loaded within the time kept, or loaded now.
     *
     * @throws X what the loader throws; nothing is kept then
     */
    public <X extends Exception> V get(K key, Loader<? super K, ? extends V, X> loader) throws X {
        long now = nanoTime.getAsLong();
        Kept<V> last = kept.get(key);
        if (last != null && now - last.loadedAt() < keepNanos) {
            return last.value();
        }
        long before = forgotten.get();
        V value = Objects.requireNonNull(loader.load(key), "loaded value");
        kept.put(key, new Kept<>(value, now));
        if (forgotten.get() != before) {
            // forgotten while loading: what was loaded may predate the change
            kept.remove(key);
        }
        return value;
    }

    /** Drops the key's value: the next {@link #get} loads it again. */
    public void forget(K key) {
        forgotten.incrementAndGet();
        kept.remove(key);
    }

    /** Drops every value. */
    public void forgetAll() {
        forgotten.incrementAndGet();
        kept.clear();
    }
}
