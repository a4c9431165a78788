package jp.kyodo.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.text.JapaneseText;

/**
 * Dates in the Japanese calendar (和暦), as city documents write them. Formats in the era in force on the
 * day ({@code 令和8年11月23日}, first year as 元年) and parses the forms people and other systems produce:
 * 令和8年11月23日, 令和元年5月1日, 令和1年5月1日, R8.11.23, R08.11.23, R8/11/23, H31.4.30, the same with
 * 全角 digits, and Gregorian 2026-11-23, 2026/11/23 or 2026年11月23日.
 *
 * <p>Years past an era's end are accepted (平成32年1月1日 is 2020-01-01: such dates occur in legal
 * documents); days before an era's first day are not (令和元年4月1日 does not exist).
 */
public final class Wareki {
    private static final MessageCatalog MESSAGES = MessageCatalog.of(Wareki.class, "jp.kyodo.core.messages");

    private static final String FIELD = "date";

    private static final Pattern KANJI =
            Pattern.compile(JapaneseEra.KANJI_GROUP + "(元|\\d{1,3})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern LETTER =
            Pattern.compile(JapaneseEra.LETTER_GROUP + "(\\d{1,3})([./-])(\\d{1,2})\\3(\\d{1,2})");
    private static final Pattern GREGORIAN =
            Pattern.compile("(\\d{4})(?:([./-])(\\d{1,2})\\2(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Wareki() {}

    /** 「令和8年11月23日」; the first year of an era as 「令和元年5月1日」. */
    public static String formatDate(LocalDate date) {
        JapaneseEra era = JapaneseEra.of(date);
        return era.formatYear(era.yearOf(date)) + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The short form of JIS X 0301: 「R08.11.23」. */
    public static String formatShort(LocalDate date) {
        JapaneseEra era = JapaneseEra.of(date);
        return String.format(
                Locale.ROOT,
                "%c%02d.%02d.%02d",
                era.letter(),
                era.yearOf(date),
                date.getMonthValue(),
                date.getDayOfMonth());
    }

    /**
     * Reads a date in one of the forms listed in the class documentation.
     *
     * @throws ValidationException when the text has none of these forms, the day does not exist
     *     (2月30日), or lies before the named era began
     */
    public static LocalDate parseDate(String text) {
        String s = SPACES.matcher(JapaneseText.normalizeWidth(text)).replaceAll("");
        if (s.isEmpty()) {
            throw ValidationException.of(FIELD, MESSAGES.get("date.required"));
        }
        Matcher m = KANJI.matcher(s);
        if (m.matches()) {
            JapaneseEra era = JapaneseEra.byName(m.group(1)).orElseThrow();
            int year = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
            return eraDate(era, year, m.group(3), m.group(4), text);
        }
        m = LETTER.matcher(s);
        if (m.matches()) {
            JapaneseEra era = JapaneseEra.byName(m.group(1)).orElseThrow();
            return eraDate(era, Integer.parseInt(m.group(2)), m.group(4), m.group(5), text);
        }
        m = GREGORIAN.matcher(s);
        if (m.matches()) {
            boolean separated = m.group(2) != null;
            return date(
                    Integer.parseInt(m.group(1)),
                    separated ? m.group(3) : m.group(5),
                    separated ? m.group(4) : m.group(6),
                    text);
        }
        throw ValidationException.of(FIELD, MESSAGES.get("date.format", text.strip()));
    }

    private static LocalDate eraDate(JapaneseEra era, int eraYear, String month, String day, String text) {
        LocalDate date = date(era.toGregorianYear(eraYear), month, day, text);
        if (date.isBefore(era.firstDay())) {
            throw ValidationException.of(
                    FIELD,
                    MESSAGES.get(
                            "date.beforeEra", text.strip(), era.kanji(), formatDate(era.firstDay()), era.firstDay()));
        }
        return date;
    }

    private static LocalDate date(int year, String month, String day, String text) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw ValidationException.of(FIELD, MESSAGES.get("date.noSuchDay", text.strip()));
        }
    }
}
