package jp.kyodo.core.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.text.JapaneseText;

/**
 * The Japanese eras (元号) city documents are dated in, from 明治 on, with the first and last days of
 * JIS X 0301. Kyodo does not use {@code java.time.chrono.JapaneseEra} because it starts 明治 on
 * 1868-01-01 instead of 1868-01-25 and because the platform must parse the forms people actually write
 * (元年, R08, 平成32年).
 *
 * <p>Stored by name: never rename a constant. A new era is a new constant, after which {@link #REIWA}
 * gets its last day.
 */
public enum JapaneseEra {
    MEIJI("明治", 'M', "Meiji", LocalDate.of(1868, 1, 25), LocalDate.of(1912, 7, 29)),
    TAISHO("大正", 'T', "Taisho", LocalDate.of(1912, 7, 30), LocalDate.of(1926, 12, 24)),
    SHOWA("昭和", 'S', "Showa", LocalDate.of(1926, 12, 25), LocalDate.of(1989, 1, 7)),
    HEISEI("平成", 'H', "Heisei", LocalDate.of(1989, 1, 8), LocalDate.of(2019, 4, 30)),
    REIWA("令和", 'R', "Reiwa", LocalDate.of(2019, 5, 1), null);

    private static final MessageCatalog MESSAGES = MessageCatalog.of(JapaneseEra.class, "jp.kyodo.core.messages");

    private final String kanji;
    private final char letter;
    private final String romaji;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    JapaneseEra(String kanji, char letter, String romaji, LocalDate firstDay, LocalDate lastDay) {
        this.kanji = kanji;
        this.letter = letter;
        this.romaji = romaji;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** A regular expression group matching any era's kanji name: {@code (明治|大正|昭和|平成|令和)}. */
    static final String KANJI_GROUP =
            Arrays.stream(values()).map(JapaneseEra::kanji).collect(Collectors.joining("|", "(", ")"));

    /** A regular expression group matching any era's letter in either case: {@code ([MTSHRmtshr])}. */
    static final String LETTER_GROUP = letterGroup();

    /** The name in kanji, e.g. 令和. */
    public String kanji() {
        return kanji;
    }

    /** The one-letter abbreviation of JIS X 0301, e.g. {@code R}. */
    public char letter() {
        return letter;
    }

    /** The name in Latin letters, e.g. Reiwa. */
    public String romaji() {
        return romaji;
    }

    /** The first day of the era (元年). */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** The last day of the era; {@code null} for the current era. */
    public LocalDate lastDay() {
        return lastDay;
    }

    /** Whether the day falls within this era. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && (lastDay == null || !date.isAfter(lastDay));
    }

    /**
     * The era in force on the day.
     *
     * @throws ValidationException for days before 明治 (1868-01-25), which have no era in this table
     */
    public static JapaneseEra of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        JapaneseEra[] eras = values();
        for (int i = eras.length - 1; i >= 0; i--) {
            if (!date.isBefore(eras[i].firstDay)) {
                return eras[i];
            }
        }
        throw ValidationException.of("date", MESSAGES.get("date.beforeMeiji", date));
    }

    /**
     * The era by kanji (令和), letter in either case (R, r) or Latin name in any case (Reiwa); 全角
     * letters and the one-character era symbols (㋿, ㍻) are accepted.
     */
    public static Optional<JapaneseEra> byName(String name) {
        String s = JapaneseText.normalizeWidth(name);
        for (JapaneseEra era : values()) {
            if (era.kanji.equals(s)
                    || (s.length() == 1 && Character.toUpperCase(s.charAt(0)) == era.letter)
                    || era.romaji.toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT))) {
                return Optional.of(era);
            }
        }
        return Optional.empty();
    }

    private static String letterGroup() {
        String letters =
                Arrays.stream(values()).map(e -> String.valueOf(e.letter)).collect(Collectors.joining());
        return "([" + letters + letters.toLowerCase(Locale.ROOT) + "])";
    }

    /** The year of this era a day falls in, counting the first year as 1 (元年). */
    public int yearOf(LocalDate date) {
        return date.getYear() - firstDay.getYear() + 1;
    }

    /**
     * The Gregorian year of a year of this era (令和8 → 2026). Years past the era's end are allowed
     * (平成32 → 2020), as they occur in legal documents.
     *
     * @throws ValidationException when the era year is less than 1
     */
    public int toGregorianYear(int eraYear) {
        if (eraYear < 1) {
            throw ValidationException.of("year", MESSAGES.get("era.yearFromOne", kanji, eraYear));
        }
        return firstDay.getYear() + eraYear - 1;
    }

    /** 「令和8年」; the first year as 「令和元年」. */
    public String formatYear(int eraYear) {
        return kanji + (eraYear == 1 ? "元" : Integer.toString(eraYear)) + "年";
    }
}
