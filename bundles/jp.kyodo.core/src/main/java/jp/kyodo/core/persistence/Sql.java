package jp.kyodo.core.persistence;

import java.util.Collections;

/** Small pieces of portable SQL text that every store needs. */
public final class Sql {

    private Sql() {}

    /**
     * A {@code LIKE} pattern matching the text anywhere, with {@code \} as the escape character: use it
     * as {@code COLUMN LIKE ? ESCAPE '\'}.
     */
    public static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** {@code ?, ?, ?} for an {@code IN} list of n values (n ≥ 1). */
    public static String placeholders(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
