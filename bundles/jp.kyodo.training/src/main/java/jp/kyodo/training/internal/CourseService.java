package jp.kyodo.training.internal;

import static jp.kyodo.training.internal.TrainingBackend.MESSAGES;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.Person;
import jp.kyodo.training.Allocation;
import jp.kyodo.training.ApplicationStatus;
import jp.kyodo.training.Course;
import jp.kyodo.training.CourseApplication;
import jp.kyodo.training.CourseDraft;
import jp.kyodo.training.CourseKind;
import jp.kyodo.training.CourseQuery;
import jp.kyodo.training.CourseStatus;
import jp.kyodo.training.Courses;
import jp.kyodo.training.Graduate;
import jp.kyodo.training.Lottery;
import jp.kyodo.training.SchoolGrade;
import jp.kyodo.training.TrainingTopics;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = {Courses.class, CourseService.class})
public class CourseService implements Courses {

    static final String RECORD = "training.course";
    static final String APPLICATION_RECORD = "training.application";
    private static final Logger LOG = LoggerFactory.getLogger(CourseService.class);
    private static final SecureRandom SEEDS = new SecureRandom();

    private final TrainingBackend b;
    private final CourseStore store = new CourseStore();
    private final EventsLink events;

    /** The events module's event list, while it is installed ({@link EventsLink}). */
    volatile CoursePublisher publisher;

    @Activate
    public CourseService(@Reference TrainingBackend backend, BundleContext context) {
        this.b = backend;
        this.events = new EventsLink(context, this);
        events.open();
    }

    /** For tests: no OSGi framework, the publisher set by the test. */
    CourseService(TrainingBackend backend) {
        this.b = backend;
        this.events = null;
    }

    @Deactivate
    void deactivate() {
        if (events != null) {
            events.close();
        }
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.get("course.notFound", id));
    }

    @Override
    public Course get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public Optional<Course> find(long id) {
        Permissions.requireRole(Role.VIEWER);
        return b.read(c -> store.course(c, id));
    }

    @Override
    public Page<Course> search(CourseQuery query, PageRequest page) {
        Permissions.requireRole(Role.VIEWER);
        return b.read(c -> store.search(c, query, page));
    }

    @Override
    public Course create(CourseDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        check(draft);
        long id = b.write(c -> {
            long newId = b.jpa(em -> {
                CourseEntity e = new CourseEntity(draft, b.now());
                em.persist(e);
                em.flush();
                return e.id;
            });
            b.audit(AuditAction.CREATE, RECORD, newId, "講座「" + draft.title() + "」を登録");
            Course course = store.course(c, newId).orElseThrow();
            publish(c, course);
            return newId;
        });
        b.post(TrainingTopics.COURSE_CREATED, id);
        return get(id);
    }

    /** Publishes the course as an event when it asks for it and events is installed; a failure leaves it unpublished. */
    private void publish(java.sql.Connection c, Course course) throws java.sql.SQLException {
        CoursePublisher p = publisher;
        long host = b.config().hostDepartmentId();
        if (!course.details().publishAsEvent() || p == null || host <= 0 || course.eventId() != null) {
            return;
        }
        try {
            long eventId = p.publish(course, host, b.config().eventCategory());
            store.setEvent(c, course.id(), eventId);
        } catch (DomainException e) {
            LOG.warn("Course {} not published as an event: {}", course.id(), e.getMessage());
        }
    }

    @Override
    public Course update(long id, int expectedVersion, CourseDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        check(draft);
        b.write(c -> {
            b.jpa(em -> {
                CourseEntity e = em.find(CourseEntity.class, id);
                if (e == null) {
                    throw notFound(id);
                }
                if (e.version != expectedVersion) {
                    throw new ConflictException();
                }
                if (e.status() != CourseStatus.OPEN && e.capacity != draft.capacity()) {
                    throw ValidationException.of("capacity", MESSAGES.get("course.capacityFixed"));
                }
                e.set(draft, b.now());
                em.flush();
                return null;
            });
            b.audit(AuditAction.UPDATE, RECORD, id, "講座「" + draft.title() + "」を更新");
            publish(c, store.course(c, id).orElseThrow());
            return null;
        });
        b.post(TrainingTopics.COURSE_UPDATED, id);
        return get(id);
    }

    @Override
    public Course cancel(long id, int expectedVersion) {
        Permissions.requireRole(Role.COORDINATOR);
        b.write(c -> b.jpa(em -> {
            CourseEntity e = em.find(CourseEntity.class, id);
            if (e == null) {
                throw notFound(id);
            }
            if (e.version != expectedVersion) {
                throw new ConflictException();
            }
            e.status = CourseStatus.CANCELLED.name();
            e.updatedAt = b.now();
            b.audit(AuditAction.UPDATE, RECORD, id, "講座「" + e.title + "」を中止");
            return null;
        }));
        b.post(TrainingTopics.COURSE_UPDATED, id);
        return get(id);
    }

    private void check(CourseDraft d) {
        Checks k = new Checks()
                .present("kind", d.kind())
                .required("title", d.title(), 200)
                .max("description", d.description(), 4000)
                .max("place", d.place(), 200)
                .range("fiscalYear", d.fiscalYear(), 2000, 2100)
                .range("capacity", d.capacity(), 1, 10_000)
                .range("minAge", d.minAge(), 0, 120)
                .range("maxAge", d.maxAge(), 0, 120)
                .range("sessions", d.sessions(), 1, 200)
                .present("applyFrom", d.applyFrom())
                .present("applyUntil", d.applyUntil())
                .present("startsOn", d.startsOn())
                .present("endsOn", d.endsOn())
                .present("sessionStart", d.sessionStart())
                .present("sessionEnd", d.sessionEnd());
        if (d.requiredSessions() < 1 || d.requiredSessions() > d.sessions()) {
            k.error("requiredSessions", "course.requiredSessions", d.sessions());
        }
        if (d.minAge() != null && d.maxAge() != null && d.minAge() > d.maxAge()) {
            k.error("maxAge", "course.ageOrder");
        }
        if (d.minGrade() != null && d.maxGrade() != null && d.minGrade().compareTo(d.maxGrade()) > 0) {
            k.error("maxGrade", "course.gradeOrder");
        }
        if (d.kind() == CourseKind.COLLEGE && d.minAge() == null) {
            k.error("minAge", "course.collegeAge");
        }
        if (d.applyFrom() != null && d.applyUntil() != null && d.applyUntil().isBefore(d.applyFrom())) {
            k.error("applyUntil", "course.applyOrder");
        }
        if (d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            k.error("endsOn", "course.dateOrder");
        }
        if (d.applyUntil() != null && d.startsOn() != null && d.applyUntil().isAfter(d.startsOn())) {
            k.error("applyUntil", "course.applyBeforeStart");
        }
        if (d.startsOn() != null
                && d.fiscalYear() >= 2000
                && d.fiscalYear() <= 2100
                && !new FiscalYear(d.fiscalYear()).contains(d.startsOn())) {
            k.error("startsOn", "course.fiscalYear", new FiscalYear(d.fiscalYear()).format());
        }
        if (d.sessionStart() != null
                && d.sessionEnd() != null
                && !d.sessionEnd().isAfter(d.sessionStart())) {
            k.error("sessionEnd", "course.timeOrder");
        }
        k.throwIfAny();
    }

    // ---- applications ---------------------------------------------------------------------------

    @Override
    public CourseApplication apply(long courseId, long personId, SchoolGrade grade) {
        Permissions.requireRole(Role.STAFF);
        Course course = get(courseId);
        Person person = b.person(personId)
                .orElseThrow(() -> ValidationException.of("personId", MESSAGES.get("apply.noPerson", personId)));
        eligibility(course, person, grade);
        long id = b.write(c -> {
            if (!course.accepting(b.today()) || !store.lockOpen(c, courseId, b.now())) {
                throw ValidationException.of(
                        "courseId",
                        MESSAGES.get("apply.closed", course.details().title()));
            }
            Optional<CourseApplication> earlier = store.applicationOf(c, courseId, personId);
            long applicationId;
            if (earlier.isPresent() && earlier.get().status() != ApplicationStatus.WITHDRAWN) {
                throw ValidationException.of(
                        "personId", MESSAGES.get("apply.twice", person.details().name()));
            } else if (earlier.isPresent()) {
                applicationId = earlier.get().id();
                store.reapply(c, applicationId, grade, b.now());
            } else {
                applicationId = store.insertApplication(
                        c, courseId, personId, person.details().name(), grade, b.now());
            }
            b.audit(
                    AuditAction.CREATE,
                    APPLICATION_RECORD,
                    applicationId,
                    "講座「" + course.details().title() + "」への申込（人 " + personId + "）");
            return applicationId;
        });
        b.post(TrainingTopics.APPLICATION_CREATED, id);
        return b.read(c -> store.application(c, id)).orElseThrow();
    }

    /** Age from the registry's birth year (reached in the calendar year the course starts), grade as declared. */
    private static void eligibility(Course course, Person person, SchoolGrade grade) {
        CourseDraft d = course.details();
        Checks k = new Checks();
        if (d.minAge() != null || d.maxAge() != null) {
            Integer born = person.details().birthYear();
            if (born == null) {
                k.error("personId", "apply.noBirthYear", person.details().name());
            } else {
                int age = d.startsOn().getYear() - born;
                if ((d.minAge() != null && age < d.minAge()) || (d.maxAge() != null && age > d.maxAge())) {
                    k.error("personId", "apply.age", person.details().name(), age, ageRange(d));
                }
            }
        }
        if (d.kind() == CourseKind.YOUTH && (d.minGrade() != null || d.maxGrade() != null)) {
            if (grade == null) {
                k.error("grade", "apply.noGrade");
            } else if (!grade.within(d.minGrade(), d.maxGrade())) {
                k.error("grade", "apply.grade", grade.labelJa(), gradeRange(d));
            }
        }
        k.throwIfAny();
    }

    static String ageRange(CourseDraft d) {
        if (d.minAge() != null && d.maxAge() != null) {
            return d.minAge() + "〜" + d.maxAge() + "歳";
        }
        return d.minAge() != null ? d.minAge() + "歳以上" : d.maxAge() + "歳以下";
    }

    static String gradeRange(CourseDraft d) {
        return (d.minGrade() == null ? "" : d.minGrade().labelJa()) + "〜"
                + (d.maxGrade() == null ? "" : d.maxGrade().labelJa());
    }

    @Override
    public CourseApplication withdraw(long applicationId) {
        Permissions.requireRole(Role.STAFF);
        b.write(c -> {
            CourseApplication a = store.application(c, applicationId)
                    .orElseThrow(() -> new NotFoundException(MESSAGES.get("application.notFound", applicationId)));
            if (a.status() == ApplicationStatus.WITHDRAWN) {
                return null;
            }
            store.setStatus(c, applicationId, ApplicationStatus.WITHDRAWN, null);
            if (a.status() == ApplicationStatus.ACCEPTED) {
                Optional<Long> next = store.firstWaiting(c, a.courseId());
                if (next.isPresent()) {
                    CourseApplication n = store.application(c, next.get()).orElseThrow();
                    store.setStatus(c, n.id(), ApplicationStatus.ACCEPTED, n.rank());
                    b.audit(AuditAction.UPDATE, APPLICATION_RECORD, n.id(), "補欠から繰り上げ");
                    b.post(TrainingTopics.APPLICATION_UPDATED, n.id());
                }
            }
            b.audit(AuditAction.UPDATE, APPLICATION_RECORD, applicationId, "申込を取消");
            return null;
        });
        b.post(TrainingTopics.APPLICATION_UPDATED, applicationId);
        return b.read(c -> store.application(c, applicationId)).orElseThrow();
    }

    @Override
    public List<CourseApplication> applications(long courseId) {
        Permissions.requireRole(Role.STAFF);
        Course course = get(courseId);
        List<CourseApplication> list = b.read(c -> store.applications(c, courseId));
        b.audit(
                AuditAction.READ_PERSONAL,
                RECORD,
                courseId,
                "講座「" + course.details().title() + "」の申込者一覧");
        return list;
    }

    @Override
    public Allocation allocate(long courseId, Long seed) {
        Permissions.requireRole(Role.COORDINATOR);
        Course course = get(courseId);
        if (course.status() != CourseStatus.OPEN) {
            throw new ConflictException(
                    MESSAGES.get("allocate.done", course.details().title()));
        }
        Allocation result = b.write(c -> {
            if (!store.lockOpen(c, courseId, b.now())) {
                throw new ConflictException(
                        MESSAGES.get("allocate.done", course.details().title()));
            }
            List<Long> ids = new ArrayList<>();
            for (CourseApplication a : store.applications(c, courseId)) {
                if (a.status() == ApplicationStatus.APPLIED) {
                    ids.add(a.id());
                }
            }
            if (ids.isEmpty()) {
                throw ValidationException.of("courseId", MESSAGES.get("allocate.nobody"));
            }
            int capacity = course.details().capacity();
            boolean lottery = ids.size() > capacity;
            Long used = lottery ? (seed != null ? seed : SEEDS.nextLong()) : null;
            List<Long> order =
                    lottery ? Lottery.draw(used, ids) : ids.stream().sorted().toList();
            for (int i = 0; i < order.size(); i++) {
                store.setStatus(
                        c, order.get(i), i < capacity ? ApplicationStatus.ACCEPTED : ApplicationStatus.WAITING, i + 1);
            }
            if (!store.moveStatus(
                    c,
                    courseId,
                    CourseStatus.OPEN,
                    CourseStatus.ALLOCATED,
                    used,
                    TrainingBackend.userName(),
                    b.now())) {
                throw new ConflictException(
                        MESSAGES.get("allocate.done", course.details().title()));
            }
            b.audit(
                    AuditAction.UPDATE,
                    RECORD,
                    courseId,
                    lottery
                            ? "抽選（シード " + used + "、申込 " + ids.size() + " 名、定員 " + capacity + " 名）"
                            : "受講者決定（申込 " + ids.size() + " 名、定員 " + capacity + " 名、抽選なし）");
            return new Allocation(courseId, lottery, used, capacity, order);
        });
        b.post(TrainingTopics.COURSE_UPDATED, courseId);
        return result;
    }

    @Override
    public Course recordAttendance(long courseId, int session, Set<Long> presentApplicationIds) {
        Permissions.requireRole(Role.COORDINATOR);
        Course course = get(courseId);
        if (course.status() != CourseStatus.ALLOCATED) {
            throw ValidationException.of("courseId", MESSAGES.get("attendance.notAllocated"));
        }
        if (session < 1 || session > course.details().sessions()) {
            throw ValidationException.of(
                    "session",
                    MESSAGES.get("attendance.session", course.details().sessions()));
        }
        b.write(c -> {
            Set<Long> accepted = new java.util.HashSet<>();
            for (CourseApplication a : store.applications(c, courseId)) {
                if (a.status() == ApplicationStatus.ACCEPTED) {
                    accepted.add(a.id());
                }
            }
            for (Long id : presentApplicationIds) {
                if (!accepted.contains(id)) {
                    throw ValidationException.of("present", MESSAGES.get("attendance.notAccepted", id));
                }
            }
            store.setAttendance(c, courseId, session, presentApplicationIds);
            b.audit(
                    AuditAction.UPDATE,
                    RECORD,
                    courseId,
                    "第" + session + "回の出席 " + presentApplicationIds.size() + " 名");
            return null;
        });
        b.post(TrainingTopics.COURSE_UPDATED, courseId);
        return get(courseId);
    }

    @Override
    public Course complete(long courseId) {
        Permissions.requireRole(Role.COORDINATOR);
        Course course = get(courseId);
        b.write(c -> {
            int n = store.complete(c, courseId, course.details().requiredSessions(), b.today());
            if (!store.moveStatus(c, courseId, CourseStatus.ALLOCATED, CourseStatus.FINISHED, null, null, b.now())) {
                throw ValidationException.of("courseId", MESSAGES.get("complete.notAllocated"));
            }
            b.audit(AuditAction.UPDATE, RECORD, courseId, "修了認定 " + n + " 名");
            return null;
        });
        b.post(TrainingTopics.COURSE_UPDATED, courseId);
        return get(courseId);
    }

    @Override
    public List<Graduate> graduates(int fiscalYear) {
        Permissions.requireRole(Role.STAFF);
        List<Graduate> found = b.read(c -> store.graduates(c, fiscalYear));
        b.audit(AuditAction.READ_PERSONAL, RECORD, 0, fiscalYear + "年度の修了者一覧");
        return found.stream()
                .map(g -> new Graduate(
                        g.personId(),
                        g.personName(),
                        g.courseId(),
                        g.courseTitle(),
                        g.completedOn(),
                        g.volunteerMinutesSince(),
                        b.profile(g.personId()).map(PartnerProfile::volunteer).orElse(false)))
                .toList();
    }
}
