package jp.kyodo.events.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.kyodo.events.HolidayPolicy;
import jp.kyodo.events.JapaneseHolidays;
import jp.kyodo.events.Occurrence;
import jp.kyodo.events.SeriesDraft;
import jp.kyodo.events.SeriesRule;

/** The dates of a series' rule, holidays and exceptions applied; the rule as stored text and in Japanese. */
final class SeriesRules {

    private SeriesRules() {}

    /** The rule's dates from the first to the last day, in order. */
    static List<LocalDate> ruleDates(SeriesRule rule, LocalDate from, LocalDate until) {
        List<LocalDate> out = new ArrayList<>();
        if (rule instanceof SeriesRule.NthWeekday r) {
            for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(until); month = month.plusMonths(1)) {
                if (!r.months().isEmpty() && !r.months().contains(month.getMonth())) {
                    continue;
                }
                LocalDate day = r.nth() == -1
                        ? month.with(TemporalAdjusters.lastInMonth(r.day()))
                        : month.with(TemporalAdjusters.dayOfWeekInMonth(r.nth(), r.day()));
                // a fifth weekday the month does not have rolls into the next month: not a date of the rule
                if (day.getMonth() == month.getMonth() && !day.isBefore(from) && !day.isAfter(until)) {
                    out.add(day);
                }
            }
        } else if (rule instanceof SeriesRule.Weekly r) {
            LocalDate first = from.with(TemporalAdjusters.nextOrSame(r.day()));
            for (LocalDate day = first; !day.isAfter(until); day = day.plusWeeks(r.everyWeeks())) {
                out.add(day);
            }
        } else if (rule instanceof SeriesRule.PickedDates r) {
            r.dates().stream()
                    .filter(d -> !d.isBefore(from) && !d.isAfter(until))
                    .sorted()
                    .distinct()
                    .forEach(out::add);
        }
        return out;
    }

    /** The occurrences: exceptions first (skipped, moved by hand), then the holiday policy. */
    static List<Occurrence> occurrences(SeriesDraft d) {
        TreeMap<LocalDate, Occurrence> out = new TreeMap<>();
        for (LocalDate ruleDate : ruleDates(d.rule(), d.from(), d.until())) {
            if (d.skipped().contains(ruleDate)) {
                continue;
            }
            LocalDate movedTo = d.moved().get(ruleDate);
            if (movedTo != null) {
                out.put(movedTo, new Occurrence(movedTo, ruleDate, "日程変更"));
                continue;
            }
            Optional<String> holiday = JapaneseHolidays.name(ruleDate);
            if (holiday.isEmpty() || d.holidays() == HolidayPolicy.HOLD) {
                out.put(ruleDate, new Occurrence(ruleDate, ruleDate, ""));
                continue;
            }
            String name = holidayName(ruleDate, holiday.get());
            switch (d.holidays()) {
                case SKIP -> {
                    // not held
                }
                case NEXT_DAY, PREVIOUS_DAY -> {
                    int step = d.holidays() == HolidayPolicy.NEXT_DAY ? 1 : -1;
                    LocalDate day = ruleDate.plusDays(step);
                    while (JapaneseHolidays.isHoliday(day)) {
                        day = day.plusDays(step);
                    }
                    out.put(
                            day,
                            new Occurrence(
                                    day, ruleDate, name + "のため" + d.holidays().labelJa()));
                }
                default -> out.put(ruleDate, new Occurrence(ruleDate, ruleDate, ""));
            }
        }
        return List.copyOf(out.values());
    }

    private static String holidayName(LocalDate day, String name) {
        return JapaneseHolidays.DAY_OFF.equals(name)
                ? "休日（" + day.getMonthValue() + "/" + day.getDayOfMonth() + "）"
                : name;
    }

    /** 「毎年10月の第3日曜日」「毎月第2土曜日」「隔週水曜日」「指定日（5回）」 */
    static String describe(SeriesRule rule) {
        if (rule instanceof SeriesRule.NthWeekday r) {
            String nth = r.nth() == -1 ? "最終" : "第" + r.nth();
            String day = r.day().getDisplayName(TextStyle.FULL, Locale.JAPANESE);
            if (r.months().isEmpty()) {
                return "毎月" + nth + day;
            }
            String months = r.months().stream().map(m -> m.getValue() + "月").collect(Collectors.joining("・"));
            return (r.months().size() == 1 ? "毎年" : "") + months + "の" + nth + day;
        }
        if (rule instanceof SeriesRule.Weekly r) {
            String day = r.day().getDisplayName(TextStyle.FULL, Locale.JAPANESE);
            return switch (r.everyWeeks()) {
                case 1 -> "毎週" + day;
                case 2 -> "隔週" + day;
                default -> r.everyWeeks() + "週ごとの" + day;
            };
        }
        return "指定日（" + ((SeriesRule.PickedDates) rule).dates().size() + "回）";
    }

    /** The rule as stored: {@code NTH;3;SUNDAY;10}, {@code WEEKLY;WEDNESDAY;2}, {@code DATES;2026-05-10;…}. */
    static String encode(SeriesRule rule) {
        if (rule instanceof SeriesRule.NthWeekday r) {
            return "NTH;" + r.nth() + ";" + r.day() + ";"
                    + r.months().stream()
                            .map(m -> Integer.toString(m.getValue()))
                            .collect(Collectors.joining(","));
        }
        if (rule instanceof SeriesRule.Weekly r) {
            return "WEEKLY;" + r.day() + ";" + r.everyWeeks();
        }
        return "DATES;"
                + ((SeriesRule.PickedDates) rule)
                        .dates().stream().map(LocalDate::toString).collect(Collectors.joining(";"));
    }

    static SeriesRule decode(String code) {
        String[] p = code.split(";", -1);
        return switch (p[0]) {
            case "NTH" -> new SeriesRule.NthWeekday(
                    Integer.parseInt(p[1]),
                    DayOfWeek.valueOf(p[2]),
                    p[3].isEmpty()
                            ? java.util.Set.of()
                            : java.util.Arrays.stream(p[3].split(","))
                                    .map(m -> Month.of(Integer.parseInt(m)))
                                    .collect(Collectors.toSet()));
            case "WEEKLY" -> new SeriesRule.Weekly(DayOfWeek.valueOf(p[1]), Integer.parseInt(p[2]));
            case "DATES" -> new SeriesRule.PickedDates(java.util.Arrays.stream(p)
                    .skip(1)
                    .filter(s -> !s.isEmpty())
                    .map(LocalDate::parse)
                    .toList());
            default -> throw new IllegalArgumentException("not a series rule: " + code);
        };
    }

    /** Every problem of the rule and the period, by field. */
    static void check(SeriesDraft d, Checks c) {
        c.present("rule", d.rule())
                .present("from", d.from())
                .present("until", d.until())
                .present("holidays", d.holidays());
        if (d.from() != null && d.until() != null) {
            if (d.until().isBefore(d.from())) {
                c.error("until", "series.periodReversed");
            } else if (ChronoUnit.DAYS.between(d.from(), d.until()) > 3 * 366) {
                c.error("until", "series.tooLong");
            }
        }
        if (d.rule() instanceof SeriesRule.NthWeekday r) {
            if (r.day() == null) {
                c.error("rule.day", "check.required");
            }
            if (r.nth() != -1 && (r.nth() < 1 || r.nth() > 5)) {
                c.error("rule.nth", "series.nth");
            }
        } else if (d.rule() instanceof SeriesRule.Weekly r) {
            if (r.day() == null) {
                c.error("rule.day", "check.required");
            }
            if (r.everyWeeks() < 1 || r.everyWeeks() > 8) {
                c.error("rule.everyWeeks", "check.range", 1, 8);
            }
        } else if (d.rule() instanceof SeriesRule.PickedDates r && r.dates().isEmpty()) {
            c.error("rule.dates", "series.noDates");
        }
    }
}
