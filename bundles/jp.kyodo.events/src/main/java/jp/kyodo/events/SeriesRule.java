package jp.kyodo.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.Records;

/** When a series' events fall, as Japanese event calendars put it. */
public sealed interface SeriesRule {

    /**
     * The n-th weekday of the month: 「10月の第3日曜日」 (nth 3, SUNDAY, {OCTOBER}), 「毎月第2土曜日」 (months
     * empty). {@code nth} -1 is the last one (最終).
     */
    record NthWeekday(int nth, DayOfWeek day, Set<Month> months) implements SeriesRule {
        public NthWeekday {
            months = Records.sorted(months);
        }
    }

    /** Every week or every few weeks on a weekday, counted from the series' first day: 「隔週水曜日」 is 2. */
    record Weekly(DayOfWeek day, int everyWeeks) implements SeriesRule {}

    /** Dates picked by hand: 「年5回程度」. */
    record PickedDates(List<LocalDate> dates) implements SeriesRule {
        public PickedDates {
            dates = Records.list(dates);
        }
    }
}
