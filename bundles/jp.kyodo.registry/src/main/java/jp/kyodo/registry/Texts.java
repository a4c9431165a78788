package jp.kyodo.registry;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Null-safe clean-up shared by the records of this package. */
final class Texts {

    private Texts() {}

    static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    static <T extends Comparable<T>> Set<T> sortedCopy(Collection<T> values) {
        return values == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(values));
    }
}
