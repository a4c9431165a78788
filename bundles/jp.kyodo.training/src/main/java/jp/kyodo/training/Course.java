package jp.kyodo.training;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored course.
 *
 * @param applicants applications not withdrawn
 * @param accepted applicants with a place
 * @param lotterySeed the seed the lottery was drawn with (published so anyone can re-draw), null when no lottery
 *     was needed or it has not been drawn
 * @param eventId the event the course was published as, null when not published
 */
public record Course(
        long id,
        int version,
        CourseDraft details,
        CourseStatus status,
        int applicants,
        int accepted,
        Long lotterySeed,
        Instant allocatedAt,
        Long eventId,
        Instant updatedAt) {

    /** Whether applications are taken on the day. */
    public boolean accepting(LocalDate day) {
        return status == CourseStatus.OPEN && !day.isBefore(details.applyFrom()) && !day.isAfter(details.applyUntil());
    }

    public boolean oversubscribed() {
        return applicants > details.capacity();
    }
}
