package jp.kyodo.matching.ui.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.registry.TimeBand;

/** Weekdays, time bands and periods in one line: 「月・水・金」, 「午前・午後」, 「2026年4月1日 〜 2027年3月31日」. */
final class Schedules {

    private Schedules() {}

    /** The days in the week's order; 「曜日の指定なし」 for none. */
    static String days(Set<DayOfWeek> days, Labels labels) {
        if (days.isEmpty()) {
            return labels.text("matching.anyDay");
        }
        return String.join(
                labels.isJapanese() ? "・" : ", ",
                days.stream().sorted().map(labels::day).toList());
    }

    static String times(Set<TimeBand> times, Labels labels) {
        if (times.isEmpty()) {
            return labels.text("matching.anyTime");
        }
        return String.join(
                labels.isJapanese() ? "・" : ", ",
                times.stream().sorted().map(labels::of).toList());
    }

    /** From – until; one side may be open; empty when both are. */
    static String period(LocalDate from, LocalDate until, Labels labels) {
        if (from == null && until == null) {
            return "";
        }
        return labels.text("matching.period", labels.date(from), labels.date(until))
                .strip();
    }
}
