package jp.kyodo.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.training.CourseDraft;
import jp.kyodo.training.CourseKind;
import jp.kyodo.training.CourseStatus;
import jp.kyodo.training.SchoolGrade;

/**
 * JPA row of {@code TRN_COURSE}: what staff plan and change. The allocation (status, seed) is written by the
 * SQL of {@link ApplicationStore} in the same transaction, guarded by the status.
 */
@Entity
@Table(name = "TRN_COURSE")
public class CourseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    int version;

    @Column(name = "KIND", nullable = false, length = 16)
    String kind;

    @Column(name = "TITLE", nullable = false, length = 200)
    String title;

    @Column(name = "TITLE_SEARCH", nullable = false, length = 400)
    String titleSearch;

    @Column(name = "DESCRIPTION", nullable = false, length = 4000)
    String description;

    @Column(name = "FISCAL_YEAR", nullable = false)
    int fiscalYear;

    @Column(name = "CAPACITY", nullable = false)
    int capacity;

    @Column(name = "MIN_AGE")
    Integer minAge;

    @Column(name = "MAX_AGE")
    Integer maxAge;

    @Column(name = "MIN_GRADE", length = 16)
    String minGrade;

    @Column(name = "MAX_GRADE", length = 16)
    String maxGrade;

    @Column(name = "APPLY_FROM", nullable = false)
    LocalDate applyFrom;

    @Column(name = "APPLY_UNTIL", nullable = false)
    LocalDate applyUntil;

    @Column(name = "STARTS_ON", nullable = false)
    LocalDate startsOn;

    @Column(name = "ENDS_ON", nullable = false)
    LocalDate endsOn;

    @Column(name = "SESSION_START_MINUTE", nullable = false)
    int sessionStartMinute;

    @Column(name = "SESSION_END_MINUTE", nullable = false)
    int sessionEndMinute;

    @Column(name = "SESSIONS", nullable = false)
    int sessions;

    @Column(name = "REQUIRED_SESSIONS", nullable = false)
    int requiredSessions;

    @Column(name = "PLACE", nullable = false, length = 200)
    String place;

    @Column(name = "PUBLISH_AS_EVENT", nullable = false)
    boolean publishAsEvent;

    @Column(name = "STATUS", nullable = false, length = 16)
    String status;

    @Column(name = "LOTTERY_SEED")
    Long lotterySeed;

    @Column(name = "ALLOCATED_AT")
    Instant allocatedAt;

    @Column(name = "ALLOCATED_BY", length = 100)
    String allocatedBy;

    @Column(name = "EVENT_ID")
    Long eventId;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;

    protected CourseEntity() {
        // for JPA
    }

    CourseEntity(CourseDraft d, Instant now) {
        set(d, now);
        status = CourseStatus.OPEN.name();
        createdAt = now;
    }

    void set(CourseDraft d, Instant now) {
        kind = d.kind().name();
        title = d.title();
        titleSearch = JapaneseText.normalize(d.title());
        description = d.description();
        fiscalYear = d.fiscalYear();
        capacity = d.capacity();
        minAge = d.minAge();
        maxAge = d.maxAge();
        minGrade = d.minGrade() == null ? null : d.minGrade().name();
        maxGrade = d.maxGrade() == null ? null : d.maxGrade().name();
        applyFrom = d.applyFrom();
        applyUntil = d.applyUntil();
        startsOn = d.startsOn();
        endsOn = d.endsOn();
        sessionStartMinute = minute(d.sessionStart());
        sessionEndMinute = minute(d.sessionEnd());
        sessions = d.sessions();
        requiredSessions = d.requiredSessions();
        place = d.place();
        publishAsEvent = d.publishAsEvent();
        updatedAt = now;
    }

    CourseStatus status() {
        return CourseStatus.valueOf(status);
    }

    CourseKind kind() {
        return CourseKind.valueOf(kind);
    }

    private static int minute(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    static LocalTime time(int minute) {
        return LocalTime.of(minute / 60, minute % 60);
    }

    static SchoolGrade grade(String name) {
        return name == null ? null : SchoolGrade.valueOf(name);
    }
}
