package jp.kyodo.core;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Null-safe clean-up for the compact constructors of API records, so that every module's records hold
 * the same shape of values: strings never null and without surrounding white space, sets sorted and
 * unmodifiable, lists unmodifiable.
 */
public final class Records {

    private Records() {}

    /** The text without surrounding white space (including 全角 spaces); the empty string for null. */
    public static String text(String s) {
        return s == null ? "" : s.strip();
    }

    /** A sorted, unmodifiable copy; empty for null. */
    public static <T extends Comparable<T>> Set<T> sorted(Collection<T> values) {
        return values == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(values));
    }

    /** An unmodifiable copy; empty for null. */
    public static <T> List<T> list(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
