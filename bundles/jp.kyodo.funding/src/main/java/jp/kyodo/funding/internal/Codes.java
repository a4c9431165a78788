package jp.kyodo.funding.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.core.text.JapaneseText;

/** Sets of enum constants stored in one column, {@code ;}-separated — as the registry stores them. */
final class Codes {

    private Codes() {}

    static String join(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(";"));
    }

    /** The normalised text of the parts for a contains-search column, cut to its length. */
    static String searchText(int max, String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            out.append(JapaneseText.normalize(part)).append(' ');
        }
        return out.length() > max ? out.substring(0, max) : out.toString();
    }

    static <E extends Enum<E>> Set<E> enums(String column, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (column != null) {
            Arrays.stream(column.split(";")).filter(s -> !s.isEmpty()).forEach(s -> result.add(Enum.valueOf(type, s)));
        }
        return result;
    }
}
