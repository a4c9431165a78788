package jp.kyodo.training.internal;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.kyodo.core.internal.pdf.PdfBoxDocuments;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.testing.MutableClock;
import jp.kyodo.testing.RecordingAuditLog;
import jp.kyodo.testing.TestDatabase;
import jp.kyodo.testing.TestJpa;
import jp.kyodo.training.CourseDraft;
import jp.kyodo.training.CourseKind;
import jp.kyodo.training.StaffMember;

/** The training services on a fresh database (JDBC and the JPA unit in one transaction manager), a movable clock. */
final class TrainingKit implements AutoCloseable {

    /** A Tuesday in FY2026 (令和8年度). */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    static final Actor COORDINATOR = new Actor("suishin", Set.of(Role.COORDINATOR), "10.0.0.1");
    static final Actor STAFF = new Actor("shokuin", Set.of(Role.STAFF), "10.0.0.2");
    static final Actor VIEWER = new Actor("etsuran", Set.of(Role.VIEWER), "10.0.0.3");

    final TestDatabase db = TestDatabase.create("jp.kyodo.core", "jp.kyodo.training");
    final TestJpa jpa = db.jpa("kyodo-training");
    final RecordingAuditLog audit = new RecordingAuditLog();
    final MutableClock clock =
            new MutableClock(TODAY.atStartOfDay(TOKYO).plusHours(10).toInstant(), TOKYO);
    final People people = new People();
    final PdfBoxDocuments pdf = new PdfBoxDocuments();
    final TrainingBackend backend;
    final CourseService courses;
    final StaffTrainingService trainings;
    final SurveyService surveys;
    final PointsService points;

    TrainingKit() {
        backend = new TrainingBackend(db.transactions(), jpa, audit, people, people, clock, config());
        courses = new CourseService(backend);
        trainings = new StaffTrainingService(backend);
        surveys = new SurveyService(backend);
        points = new PointsService(backend, pdf);
    }

    void advance(Duration d) {
        clock.advance(d);
    }

    /** A 盛人大学 course taking applications today, starting next month. */
    static CourseDraft college(String title, int capacity) {
        return new CourseDraft(
                CourseKind.COLLEGE,
                title,
                "",
                2026,
                capacity,
                50,
                null,
                null,
                null,
                TODAY.minusDays(3),
                TODAY.plusDays(7),
                TODAY.plusDays(14),
                TODAY.plusDays(100),
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                10,
                8,
                "市民活動センター",
                false);
    }

    /** n staff in the departments, round robin; staff 0 signs in as {@code shokuin}. */
    List<StaffMember> roster(int n, List<String> departments) {
        List<StaffMember> staff = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            staff.add(new StaffMember(
                    0,
                    String.format("S%05d", i + 1),
                    "職員" + i,
                    departments.get(i % departments.size()),
                    i == 0 ? STAFF.userName() : "",
                    true));
        }
        as(COORDINATOR, () -> trainings.saveStaff(staff));
        return staff;
    }

    static <T> T as(Actor actor, Callable<T> task) {
        return SecurityContext.callAs(actor, task);
    }

    static TrainingConfiguration config() {
        return new TrainingConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return TrainingConfiguration.class;
            }

            @Override
            public String certificateFont() {
                return "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";
            }

            @Override
            public String certificateIssuer() {
                return "川口市長　協働　太郎";
            }

            @Override
            public String cityName() {
                return "川口市";
            }

            @Override
            public String eventCategory() {
                return "講座・教室";
            }

            @Override
            public long hostDepartmentId() {
                return 7;
            }

            @Override
            public int maxImportMegabytes() {
                return 20;
            }
        };
    }

    @Override
    public void close() {
        pdf.close();
        jpa.close();
        db.close();
    }
}
