package jp.kyodo.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Japanese-aware text handling for search, sorting by reading (よみ／ふりがな) and input clean-up.
 *
 * <p>Why: Japanese users type the same word in several forms — 全角／半角 letters and digits, katakana or
 * hiragana, half-width katakana from older systems, with or without spaces between family and given
 * name. Search and sorting must treat these as equal from day one (Japanese deployments of other
 * platforms went years without usable search). Java's default {@code String} order puts katakana after
 * all hiragana and voiced kana in odd places, so names cannot be sorted by their reading without help.
 */
public final class JapaneseText {

    private static final char HIRAGANA_SMALL_A = '\u3041';
    private static final char HIRAGANA_SMALL_KE = '\u3096';
    private static final char KATAKANA_SMALL_A = '\u30A1';
    private static final char KATAKANA_SMALL_KE = '\u30F6';
    private static final char KATAKANA_ITERATION = '\u30FD';
    private static final char KATAKANA_VOICED_ITERATION = '\u30FE';
    private static final int KATAKANA_TO_HIRAGANA = KATAKANA_SMALL_A - HIRAGANA_SMALL_A;
    private static final char LONG_VOWEL = 'ー';
    private static final char MIDDLE_DOT = '・';
    private static final char COMBINING_VOICED = '\u3099';
    private static final char COMBINING_SEMI_VOICED = '\u309A';

    /** Separates the primary from the secondary part of a reading sort key; sorts before any letter. */
    private static final char KEY_SEPARATOR = '\u0001';

    private static final char PLAIN = '0';
    private static final char SMALL = '1';
    private static final char VOICED = '2';
    private static final char SEMI_VOICED = '3';
    private static final char PROLONGED = '4';

    /** Small kana and the large kana they sort with. */
    private static final String SMALL_KANA = "ぁぃぅぇぉっゃゅょゎゕゖ";

    private static final String SMALL_KANA_BASE = "あいうえおつやゆよわかけ";

    /** The plain kana of the 50音 table by vowel, in the order of {@link #VOWELS}. */
    private static final String[] GOJUON_BY_VOWEL = {"あかさたなはまやらわ", "いきしちにひみりゐ", "うくすつぬふむゆる", "えけせてねへめれゑ", "おこそとのほもよろを"};

    private static final String VOWELS = "あいうえお";

    private JapaneseText() {}

    /**
     * Brings text into one canonical form for search: Unicode NFKC (全角 ASCII and digits become half-width,
     * half-width katakana become full-width, ㈱ becomes (株)), lower case, katakana turned into hiragana
     * (ヴ → ゔ, small ァ → ぁ; the long-vowel mark ー is kept), and every space removed — Japanese writes
     * words without spaces, so 「川口 太郎」 must find 「川口太郎」.
     *
     * <p>Apply it to both the indexed text and the query, then compare or use {@code contains}:
     * {@code normalize("カワグチ")}, {@code normalize("かわぐち")} and {@code normalize("ｶﾜｸﾞﾁ")} are
     * equal.
     *
     * @param text any text; {@code null} is treated as empty
     * @return the normalised text, never {@code null}
     */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (!isSpace(c)) {
                out.append(toHiragana(c));
            }
        }
        return out.toString();
    }

    /**
     * Unicode NFKC and surrounding white space removed: for codes and numbers typed with a Japanese input
     * method (「１１２０３８」 → 「112038」, 「Ｒ８」 → 「R8」, 「㍻」 → 「平成」). Unlike {@link #normalize} it
     * keeps case, kana and inner spaces.
     *
     * @param text any text; {@code null} is treated as empty
     */
    public static String normalizeWidth(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /**
     * A key whose natural {@code String} order (binary, code point order; in a database use a binary / C
     * collation) is the 50音 order of the readings, the way Japanese dictionaries and name lists sort.
     *
     * <p>The rule, close to JIS X 4061:
     * <ol>
     *   <li>The reading is {@linkplain #normalize normalised} first, so katakana, hiragana and
     *       half-width kana sort alike and spaces and 「・」 are ignored.
     *   <li>Primary order: the readings are compared with every kana replaced by its plain large form
     *       (が → か, ぱ → は, っ → つ, ゃ → や, ゔ → う) and the long-vowel mark ー replaced by the vowel
     *       it lengthens (らーめん sorts as らあめん). Plain kana follow the 50音 table: あいうえお かきくけこ …
     *       わをん.
     *   <li>Only when the primary forms are equal, the kana are compared position by position by
     *       variant: plain, then small, then voiced (濁音), then semi-voiced (半濁音), then ー. So
     *       か &lt; が &lt; き, はは &lt; ぱぱ, しよう &lt; しょう, and がい &lt; かお (primary かい &lt; かお).
     *   <li>Other characters (Latin letters, digits, kanji) keep their code point order: digits and
     *       Latin letters before kana, kanji after.
     * </ol>
     *
     * @param reading a reading in kana; {@code null} is treated as empty
     * @return the key, never {@code null}; the empty string for an empty reading
     */
    public static String readingSortKey(String reading) {
        String decomposed =
                Normalizer.normalize(normalize(reading).replace(String.valueOf(MIDDLE_DOT), ""), Normalizer.Form.NFD);
        if (decomposed.isEmpty()) {
            return "";
        }
        StringBuilder primary = new StringBuilder(decomposed.length());
        StringBuilder secondary = new StringBuilder(decomposed.length());
        char previousBase = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = toHiragana(decomposed.charAt(i));
            char next = i + 1 < decomposed.length() ? decomposed.charAt(i + 1) : 0;
            char base;
            char variant;
            if (next == COMBINING_VOICED || next == COMBINING_SEMI_VOICED) {
                base = c;
                variant = next == COMBINING_VOICED ? VOICED : SEMI_VOICED;
                i++;
            } else if (SMALL_KANA.indexOf(c) >= 0) {
                base = SMALL_KANA_BASE.charAt(SMALL_KANA.indexOf(c));
                variant = SMALL;
            } else if (c == LONG_VOWEL && vowelOf(previousBase) != 0) {
                base = vowelOf(previousBase);
                variant = PROLONGED;
            } else {
                base = c;
                variant = PLAIN;
            }
            primary.append(base);
            secondary.append(variant);
            previousBase = base;
        }
        return primary.append(KEY_SEPARATOR).append(secondary).toString();
    }

    /**
     * Orders strings by {@link #readingSortKey}; strings with the same key (カワグチ and かわぐち) are
     * ordered by their natural order so that the result is stable. {@code null} sorts like the empty
     * string, before everything else.
     */
    public static Comparator<String> byReading() {
        return ReadingComparator.INSTANCE;
    }

    /**
     * Whether the text is a reading (よみ／ふりがな): after NFKC it consists only of hiragana, katakana, the
     * long-vowel mark ー, the middle dot ・ and spaces, with at least one kana. Used to validate furigana
     * fields; half-width katakana are accepted because NFKC turns them into full-width.
     *
     * @param text the text to check; {@code null} and blank text are not readings
     */
    public static boolean isReading(String text) {
        if (text == null) {
            return false;
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        boolean kana = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (isKana(c)) {
                kana = true;
            } else if (c != LONG_VOWEL && c != MIDDLE_DOT && !isSpace(c)) {
                return false;
            }
        }
        return kana;
    }

    private static boolean isKana(char c) {
        return (c >= HIRAGANA_SMALL_A && c <= HIRAGANA_SMALL_KE)
                || c == '\u309D'
                || c == '\u309E'
                || (c >= KATAKANA_SMALL_A && c <= '\u30FA')
                || c == KATAKANA_ITERATION
                || c == KATAKANA_VOICED_ITERATION;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static char toHiragana(char c) {
        if ((c >= KATAKANA_SMALL_A && c <= KATAKANA_SMALL_KE)
                || c == KATAKANA_ITERATION
                || c == KATAKANA_VOICED_ITERATION) {
            return (char) (c - KATAKANA_TO_HIRAGANA);
        }
        // ヷヸヹヺ have no precomposed hiragana; after NFD their bases ワヰヱヲ are in the range above
        return c;
    }

    private static char vowelOf(char kana) {
        if (kana == 0) {
            return 0;
        }
        for (int v = 0; v < GOJUON_BY_VOWEL.length; v++) {
            if (GOJUON_BY_VOWEL[v].indexOf(kana) >= 0) {
                return VOWELS.charAt(v);
            }
        }
        return 0;
    }

    private enum ReadingComparator implements Comparator<String> {
        INSTANCE;

        @Override
        public int compare(String a, String b) {
            int byKey = readingSortKey(a).compareTo(readingSortKey(b));
            if (byKey != 0) {
                return byKey;
            }
            return (a == null ? "" : a).compareTo(b == null ? "" : b);
        }
    }

    /**
     * The words of a search query, each {@linkplain #normalize normalised}: split at spaces of any width,
     * empty and repeated words dropped. Every word must match (AND).
     */
    public static List<String> searchTerms(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<String> terms = new ArrayList<>();
        for (String word : query.strip().split("[\\s\u3000]+")) {
            String n = normalize(word);
            if (!n.isEmpty() && !terms.contains(n)) {
                terms.add(n);
            }
        }
        return terms;
    }

    /**
     * The distinct pairs of neighbouring characters (bigrams) of a {@linkplain #normalize normalised}
     * text, in order: what Japanese text without spaces between words is compared by.
     */
    public static Set<String> bigrams(String normalized) {
        Set<String> grams = new LinkedHashSet<>();
        if (normalized == null) {
            return grams;
        }
        int[] cps = normalized.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }
}
