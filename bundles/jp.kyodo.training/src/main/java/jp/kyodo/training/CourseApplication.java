package jp.kyodo.training;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's application to a course.
 *
 * @param personId the registry's person
 * @param personName the name at the time of applying (personal data: staff only)
 * @param grade the school grade declared for a youth programme, null otherwise
 * @param rank place in the lottery's draw order (1 = first drawn), null before allocation
 * @param attended sessions attended
 * @param completedOn the day completion was recorded, null when not completed
 */
public record CourseApplication(
        long id,
        long courseId,
        long personId,
        String personName,
        SchoolGrade grade,
        ApplicationStatus status,
        Integer rank,
        Instant appliedAt,
        int attended,
        LocalDate completedOn) {}
