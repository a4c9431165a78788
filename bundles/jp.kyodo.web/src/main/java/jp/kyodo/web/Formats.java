package jp.kyodo.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import jp.kyodo.core.calendar.JapaneseEra;
import jp.kyodo.core.calendar.Wareki;

/**
 * Formats dates, numbers and yen amounts the way Kyodo shows them, per locale: Japanese
 * ({@code ja}, the default) or English. Use these rather than {@code toString()} so every screen
 * and export agrees.
 *
 * <p>Japanese dates come in two styles: the Western calendar ({@code 2026年11月23日}) for most
 * screens, and the Japanese era ({@code 令和8年11月23日}, the first year written {@code 元年}; see {@link Wareki}) where
 * the city's documents use it (certificates, notices).
 */
public final class Formats {

    /** The time zone Kyodo shows times in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE);
    private static final DateTimeFormatter JA_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm", Locale.JAPANESE);
    private static final DateTimeFormatter EN_DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);
    private static final DateTimeFormatter EN_DATE_TIME =
            DateTimeFormatter.ofPattern("MMM d, uuuu H:mm", Locale.ENGLISH);

    private Formats() {}

    /** {@code 2026年11月23日} / {@code Nov 23, 2026}; empty for null. */
    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return (isJapanese(locale) ? JA_DATE : EN_DATE).format(date);
    }

    /**
     * With the Japanese era: {@code 令和8年11月23日} (first year {@code 令和元年…}) / {@code Reiwa 8
     * (2026), Nov 23}; empty for null. Dates before Meiji 6 (1873) are shown in the Western
     * calendar.
     */
    public static String eraDate(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        if (date.isBefore(LocalDate.of(1873, 1, 1))) {
            return date(date, locale);
        }
        if (isJapanese(locale)) {
            return Wareki.formatDate(date);
        }
        JapaneseEra era = JapaneseEra.of(date);
        return era.romaji() + " " + era.yearOf(date) + " (" + date.getYear() + "), "
                + DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH).format(date);
    }

    /** Date and time in {@link #ZONE}: {@code 2026年11月23日 9:05} / {@code Nov 23, 2026 9:05}. */
    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return (isJapanese(locale) ? JA_DATE_TIME : EN_DATE_TIME).format(instant.atZone(ZONE));
    }

    /** Grouped digits: {@code 12,345}, fractions as given (up to 3 digits). */
    public static String number(Number number, Locale locale) {
        if (number == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(isJapanese(locale) ? Locale.JAPAN : Locale.US);
        f.setMaximumFractionDigits(3);
        return f.format(number);
    }

    /** Yen, no fractions: {@code 12,345円} / {@code ¥12,345}; negative amounts with a minus sign. */
    public static String yen(BigDecimal amount, Locale locale) {
        Objects.requireNonNull(amount, "amount");
        NumberFormat f = NumberFormat.getNumberInstance(Locale.JAPAN);
        f.setMaximumFractionDigits(0);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        String digits = f.format(amount.abs());
        String sign = amount.signum() < 0 ? "-" : "";
        return isJapanese(locale) ? sign + digits + "円" : sign + "¥" + digits;
    }

    /** Yen, see {@link #yen(BigDecimal, Locale)}. */
    public static String yen(long amount, Locale locale) {
        return yen(BigDecimal.valueOf(amount), locale);
    }

    private static boolean isJapanese(Locale locale) {
        return locale == null || "ja".equals(locale.getLanguage());
    }
}
