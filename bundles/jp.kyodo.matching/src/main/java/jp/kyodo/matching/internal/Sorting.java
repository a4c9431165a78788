package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingBackend.MESSAGES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jp.kyodo.core.Sort;
import jp.kyodo.core.ValidationException;

/**
 * A list's ORDER BY from the caller's sort keys ({@link jp.kyodo.core.PageRequest#sort()}): each key is one of the
 * list's documented names and stands for a column, so no caller text reaches the SQL; the id breaks ties so
 * that pages never overlap.
 */
final class Sorting {

    private Sorting() {}

    /**
     * @param columns sort key → column (in the list's SQL), in the order they are listed in errors
     * @param byDefault the list's own order when the caller gave none (without {@code ORDER BY})
     * @param id the id column, the last key
     * @throws ValidationException for a key the list does not know
     */
    static String orderBy(List<Sort> sort, Map<String, String> columns, String byDefault, String id) {
        return " ORDER BY " + (sort.isEmpty() ? byDefault : keys(sort, columns, id));
    }

    /** The caller's keys as columns with their directions, the id last: {@code DUE_ON ASC, ID ASC}. */
    static String keys(List<Sort> sort, Map<String, String> columns, String id) {
        List<String> keys = new ArrayList<>();
        for (Sort s : sort) {
            String column = columns.get(s.property());
            if (column == null) {
                throw ValidationException.of(
                        "sort",
                        MESSAGES.get("check.sort", s.property(), String.join(", ", new TreeSet<>(columns.keySet()))));
            }
            keys.add(column + (s.ascending() ? " ASC" : " DESC"));
        }
        keys.add(id + (sort.get(0).ascending() ? " ASC" : " DESC"));
        return String.join(", ", keys);
    }
}
