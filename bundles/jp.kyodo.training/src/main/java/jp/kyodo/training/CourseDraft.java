package jp.kyodo.training;

import java.time.LocalDate;
import java.time.LocalTime;
import jp.kyodo.core.Records;

/**
 * A course as staff enter it. Strings are never null.
 *
 * @param fiscalYear the 年度 (April–March) it belongs to, by its starting year
 * @param capacity places; more applicants than places means a lottery
 * @param minAge youngest eligible age (盛人大学: 50), reached in the calendar year the course starts, from the
 *     registry's birth year; null for no limit
 * @param maxAge oldest eligible age, null for no limit
 * @param minGrade youngest school grade (youth programmes), null for no limit
 * @param maxGrade oldest school grade, null for no limit
 * @param applyFrom first day of the application period
 * @param applyUntil last day of the application period
 * @param sessionStart and {@code sessionEnd}: the time of day of the sessions (10:00–12:00)
 * @param sessions how many sessions (回) the course has
 * @param requiredSessions sessions attended for completion (修了)
 * @param publishAsEvent publish the course as an event (category 講座・教室) when the events module is installed
 */
public record CourseDraft(
        CourseKind kind,
        String title,
        String description,
        int fiscalYear,
        int capacity,
        Integer minAge,
        Integer maxAge,
        SchoolGrade minGrade,
        SchoolGrade maxGrade,
        LocalDate applyFrom,
        LocalDate applyUntil,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalTime sessionStart,
        LocalTime sessionEnd,
        int sessions,
        int requiredSessions,
        String place,
        boolean publishAsEvent) {

    public CourseDraft {
        title = Records.text(title);
        description = Records.text(description);
        place = Records.text(place);
    }
}
