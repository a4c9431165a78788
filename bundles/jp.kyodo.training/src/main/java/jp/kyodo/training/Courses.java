package jp.kyodo.training;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/**
 * Courses (講座) and their terms: 盛人大学, youth volunteer programmes, lectures and workshops. Anyone signed in
 * reads courses; coordinators (協働推進担当) plan them, allocate places and record attendance; staff enter
 * applications on behalf of citizens and read applicants' names (audited).
 */
@org.osgi.annotation.versioning.ProviderType
public interface Courses {

    /** @throws jp.kyodo.core.NotFoundException when there is no such course */
    Course get(long id);

    Optional<Course> find(long id);

    /** Newest fiscal year first, then by start date. Sort keys: {@code title}, {@code startsOn}, {@code applicants}. */
    Page<Course> search(CourseQuery query, PageRequest page);

    /** @throws jp.kyodo.core.ValidationException with every problem of the draft */
    Course create(CourseDraft draft);

    /** @throws jp.kyodo.core.ConflictException when someone saved first */
    Course update(long id, int expectedVersion, CourseDraft draft);

    Course cancel(long id, int expectedVersion);

    /**
     * A person of the registry applies, during the application period, once per course. For a 盛人大学 course
     * the age comes from the registry's birth year; for a youth programme the declared grade must be in range.
     *
     * @param grade the school grade for a youth programme, null otherwise
     * @throws jp.kyodo.core.ValidationException naming why the person is not eligible
     */
    CourseApplication apply(long courseId, long personId, SchoolGrade grade);

    /** Withdraws an application; a place it held goes to the first on the waiting list. */
    CourseApplication withdraw(long applicationId);

    /** The applications of the course in application order (withdrawn ones included). Staff; audited. */
    List<CourseApplication> applications(long courseId);

    /**
     * Allocates the places once the application period is over (or earlier, when the coordinator closes it): by
     * {@link Lottery} when there are more applicants than places, everyone otherwise.
     *
     * @param seed the seed to draw with (e.g. drawn publicly with dice), null for a random one; it is recorded
     * @throws jp.kyodo.core.ConflictException when the places were allocated already
     */
    Allocation allocate(long courseId, Long seed);

    /** Records who attended one session (1…sessions): exactly the given accepted applications. */
    Course recordAttendance(long courseId, int session, Set<Long> presentApplicationIds);

    /** Records completion: those who attended at least the required sessions complete; the course is finished. */
    Course complete(long courseId);

    /** Who completed courses of the fiscal year, and their volunteering since. Staff; audited. */
    List<Graduate> graduates(int fiscalYear);
}
