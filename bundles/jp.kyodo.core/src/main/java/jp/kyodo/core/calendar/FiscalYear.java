package jp.kyodo.core.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.text.JapaneseText;

/**
 * A Japanese fiscal year (年度): April 1 to March 31, named by the year it starts in (Local Autonomy Act
 * §208) — 令和8年度 is FY2026, 2026-04-01 to 2027-03-31. Budgets, grants, funds and reports are all
 * counted per 年度; store it as {@link #startYear()}.
 *
 * <p>FY2019 began under 平成 and is officially called 令和元年度 after the era changed in May 2019;
 * documents issued before that call it 平成31年度. Both parse to 2019; it is displayed as 令和元年度.
 *
 * @param startYear the Gregorian year the fiscal year starts in, 1868 to 9998
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {
    private static final MessageCatalog MESSAGES = MessageCatalog.of(FiscalYear.class, "jp.kyodo.core.messages");

    /** The earliest fiscal year: the first under 明治. */
    public static final int MIN_START_YEAR = 1868;

    /** The latest fiscal year, ending in year 9999. */
    public static final int MAX_START_YEAR = 9998;

    private static final String FIELD = "fiscalYear";
    private static final int REIWA_GANNENDO = 2019;

    private static final Pattern ERA_KANJI = Pattern.compile(JapaneseEra.KANJI_GROUP + "(元|\\d{1,3})(?:年度)?");
    private static final Pattern ERA_LETTER = Pattern.compile(JapaneseEra.LETTER_GROUP + "(\\d{1,3})(?:年度)?");
    private static final Pattern GREGORIAN = Pattern.compile("(?i:FY)?(\\d{4})(?:年度)?");
    /** The display form of {@link #formatWithGregorian()}, 「令和8年度(2026年度)」 after NFKC. */
    private static final Pattern WITH_GREGORIAN = Pattern.compile("(.+)\\((\\d{4})年度\\)");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** @throws ValidationException when the year is outside {@value #MIN_START_YEAR}–{@value #MAX_START_YEAR} */
    public FiscalYear {
        if (startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
            throw ValidationException.of(
                    FIELD, MESSAGES.get("fiscalYear.range", MIN_START_YEAR, MAX_START_YEAR, startYear));
        }
    }

    /**
     * The fiscal year a day falls in: January to March belong to the fiscal year of the previous year.
     *
     * @throws ValidationException for days before April 1868
     */
    public static FiscalYear of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /**
     * The fiscal year of today by the clock. Use a clock in Japan's time zone ({@code Asia/Tokyo}): in
     * UTC, 9 hours of April 1 would still count as the previous fiscal year.
     */
    public static FiscalYear current(Clock clock) {
        return of(LocalDate.now(clock));
    }

    /** April 1 of the start year. */
    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    /** March 31 of the following year (inclusive). */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /** Whether the day lies within this fiscal year. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** The following fiscal year. */
    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    /** The preceding fiscal year. */
    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    /** The era the fiscal year is named in: the one in force on April 1, except 令和 for FY2019. */
    public JapaneseEra era() {
        return startYear == REIWA_GANNENDO ? JapaneseEra.REIWA : JapaneseEra.of(start());
    }

    /** The year of {@link #era()}: 8 for 令和8年度, 1 for 令和元年度. */
    public int eraYear() {
        return era().yearOf(start());
    }

    /** 「令和8年度」; 「令和元年度」 for FY2019. */
    public String format() {
        JapaneseEra era = era();
        return era.formatYear(eraYear()) + "度";
    }

    /** 「令和8年度（2026年度）」, for documents that show both. */
    public String formatWithGregorian() {
        return format() + "（" + startYear + "年度）";
    }

    /**
     * Reads a fiscal year as people and systems write it: 令和8年度, 令和8, R8, R08, r8, H24, 平成24年度,
     * 令和元年度 and 平成31年度 (both 2019), 平成32年度 (2020: years past an era's end are accepted), 2026年度,
     * 2026, FY2026, 令和8年度（2026年度）; 全角 digits and letters and spaces are accepted.
     *
     * @throws ValidationException for any other text, and when the two years of 令和8年度（2025年度）
     *     disagree
     */
    public static FiscalYear parse(String text) {
        String s = SPACES.matcher(JapaneseText.normalizeWidth(text)).replaceAll("");
        if (s.isEmpty()) {
            throw ValidationException.of(FIELD, MESSAGES.get("fiscalYear.required"));
        }
        Matcher both = WITH_GREGORIAN.matcher(s);
        if (both.matches()) {
            FiscalYear named = parseSingle(both.group(1), text);
            if (named.startYear != Integer.parseInt(both.group(2))) {
                throw ValidationException.of(
                        FIELD, MESSAGES.get("fiscalYear.mismatch", text.strip(), named.format(), named.startYear));
            }
            return named;
        }
        return parseSingle(s, text);
    }

    private static FiscalYear parseSingle(String s, String text) {
        Matcher m = ERA_KANJI.matcher(s);
        if (m.matches()) {
            int year = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
            return new FiscalYear(JapaneseEra.byName(m.group(1)).orElseThrow().toGregorianYear(year));
        }
        m = ERA_LETTER.matcher(s);
        if (m.matches()) {
            return new FiscalYear(
                    JapaneseEra.byName(m.group(1)).orElseThrow().toGregorianYear(Integer.parseInt(m.group(2))));
        }
        m = GREGORIAN.matcher(s);
        if (m.matches()) {
            return new FiscalYear(Integer.parseInt(m.group(1)));
        }
        throw ValidationException.of(FIELD, MESSAGES.get("fiscalYear.format", text.strip()));
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
