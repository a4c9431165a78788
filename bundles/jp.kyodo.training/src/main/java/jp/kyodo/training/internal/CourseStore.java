package jp.kyodo.training.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.core.persistence.Columns;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.training.ApplicationStatus;
import jp.kyodo.training.Course;
import jp.kyodo.training.CourseApplication;
import jp.kyodo.training.CourseDraft;
import jp.kyodo.training.CourseKind;
import jp.kyodo.training.CourseQuery;
import jp.kyodo.training.CourseStatus;
import jp.kyodo.training.Graduate;
import jp.kyodo.training.SchoolGrade;

/**
 * Courses read as lists (with their applicant counts), their applications, the allocation and attendance: the
 * SQL-shaped side of courses. Status changes are guarded by the status they leave, so two coordinators drawing
 * at once give one allocation.
 */
final class CourseStore {

    private static final String COUNTS = "(SELECT COUNT(*) FROM TRN_APPLICATION a WHERE a.COURSE_ID = c.ID"
            + " AND a.STATUS <> 'WITHDRAWN') AS APPLICANTS,"
            + " (SELECT COUNT(*) FROM TRN_APPLICATION a WHERE a.COURSE_ID = c.ID AND a.STATUS = 'ACCEPTED') AS ACCEPTED";
    private static final String SELECT = "SELECT c.*, " + COUNTS + " FROM TRN_COURSE c";
    private static final Map<String, String> SORTS = Map.of(
            "title", "c.TITLE", "startsOn", "c.STARTS_ON", "applicants", "APPLICANTS", "fiscalYear", "c.FISCAL_YEAR");

    private static final Columns APPLICATION =
            Columns.of("COURSE_ID", "PERSON_ID", "PERSON_NAME", "SCHOOL_GRADE", "STATUS", "APPLIED_AT");
    private static final String APPLICATION_SELECT = "SELECT a.*, (SELECT COUNT(*) FROM TRN_ATTENDANCE t"
            + " WHERE t.APPLICATION_ID = a.ID) AS ATTENDED FROM TRN_APPLICATION a";

    Optional<Course> course(Connection c, long id) throws SQLException {
        List<Course> found = Jdbc.list(c, SELECT + " WHERE c.ID = ?", List.of(id), CourseStore::course);
        return found.stream().findFirst();
    }

    Page<Course> search(Connection c, CourseQuery q, PageRequest page) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        for (String term : JapaneseText.searchTerms(q.text())) {
            where.append(" AND c.TITLE_SEARCH LIKE ? ESCAPE '\\'");
            params.add(Sql.containsPattern(term));
        }
        if (q.kind() != null) {
            where.append(" AND c.KIND = ?");
            params.add(q.kind().name());
        }
        if (q.fiscalYear() != null) {
            where.append(" AND c.FISCAL_YEAR = ?");
            params.add(q.fiscalYear());
        }
        if (q.status() != null) {
            where.append(" AND c.STATUS = ?");
            params.add(q.status().name());
        }
        StringBuilder order = new StringBuilder();
        for (Sort s : page.sort()) {
            String column = SORTS.get(s.property());
            if (column != null) {
                order.append(order.length() == 0 ? " ORDER BY " : ", ")
                        .append(column)
                        .append(s.ascending() ? " ASC" : " DESC");
            }
        }
        if (order.length() == 0) {
            order.append(" ORDER BY c.FISCAL_YEAR DESC, c.STARTS_ON ASC");
        }
        order.append(", c.ID ASC");
        return Jdbc.page(
                c,
                SELECT + where + order,
                "SELECT COUNT(*) FROM TRN_COURSE c" + where,
                params,
                page,
                CourseStore::course);
    }

    /**
     * Holds the course's row for the rest of the transaction while it takes applications (an application and the
     * allocation never cross). @return false when the course is not open
     */
    boolean lockOpen(Connection c, long courseId, Instant now) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE TRN_COURSE SET UPDATED_AT = ? WHERE ID = ? AND STATUS = 'OPEN'")) {
            Jdbc.bind(ps, List.of(now, courseId));
            return ps.executeUpdate() == 1;
        }
    }

    /** Moves the course on from a status; false when it was not in it (someone else did it first). */
    boolean moveStatus(
            Connection c, long courseId, CourseStatus from, CourseStatus to, Long seed, String by, Instant now)
            throws SQLException {
        String allocation =
                to == CourseStatus.ALLOCATED ? ", LOTTERY_SEED = ?, ALLOCATED_AT = ?, ALLOCATED_BY = ?" : "";
        try (PreparedStatement ps = c.prepareStatement("UPDATE TRN_COURSE SET STATUS = ?, VERSION = VERSION + 1,"
                + " UPDATED_AT = ?" + allocation + " WHERE ID = ? AND STATUS = ?")) {
            int i = 1;
            ps.setString(i++, to.name());
            Jdbc.setTimestamp(ps, i++, now);
            if (to == CourseStatus.ALLOCATED) {
                Jdbc.setLong(ps, i++, seed);
                Jdbc.setTimestamp(ps, i++, now);
                ps.setString(i++, by);
            }
            ps.setLong(i++, courseId);
            ps.setString(i, from.name());
            return ps.executeUpdate() == 1;
        }
    }

    void setEvent(Connection c, long courseId, long eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE TRN_COURSE SET EVENT_ID = ? WHERE ID = ?")) {
            Jdbc.bind(ps, List.of(eventId, courseId));
            ps.executeUpdate();
        }
    }

    long insertApplication(Connection c, long courseId, long personId, String name, SchoolGrade grade, Instant now)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(APPLICATION.insertInto("TRN_APPLICATION"), Statement.RETURN_GENERATED_KEYS)) {
            APPLICATION
                    .values()
                    .number("COURSE_ID", courseId)
                    .number("PERSON_ID", personId)
                    .string("PERSON_NAME", name)
                    .string("SCHOOL_GRADE", grade == null ? null : grade.name())
                    .string("STATUS", ApplicationStatus.APPLIED.name())
                    .timestamp("APPLIED_AT", now)
                    .bind(ps, 1);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** An application taken back in again (withdrawn earlier): applied anew. */
    void reapply(Connection c, long applicationId, SchoolGrade grade, Instant now) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE TRN_APPLICATION SET STATUS = 'APPLIED', DRAW_RANK = NULL,"
                        + " SCHOOL_GRADE = ?, APPLIED_AT = ? WHERE ID = ?")) {
            ps.setString(1, grade == null ? null : grade.name());
            Jdbc.setTimestamp(ps, 2, now);
            ps.setLong(3, applicationId);
            ps.executeUpdate();
        }
    }

    Optional<CourseApplication> application(Connection c, long id) throws SQLException {
        return Jdbc.list(c, APPLICATION_SELECT + " WHERE a.ID = ?", List.of(id), CourseStore::application).stream()
                .findFirst();
    }

    Optional<CourseApplication> applicationOf(Connection c, long courseId, long personId) throws SQLException {
        return Jdbc.list(
                        c,
                        APPLICATION_SELECT + " WHERE a.COURSE_ID = ? AND a.PERSON_ID = ?",
                        List.of(courseId, personId),
                        CourseStore::application)
                .stream()
                .findFirst();
    }

    /** In application order. */
    List<CourseApplication> applications(Connection c, long courseId) throws SQLException {
        return Jdbc.list(
                c,
                APPLICATION_SELECT + " WHERE a.COURSE_ID = ? ORDER BY a.ID",
                List.of(courseId),
                CourseStore::application);
    }

    void setStatus(Connection c, long applicationId, ApplicationStatus status, Integer rank) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE TRN_APPLICATION SET STATUS = ?, DRAW_RANK = ? WHERE ID = ?")) {
            ps.setString(1, status.name());
            Jdbc.setInteger(ps, 2, rank);
            ps.setLong(3, applicationId);
            ps.executeUpdate();
        }
    }

    /** The first on the waiting list (lowest draw rank), if any. */
    Optional<Long> firstWaiting(Connection c, long courseId) throws SQLException {
        return Jdbc.list(
                        c,
                        "SELECT ID FROM TRN_APPLICATION WHERE COURSE_ID = ? AND STATUS = 'WAITING' ORDER BY DRAW_RANK, ID"
                                + " FETCH FIRST 1 ROWS ONLY",
                        List.of(courseId),
                        rs -> rs.getLong(1))
                .stream()
                .findFirst();
    }

    /** Replaces the attendance of one session of the course by exactly these applications. */
    void setAttendance(Connection c, long courseId, int session, Set<Long> present) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM TRN_ATTENDANCE WHERE SESSION_NO = ? AND"
                + " APPLICATION_ID IN (SELECT ID FROM TRN_APPLICATION WHERE COURSE_ID = ?)")) {
            Jdbc.bind(ps, List.of(session, courseId));
            ps.executeUpdate();
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO TRN_ATTENDANCE (APPLICATION_ID, SESSION_NO) VALUES (?, ?)")) {
            for (Long id : present) {
                ps.setLong(1, id);
                ps.setInt(2, session);
                ps.addBatch();
            }
            if (!present.isEmpty()) {
                ps.executeBatch();
            }
        }
    }

    /** Marks completed whoever has a place and attended at least the required sessions. @return how many */
    int complete(Connection c, long courseId, int requiredSessions, LocalDate on) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE TRN_APPLICATION SET COMPLETED_ON = ? WHERE COURSE_ID = ?"
                + " AND STATUS = 'ACCEPTED' AND (SELECT COUNT(*) FROM TRN_ATTENDANCE t WHERE t.APPLICATION_ID ="
                + " TRN_APPLICATION.ID) >= ?")) {
            Jdbc.setDate(ps, 1, on);
            ps.setLong(2, courseId);
            ps.setInt(3, requiredSessions);
            return ps.executeUpdate();
        }
    }

    /** Graduates of the fiscal year's courses with the volunteering recorded after their completion. */
    List<Graduate> graduates(Connection c, int fiscalYear) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT a.PERSON_ID, a.PERSON_NAME, c.ID, c.TITLE, a.COMPLETED_ON, (SELECT COALESCE(SUM(p.MINUTES), 0)"
                        + " FROM TRN_POINT_ENTRY p WHERE p.PERSON_ID = a.PERSON_ID AND p.KIND = 'EARN' AND p.ON_DATE >"
                        + " a.COMPLETED_ON) AS MINUTES FROM TRN_APPLICATION a JOIN TRN_COURSE c ON c.ID = a.COURSE_ID"
                        + " WHERE c.FISCAL_YEAR = ? AND a.COMPLETED_ON IS NOT NULL ORDER BY c.STARTS_ON, c.ID, a.ID",
                List.of(fiscalYear),
                rs -> new Graduate(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        Jdbc.localDate(rs, 5),
                        rs.getLong(6),
                        false));
    }

    private static Course course(ResultSet rs) throws SQLException {
        CourseDraft d = new CourseDraft(
                CourseKind.valueOf(rs.getString("KIND")),
                rs.getString("TITLE"),
                rs.getString("DESCRIPTION"),
                rs.getInt("FISCAL_YEAR"),
                rs.getInt("CAPACITY"),
                Jdbc.integer(rs, rs.findColumn("MIN_AGE")),
                Jdbc.integer(rs, rs.findColumn("MAX_AGE")),
                CourseEntity.grade(rs.getString("MIN_GRADE")),
                CourseEntity.grade(rs.getString("MAX_GRADE")),
                Jdbc.localDate(rs, rs.findColumn("APPLY_FROM")),
                Jdbc.localDate(rs, rs.findColumn("APPLY_UNTIL")),
                Jdbc.localDate(rs, rs.findColumn("STARTS_ON")),
                Jdbc.localDate(rs, rs.findColumn("ENDS_ON")),
                CourseEntity.time(rs.getInt("SESSION_START_MINUTE")),
                CourseEntity.time(rs.getInt("SESSION_END_MINUTE")),
                rs.getInt("SESSIONS"),
                rs.getInt("REQUIRED_SESSIONS"),
                rs.getString("PLACE"),
                rs.getBoolean("PUBLISH_AS_EVENT"));
        return new Course(
                rs.getLong("ID"),
                rs.getInt("VERSION"),
                d,
                CourseStatus.valueOf(rs.getString("STATUS")),
                rs.getInt("APPLICANTS"),
                rs.getInt("ACCEPTED"),
                Jdbc.longValue(rs, rs.findColumn("LOTTERY_SEED")),
                Jdbc.instant(rs, rs.findColumn("ALLOCATED_AT")),
                Jdbc.longValue(rs, rs.findColumn("EVENT_ID")),
                Jdbc.instant(rs, rs.findColumn("UPDATED_AT")));
    }

    private static CourseApplication application(ResultSet rs) throws SQLException {
        return new CourseApplication(
                rs.getLong("ID"),
                rs.getLong("COURSE_ID"),
                rs.getLong("PERSON_ID"),
                rs.getString("PERSON_NAME"),
                CourseEntity.grade(rs.getString("SCHOOL_GRADE")),
                ApplicationStatus.valueOf(rs.getString("STATUS")),
                Jdbc.integer(rs, rs.findColumn("DRAW_RANK")),
                Jdbc.instant(rs, rs.findColumn("APPLIED_AT")),
                rs.getInt("ATTENDED"),
                Jdbc.localDate(rs, rs.findColumn("COMPLETED_ON")));
    }
}
