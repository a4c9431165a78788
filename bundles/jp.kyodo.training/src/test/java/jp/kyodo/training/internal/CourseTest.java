package jp.kyodo.training.internal;

import static jp.kyodo.training.internal.TrainingKit.COORDINATOR;
import static jp.kyodo.training.internal.TrainingKit.STAFF;
import static jp.kyodo.training.internal.TrainingKit.TODAY;
import static jp.kyodo.training.internal.TrainingKit.VIEWER;
import static jp.kyodo.training.internal.TrainingKit.as;
import static jp.kyodo.training.internal.TrainingKit.college;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.testing.DatabaseTest;
import jp.kyodo.training.Allocation;
import jp.kyodo.training.ApplicationStatus;
import jp.kyodo.training.Course;
import jp.kyodo.training.CourseApplication;
import jp.kyodo.training.CourseDraft;
import jp.kyodo.training.CourseKind;
import jp.kyodo.training.CourseQuery;
import jp.kyodo.training.CourseStatus;
import jp.kyodo.training.Graduate;
import jp.kyodo.training.Lottery;
import jp.kyodo.training.SchoolGrade;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class CourseTest {

    private final TrainingKit kit = new TrainingKit();

    @AfterEach
    void close() {
        kit.close();
    }

    private Course course(CourseDraft d) {
        return as(COORDINATOR, () -> kit.courses.create(d));
    }

    private List<Long> applicants(Course c, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long person = kit.people.add("受講希望者" + i, 1950 + i % 20, false).id();
            ids.add(as(STAFF, () -> kit.courses.apply(c.id(), person, null)).id());
        }
        return ids;
    }

    @Test
    void aDraftWithProblemsIsRefusedFieldByField() {
        CourseDraft bad = new CourseDraft(
                CourseKind.COLLEGE,
                "",
                "",
                2026,
                0,
                null,
                null,
                null,
                null,
                TODAY.plusDays(5),
                TODAY,
                TODAY.plusDays(200 * 3),
                TODAY.plusDays(1),
                LocalTime.of(12, 0),
                LocalTime.of(10, 0),
                10,
                11,
                "",
                false);
        ValidationException e = assertThrows(ValidationException.class, () -> course(bad));
        Set<String> fields = e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "title",
                        "capacity",
                        "minAge",
                        "applyUntil",
                        "endsOn",
                        "startsOn",
                        "sessionEnd",
                        "requiredSessions"),
                fields,
                e.errors().toString());
        assertTrue(
                e.errors().stream().anyMatch(f -> f.message().contains("令和8年度")),
                e.errors().toString());
    }

    @Test
    void onlyCoordinatorsPlanCoursesAndViewersCannotApply() {
        assertThrows(AccessDeniedException.class, () -> as(STAFF, () -> kit.courses.create(college("地域デザイン", 10))));
        Course c = course(college("地域デザイン", 10));
        long person = kit.people.add("佐藤 一郎", 1960, false).id();
        assertThrows(AccessDeniedException.class, () -> as(VIEWER, () -> kit.courses.apply(c.id(), person, null)));
        assertEquals(c.id(), as(VIEWER, () -> kit.courses.get(c.id())).id());
    }

    @Test
    void theCollegeTakesPeopleOfFiftyAndOverByTheRegistrysBirthYear() {
        Course c = course(college("ボランティア学科", 10));
        long fifty = kit.people.add("五十 歳子", 2026 - 50, false).id();
        long young = kit.people.add("四十九 歳男", 2026 - 49, false).id();
        long unknown = kit.people.add("生年 不明", null, false).id();
        assertEquals(
                ApplicationStatus.APPLIED,
                as(STAFF, () -> kit.courses.apply(c.id(), fifty, null)).status());
        ValidationException tooYoung =
                assertThrows(ValidationException.class, () -> as(STAFF, () -> kit.courses.apply(c.id(), young, null)));
        assertTrue(
                tooYoung.getMessage().contains("50歳以上") && tooYoung.getMessage().contains("49 歳"),
                tooYoung.getMessage());
        ValidationException noYear = assertThrows(
                ValidationException.class, () -> as(STAFF, () -> kit.courses.apply(c.id(), unknown, null)));
        assertTrue(noYear.getMessage().contains("生年"), noYear.getMessage());
        assertThrows(ValidationException.class, () -> as(STAFF, () -> kit.courses.apply(c.id(), fifty, null)), "twice");
    }

    @Test
    void youthProgrammesCheckTheSchoolGrade() {
        CourseDraft d = college("ボランティアスクール", 20);
        Course c = course(new CourseDraft(
                CourseKind.YOUTH,
                d.title(),
                "",
                2026,
                20,
                null,
                null,
                SchoolGrade.J1,
                SchoolGrade.H3,
                d.applyFrom(),
                d.applyUntil(),
                d.startsOn(),
                d.endsOn(),
                d.sessionStart(),
                d.sessionEnd(),
                4,
                3,
                "",
                false));
        long pupil = kit.people.add("小学 生", 2016, false).id();
        ValidationException e = assertThrows(
                ValidationException.class, () -> as(STAFF, () -> kit.courses.apply(c.id(), pupil, SchoolGrade.E4)));
        assertEquals("grade", e.errors().get(0).field());
        assertThrows(ValidationException.class, () -> as(STAFF, () -> kit.courses.apply(c.id(), pupil, null)));
        long student = kit.people.add("中学 生", 2012, false).id();
        assertEquals(
                SchoolGrade.J2,
                as(STAFF, () -> kit.courses.apply(c.id(), student, SchoolGrade.J2))
                        .grade());
    }

    @Test
    void applicationsOutsideThePeriodAreRefused() {
        Course c = course(college("農業学科", 10));
        long person = kit.people.add("佐藤 一郎", 1960, false).id();
        kit.advance(Duration.ofDays(8));
        ValidationException e =
                assertThrows(ValidationException.class, () -> as(STAFF, () -> kit.courses.apply(c.id(), person, null)));
        assertTrue(e.getMessage().contains("申込を受け付けていません"), e.getMessage());
    }

    @Test
    void anOversubscribedCourseIsDrawnReproduciblyByTheRecordedSeed() {
        Course c = course(college("ボランティア学科", 10));
        List<Long> ids = applicants(c, 25);
        assertTrue(as(VIEWER, () -> kit.courses.get(c.id())).oversubscribed());
        Allocation a = as(COORDINATOR, () -> kit.courses.allocate(c.id(), 20261013L));
        assertTrue(a.lottery());
        assertEquals(20261013L, a.seed());
        assertEquals(Lottery.draw(20261013L, ids), a.order(), "anyone can re-draw with the published seed");
        Course drawn = as(VIEWER, () -> kit.courses.get(c.id()));
        assertEquals(CourseStatus.ALLOCATED, drawn.status());
        assertEquals(20261013L, drawn.lotterySeed());
        assertEquals(10, drawn.accepted());
        List<CourseApplication> apps = as(STAFF, () -> kit.courses.applications(c.id()));
        for (CourseApplication app : apps) {
            int rank = a.order().indexOf(app.id()) + 1;
            assertEquals(rank, app.rank());
            assertEquals(rank <= 10 ? ApplicationStatus.ACCEPTED : ApplicationStatus.WAITING, app.status());
        }
        assertTrue(kit.audit.of(AuditAction.UPDATE).stream()
                .anyMatch(e -> e.detail().contains("シード 20261013")));
        assertTrue(kit.audit.of(AuditAction.READ_PERSONAL).size() >= 1, "reading applicants' names is audited");
        assertThrows(ConflictException.class, () -> as(COORDINATOR, () -> kit.courses.allocate(c.id(), 1L)));
    }

    @Test
    void withoutOversubscriptionEveryoneGetsAPlaceAndNoSeedIsRecorded() {
        Course c = course(college("地域デザイン学科", 10));
        applicants(c, 4);
        Allocation a = as(COORDINATOR, () -> kit.courses.allocate(c.id(), null));
        assertTrue(!a.lottery());
        assertNull(a.seed());
        assertEquals(4, as(VIEWER, () -> kit.courses.get(c.id())).accepted());
    }

    @Test
    void aWithdrawnPlaceGoesToTheFirstOnTheWaitingList() {
        Course c = course(college("ボランティア学科", 3));
        applicants(c, 6);
        Allocation a = as(COORDINATOR, () -> kit.courses.allocate(c.id(), 7L));
        long first = a.order().get(0);
        long firstWaiting = a.order().get(3);
        as(STAFF, () -> kit.courses.withdraw(first));
        List<CourseApplication> apps = as(STAFF, () -> kit.courses.applications(c.id()));
        assertEquals(ApplicationStatus.WITHDRAWN, find(apps, first).status());
        assertEquals(ApplicationStatus.ACCEPTED, find(apps, firstWaiting).status());
        assertEquals(3, as(VIEWER, () -> kit.courses.get(c.id())).accepted());
    }

    private static CourseApplication find(List<CourseApplication> apps, long id) {
        return apps.stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Test
    void attendanceDecidesCompletionAndGraduatesVolunteeringIsTraced() {
        Course c = course(college("ボランティア学科", 10));
        List<Long> ids = applicants(c, 3);
        as(COORDINATOR, () -> kit.courses.allocate(c.id(), null));
        for (int s = 1; s <= 10; s++) {
            Set<Long> present = s <= 8 ? Set.of(ids.get(0), ids.get(1)) : Set.of(ids.get(0));
            int session = s;
            as(COORDINATOR, () -> kit.courses.recordAttendance(c.id(), session, present));
        }
        as(COORDINATOR, () -> kit.courses.recordAttendance(c.id(), 10, Set.of(ids.get(0), ids.get(2))));
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> as(COORDINATOR, () -> kit.courses.recordAttendance(c.id(), 11, Set.of())));
        assertEquals("session", e.errors().get(0).field());
        Course done = as(COORDINATOR, () -> kit.courses.complete(c.id()));
        assertEquals(CourseStatus.FINISHED, done.status());
        List<CourseApplication> apps = as(STAFF, () -> kit.courses.applications(c.id()));
        assertNotNull(find(apps, ids.get(0)).completedOn());
        assertEquals(10, find(apps, ids.get(0)).attended());
        assertNotNull(find(apps, ids.get(1)).completedOn(), "8 of 10 is enough");
        assertNull(find(apps, ids.get(2)).completedOn(), "1 of 10 is not");

        long graduate = find(apps, ids.get(0)).personId();
        as(COORDINATOR, () -> kit.points.saveRule("welfare-visit", "見守り訪問", 15, true));
        kit.advance(Duration.ofDays(2));
        as(STAFF, () -> kit.points.earn(graduate, "welfare-visit", TODAY.plusDays(1), 90, ""));
        List<Graduate> graduates = as(STAFF, () -> kit.courses.graduates(2026));
        assertEquals(2, graduates.size());
        Graduate g = graduates.stream()
                .filter(x -> x.personId() == graduate)
                .findFirst()
                .orElseThrow();
        assertEquals(90, g.volunteerMinutesSince());
        assertEquals("ボランティア学科", g.courseTitle());
    }

    @Test
    void coursesAreFoundByJapaneseWordsWhateverTheWidth() {
        course(college("ＮＰＯ会計講座", 10));
        course(college("地域デザイン学科", 10));
        assertEquals(
                1,
                as(VIEWER, () -> kit.courses.search(new CourseQuery("npo", null, 2026, null), PageRequest.first(10)))
                        .total());
        assertEquals(
                2,
                as(VIEWER, () -> kit.courses.search(CourseQuery.all(), PageRequest.first(10)))
                        .total());
        assertEquals(
                0,
                as(VIEWER, () -> kit.courses.search(new CourseQuery("", null, 2025, null), PageRequest.first(10)))
                        .total());
    }

    @Test
    void aCourseIsPublishedAsAnEventWhenEventsIsThere() {
        List<String> published = new ArrayList<>();
        kit.courses.publisher = (course, host, category) -> {
            published.add(course.details().title() + "/" + host + "/" + category);
            return 555L;
        };
        CourseDraft d = college("地域デザイン学科", 10);
        Course c = course(new CourseDraft(
                d.kind(),
                d.title(),
                "",
                2026,
                10,
                50,
                null,
                null,
                null,
                d.applyFrom(),
                d.applyUntil(),
                d.startsOn(),
                d.endsOn(),
                d.sessionStart(),
                d.sessionEnd(),
                10,
                8,
                "",
                true));
        assertEquals(List.of("地域デザイン学科/7/講座・教室"), published);
        assertEquals(555L, c.eventId());
        kit.courses.publisher = null;
        Course other = course(new CourseDraft(
                d.kind(),
                "農業学科",
                "",
                2026,
                10,
                50,
                null,
                null,
                null,
                d.applyFrom(),
                d.applyUntil(),
                d.startsOn(),
                d.endsOn(),
                d.sessionStart(),
                d.sessionEnd(),
                10,
                8,
                "",
                true));
        assertNull(other.eventId(), "without events the course is simply not published");
    }
}
