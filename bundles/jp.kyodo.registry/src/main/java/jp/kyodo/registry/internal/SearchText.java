package jp.kyodo.registry.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import jp.kyodo.core.text.JapaneseText;

/**
 * The text side of the registry search: what is indexed and how a query becomes index lookups.
 *
 * <p>Why bigrams: Japanese writes words without spaces, so a word index cannot find 「子ども食堂」 in
 * 「みんなの子ども食堂ネットワーク」. Each partner's normalised text is cut into overlapping pairs of
 * characters; a query's pairs must all be present, and the few candidates left are checked against the
 * text itself (see {@link PartnerIndex}).
 */
final class SearchText {

    /** Separates the parts of the search text, so that no bigram spans two fields. */
    static final char SEPARATOR = '\uE001';

    static final int MAX_TEXT = 8000;

    private SearchText() {}

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

    /** The distinct bigrams of a search text (none spanning two parts). */
    static Set<String> grams(String searchText) {
        Set<String> grams = new LinkedHashSet<>();
        for (String part : searchText.split(String.valueOf(SEPARATOR))) {
            int[] cps = part.codePoints().toArray();
            for (int i = 0; i + 1 < cps.length; i++) {
                grams.add(new String(cps, i, 2));
            }
        }
        return grams;
    }

    /** The distinct characters (code points) of a search text, without the part separator. */
    static Set<String> characters(String searchText) {
        Set<String> characters = new LinkedHashSet<>();
        searchText
                .codePoints()
                .filter(cp -> cp != SEPARATOR)
                .forEach(cp -> characters.add(new String(Character.toChars(cp))));
        return characters;
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
