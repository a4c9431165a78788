package jp.kyodo.registry.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.text.JapaneseText;

/**
 * The text side of the registry search: what is indexed and how a query becomes index lookups.
 *
 * <p>Why bigrams: Japanese writes words without spaces, so a word index cannot find 「子ども食堂」 in
 * 「みんなの子ども食堂ネットワーク」; a scan with {@code LIKE '%…%'} can, but reads every row. Each partner's
 * normalised text is cut into overlapping pairs of characters; a query's pairs must all be present,
 * and the few candidates left are checked against the text itself.
 */
final class SearchIndex {

    /** Separates the parts of the search text, so that no bigram spans two fields. */
    static final char SEPARATOR = '\uE001';

    /** Marks the end of a part: (last character + END) lets a one-character query use the index. */
    static final String END = "\uE000";

    static final int MAX_TEXT = 8000;

    private SearchIndex() {}

    /** The normalised search text of the parts (names, readings, descriptions), within {@link #MAX_TEXT}. */
    static String text(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            String n = JapaneseText.normalize(part).replace(String.valueOf(SEPARATOR), "");
            if (n.isEmpty()) {
                continue;
            }
            if (out.length() + n.length() + 1 > MAX_TEXT) {
                break;
            }
            out.append(SEPARATOR).append(n);
        }
        return out.toString();
    }

    /** The distinct bigrams of a search text, including each part's last character + {@link #END}. */
    static Set<String> grams(String searchText) {
        Set<String> grams = new LinkedHashSet<>();
        for (String part : searchText.split(String.valueOf(SEPARATOR))) {
            int[] cps = part.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                String first = new String(cps, i, 1);
                grams.add(i + 1 < cps.length ? first + new String(cps, i + 1, 1) : first + END);
            }
        }
        return grams;
    }

    /** The words of a query, normalised: split at spaces (any width), empty words dropped. */
    static List<String> terms(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<String> terms = new ArrayList<>();
        for (String word : query.strip().split("[\\s\u3000]+")) {
            String n = JapaneseText.normalize(word);
            if (!n.isEmpty() && !terms.contains(n)) {
                terms.add(n);
            }
        }
        return terms;
    }

    /** The bigrams a term needs; empty for a one-character term (use a prefix lookup on the term). */
    static List<String> gramsOfTerm(String term) {
        int[] cps = term.codePoints().toArray();
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return List.copyOf(grams);
    }

    /** A {@code LIKE} pattern matching the term anywhere, with {@code \} as escape character. */
    static String containsPattern(String term) {
        return "%" + escapeLike(term) + "%";
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Codes stored in one column, separated by {@code ;}. */
    static String joinCodes(Set<String> codes) {
        return String.join(";", codes);
    }

    static Set<String> splitCodes(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(joined.split(";")));
    }
}
