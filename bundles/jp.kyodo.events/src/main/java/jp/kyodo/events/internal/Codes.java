package jp.kyodo.events.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sets stored as ';'-separated text. */
final class Codes {

    private Codes() {}

    static String join(Collection<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(";"));
    }

    static <T extends Comparable<T>> Set<T> split(String text, Function<String, T> parse) {
        Set<T> out = new TreeSet<>();
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(";")).filter(s -> !s.isBlank()).map(parse).forEach(out::add);
        }
        return out;
    }

    static Set<String> strings(String text) {
        return split(text, s -> s);
    }

    static Set<DayOfWeek> days(String text) {
        return split(text, DayOfWeek::valueOf);
    }

    static Set<LocalDate> dates(String text) {
        Set<LocalDate> out = new TreeSet<>();
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(";"))
                    .filter(s -> !s.isBlank())
                    .map(LocalDate::parse)
                    .forEach(out::add);
        }
        return out;
    }
}
