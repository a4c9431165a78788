package jp.kyodo.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japan's days off by law, computed by rule (国民の祝日に関する法律): the national holidays (国民の祝日), the
 * substitute holiday (振替休日: a holiday on a Sunday moves the day off to the next day that is not a
 * holiday) and the citizens' holiday (国民の休日: a day between two national holidays). The equinox days
 * follow the standard approximation of the astronomical equinox, which agrees with the dates the National
 * Astronomical Observatory announces for 1980–2099; years outside {@link #FIRST_YEAR}–{@link #LAST_YEAR}
 * have no holidays here. The one-off days of 2019 (the enthronement) and the moved days of the Olympic years
 * 2020 and 2021 are part of the rules.
 *
 * <p>Thread-safe; a year's table is computed once.
 */
public final class JapaneseHolidays {

    /** The first year of the present rules (昭和の日 on 29 April, みどりの日 on 4 May, 振替休日 on any later day). */
    public static final int FIRST_YEAR = 2007;

    /** The last year the equinox formula is valid for. */
    public static final int LAST_YEAR = 2099;

    /** The name of a 振替休日 and of a 国民の休日, as the Cabinet Office's list writes both. */
    public static final String DAY_OFF = "休日";

    private static final Map<Integer, SortedMap<LocalDate, String>> YEARS = new ConcurrentHashMap<>();

    private JapaneseHolidays() {}

    /** Whether the day is a national holiday, a 振替休日 or a 国民の休日 (Sundays as such are not). */
    public static boolean isHoliday(LocalDate day) {
        return year(day.getYear()).containsKey(day);
    }

    /** Whether nobody works at the city office that day: a Saturday, a Sunday or a holiday. */
    public static boolean isDayOff(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY || isHoliday(day);
    }

    /** The holiday's name (元日, 春分の日 …; {@value #DAY_OFF} for a 振替休日 or 国民の休日). */
    public static Optional<String> name(LocalDate day) {
        return Optional.ofNullable(year(day.getYear()).get(day));
    }

    /** Every holiday of the year, in date order; empty outside the years the rules cover. */
    public static SortedMap<LocalDate, String> of(int year) {
        return year(year);
    }

    private static SortedMap<LocalDate, String> year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Collections.emptySortedMap();
        }
        return YEARS.computeIfAbsent(year, y -> Collections.unmodifiableSortedMap(compute(y)));
    }

    private static SortedMap<LocalDate, String> compute(int y) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(y, 1, 1), "元日");
        days.put(monday(y, Month.JANUARY, 2), "成人の日");
        days.put(LocalDate.of(y, 2, 11), "建国記念の日");
        if (y >= 2020) {
            days.put(LocalDate.of(y, 2, 23), "天皇誕生日");
        }
        days.put(LocalDate.of(y, 3, vernalEquinoxDay(y)), "春分の日");
        days.put(LocalDate.of(y, 4, 29), "昭和の日");
        days.put(LocalDate.of(y, 5, 3), "憲法記念日");
        days.put(LocalDate.of(y, 5, 4), "みどりの日");
        days.put(LocalDate.of(y, 5, 5), "こどもの日");
        // the Olympic years moved 海の日, スポーツの日 and 山の日 around the games (special measures act)
        if (y == 2020) {
            days.put(LocalDate.of(y, 7, 23), "海の日");
            days.put(LocalDate.of(y, 7, 24), "スポーツの日");
            days.put(LocalDate.of(y, 8, 10), "山の日");
        } else if (y == 2021) {
            days.put(LocalDate.of(y, 7, 22), "海の日");
            days.put(LocalDate.of(y, 7, 23), "スポーツの日");
            days.put(LocalDate.of(y, 8, 8), "山の日");
        } else {
            days.put(monday(y, Month.JULY, 3), "海の日");
            if (y >= 2016) {
                days.put(LocalDate.of(y, 8, 11), "山の日");
            }
            days.put(monday(y, Month.OCTOBER, 2), y >= 2020 ? "スポーツの日" : "体育の日");
        }
        days.put(monday(y, Month.SEPTEMBER, 3), "敬老の日");
        days.put(LocalDate.of(y, 9, autumnalEquinoxDay(y)), "秋分の日");
        days.put(LocalDate.of(y, 11, 3), "文化の日");
        days.put(LocalDate.of(y, 11, 23), "勤労感謝の日");
        if (y <= 2018) {
            days.put(LocalDate.of(y, 12, 23), "天皇誕生日");
        }
        if (y == 2019) {
            // the enthronement: a national holiday for one year, which makes 30 April and 2 May 国民の休日
            days.put(LocalDate.of(y, 5, 1), "天皇の即位の日");
            days.put(LocalDate.of(y, 10, 22), "即位礼正殿の儀の行われる日");
        }
        // 国民の休日: a day that is no national holiday itself but lies between two of them
        TreeMap<LocalDate, String> between = new TreeMap<>();
        for (LocalDate day : days.keySet()) {
            LocalDate next = day.plusDays(1);
            if (!days.containsKey(next) && days.containsKey(next.plusDays(1))) {
                between.put(next, DAY_OFF);
            }
        }
        days.putAll(between);
        // 振替休日: a national holiday on a Sunday gives the next day that is not a holiday
        TreeMap<LocalDate, String> substitutes = new TreeMap<>();
        for (LocalDate day : days.keySet()) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY && !DAY_OFF.equals(days.get(day))) {
                LocalDate next = day.plusDays(1);
                while (days.containsKey(next) || substitutes.containsKey(next)) {
                    next = next.plusDays(1);
                }
                substitutes.put(next, DAY_OFF);
            }
        }
        days.putAll(substitutes);
        return days;
    }

    /** The n-th Monday of the month (ハッピーマンデー). */
    private static LocalDate monday(int year, Month month, int nth) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY));
    }

    /** 春分日 in March, by the standard formula for 1980–2099. */
    static int vernalEquinoxDay(int year) {
        return (int) Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    /** 秋分日 in September, by the standard formula for 1980–2099. */
    static int autumnalEquinoxDay(int year) {
        return (int) Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }
}
