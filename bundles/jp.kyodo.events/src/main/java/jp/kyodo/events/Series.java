package jp.kyodo.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored series.
 *
 * @param ruleText the rule in Japanese: 「毎年10月の第3日曜日」「隔週水曜日」「指定日（5回）」
 * @param eventIds its events in date order
 */
public record Series(
        long id,
        String title,
        SeriesRule rule,
        String ruleText,
        LocalDate from,
        LocalDate until,
        HolidayPolicy holidays,
        List<Long> eventIds) {}
