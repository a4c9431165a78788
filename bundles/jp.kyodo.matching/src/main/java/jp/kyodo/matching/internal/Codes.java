package jp.kyodo.matching.internal;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sets stored in one column, {@code ;}-separated — as the registry stores them. */
final class Codes {

    private Codes() {}

    static String join(Collection<?> values) {
        return values.stream().map(Codes::code).collect(Collectors.joining(";"));
    }

    private static String code(Object value) {
        return value instanceof DayOfWeek d
                ? Integer.toString(d.getValue())
                : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    static Set<String> strings(String column) {
        return column == null || column.isEmpty()
                ? Set.of()
                : Arrays.stream(column.split(";"))
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(TreeSet::new));
    }

    static <E extends Enum<E>> Set<E> enums(String column, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        strings(column).forEach(s -> result.add(Enum.valueOf(type, s)));
        return result;
    }

    static Set<DayOfWeek> days(String column) {
        return map(column, s -> DayOfWeek.of(Integer.parseInt(s)));
    }

    private static <T extends Comparable<T>> Set<T> map(String column, Function<String, T> parse) {
        return strings(column).stream().map(parse).collect(Collectors.toCollection(TreeSet::new));
    }
}
