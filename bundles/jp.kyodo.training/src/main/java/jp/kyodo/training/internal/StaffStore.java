package jp.kyodo.training.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.persistence.Columns;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.training.Assignment;
import jp.kyodo.training.DepartmentProgress;
import jp.kyodo.training.StaffMember;
import jp.kyodo.training.Training;
import jp.kyodo.training.TrainingDraft;

/** The staff roster, trainings and their assignments. */
final class StaffStore {

    private static final Columns STAFF = Columns.of("STAFF_NUMBER", "NAME", "DEPARTMENT", "USER_NAME", "ACTIVE");
    private static final Columns TRAINING = Columns.of(
            "TITLE", "TITLE_SEARCH", "DESCRIPTION", "VIDEO_URL", "SLIDES_URL", "FISCAL_YEAR", "DUE_ON", "CREATED_AT");
    private static final String TRAINING_SELECT = "SELECT t.*, (SELECT COUNT(*) FROM TRN_ASSIGNMENT a WHERE"
            + " a.TRAINING_ID = t.ID) AS ASSIGNED, (SELECT COUNT(*) FROM TRN_ASSIGNMENT a WHERE a.TRAINING_ID = t.ID"
            + " AND a.COMPLETED_AT IS NOT NULL) AS COMPLETED FROM TRN_TRAINING t";
    private static final String ASSIGNMENT_SELECT = "SELECT a.TRAINING_ID, a.STAFF_ID, s.STAFF_NUMBER, s.NAME,"
            + " a.DEPARTMENT, a.COMPLETED_AT, a.REMINDERS FROM TRN_ASSIGNMENT a JOIN TRN_STAFF s ON s.ID = a.STAFF_ID";

    Optional<StaffMember> byNumber(Connection c, String number) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM TRN_STAFF WHERE STAFF_NUMBER = ?", List.of(number), StaffStore::staff)
                .stream()
                .findFirst();
    }

    Optional<StaffMember> byUser(Connection c, String userName) throws SQLException {
        return Jdbc.list(
                        c,
                        "SELECT * FROM TRN_STAFF WHERE USER_NAME = ? AND ACTIVE = TRUE ORDER BY ID",
                        List.of(userName),
                        StaffStore::staff)
                .stream()
                .findFirst();
    }

    Optional<StaffMember> staff(Connection c, long id) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM TRN_STAFF WHERE ID = ?", List.of(id), StaffStore::staff).stream()
                .findFirst();
    }

    /** Every member of staff by staff number (the import's lookup). */
    java.util.Map<String, StaffMember> allByNumber(Connection c) throws SQLException {
        java.util.Map<String, StaffMember> all = new java.util.HashMap<>();
        for (StaffMember m : Jdbc.list(c, "SELECT * FROM TRN_STAFF", List.of(), StaffStore::staff)) {
            all.put(m.staffNumber(), m);
        }
        return all;
    }

    /** @return true when the row was added or changed */
    boolean save(Connection c, StaffMember m) throws SQLException {
        Optional<StaffMember> old = byNumber(c, m.staffNumber());
        if (old.isPresent()) {
            StaffMember o = old.get();
            if (o.name().equals(m.name())
                    && o.department().equals(m.department())
                    && o.userName().equals(m.userName())
                    && o.active() == m.active()) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(STAFF.update("TRN_STAFF") + " WHERE ID = ?")) {
                int next = bind(m, ps);
                ps.setLong(next, o.id());
                ps.executeUpdate();
            }
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement(STAFF.insertInto("TRN_STAFF"))) {
            bind(m, ps);
            ps.executeUpdate();
        }
        return true;
    }

    private static int bind(StaffMember m, PreparedStatement ps) throws SQLException {
        return STAFF.values()
                .string("STAFF_NUMBER", m.staffNumber())
                .string("NAME", m.name())
                .string("DEPARTMENT", m.department())
                .string("USER_NAME", m.userName())
                .bool("ACTIVE", m.active())
                .bind(ps, 1);
    }

    Page<StaffMember> staffPage(Connection c, String text, PageRequest page) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE ACTIVE = TRUE");
        List<Object> params = new ArrayList<>();
        for (String term : JapaneseText.searchTerms(text)) {
            where.append(
                    " AND (LOWER(STAFF_NUMBER) LIKE ? ESCAPE '\\' OR LOWER(NAME) LIKE ? ESCAPE '\\' OR LOWER(DEPARTMENT) LIKE ? ESCAPE '\\')");
            String p = Sql.containsPattern(term);
            params.add(p);
            params.add(p);
            params.add(p);
        }
        return Jdbc.page(
                c,
                "SELECT * FROM TRN_STAFF" + where + " ORDER BY STAFF_NUMBER",
                "SELECT COUNT(*) FROM TRN_STAFF" + where,
                params,
                page,
                StaffStore::staff);
    }

    List<String> departments(Connection c) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT DISTINCT DEPARTMENT FROM TRN_STAFF WHERE ACTIVE = TRUE ORDER BY DEPARTMENT",
                List.of(),
                rs -> rs.getString(1));
    }

    long insertTraining(Connection c, TrainingDraft d, Instant now) throws SQLException {
        long id;
        try (PreparedStatement ps =
                c.prepareStatement(TRAINING.insertInto("TRN_TRAINING"), Statement.RETURN_GENERATED_KEYS)) {
            TRAINING.values()
                    .string("TITLE", d.title())
                    .string("TITLE_SEARCH", JapaneseText.normalize(d.title()))
                    .string("DESCRIPTION", d.description())
                    .string("VIDEO_URL", d.videoUrl())
                    .string("SLIDES_URL", d.slidesUrl())
                    .integer("FISCAL_YEAR", d.fiscalYear())
                    .date("DUE_ON", d.dueOn())
                    .timestamp("CREATED_AT", now)
                    .bind(ps, 1);
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO TRN_TRAINING_DEPARTMENT (TRAINING_ID, DEPARTMENT) VALUES (?, ?)")) {
            for (String department : d.departments()) {
                ps.setLong(1, id);
                ps.setString(2, department);
                ps.addBatch();
            }
            if (!d.departments().isEmpty()) {
                ps.executeBatch();
            }
        }
        return id;
    }

    /** Assigns the training to the active staff of the departments (all active staff when none). @return how many */
    int assign(Connection c, long trainingId, Set<String> departments) throws SQLException {
        String sql = "INSERT INTO TRN_ASSIGNMENT (TRAINING_ID, STAFF_ID, DEPARTMENT, REMINDERS) SELECT ?, ID,"
                + " DEPARTMENT, 0 FROM TRN_STAFF WHERE ACTIVE = TRUE"
                + (departments.isEmpty() ? "" : " AND DEPARTMENT IN (" + Sql.placeholders(departments.size()) + ")");
        List<Object> params = new ArrayList<>();
        params.add(trainingId);
        params.addAll(departments);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, params);
            return ps.executeUpdate();
        }
    }

    Optional<Training> training(Connection c, long id) throws SQLException {
        List<Training> found = Jdbc.list(c, TRAINING_SELECT + " WHERE t.ID = ?", List.of(id), rs -> training(c, rs));
        return found.stream().findFirst();
    }

    Page<Training> trainings(Connection c, String text, Integer fiscalYear, PageRequest page) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        for (String term : JapaneseText.searchTerms(text)) {
            where.append(" AND t.TITLE_SEARCH LIKE ? ESCAPE '\\'");
            params.add(Sql.containsPattern(term));
        }
        if (fiscalYear != null) {
            where.append(" AND t.FISCAL_YEAR = ?");
            params.add(fiscalYear);
        }
        return Jdbc.page(
                c,
                TRAINING_SELECT + where + " ORDER BY t.FISCAL_YEAR DESC, t.ID DESC",
                "SELECT COUNT(*) FROM TRN_TRAINING t" + where,
                params,
                page,
                rs -> training(c, rs));
    }

    private static Training training(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong("ID");
        Set<String> departments = new java.util.TreeSet<>(Jdbc.list(
                c,
                "SELECT DEPARTMENT FROM TRN_TRAINING_DEPARTMENT WHERE TRAINING_ID = ?",
                List.of(id),
                r -> r.getString(1)));
        TrainingDraft d = new TrainingDraft(
                rs.getString("TITLE"),
                rs.getString("DESCRIPTION"),
                rs.getString("VIDEO_URL"),
                rs.getString("SLIDES_URL"),
                rs.getInt("FISCAL_YEAR"),
                Jdbc.localDate(rs, rs.findColumn("DUE_ON")),
                departments);
        return new Training(
                id, d, rs.getInt("ASSIGNED"), rs.getInt("COMPLETED"), Jdbc.instant(rs, rs.findColumn("CREATED_AT")));
    }

    /** @return false when the member of staff has no such assignment */
    boolean complete(Connection c, long trainingId, long staffId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE TRN_ASSIGNMENT SET COMPLETED_AT = COALESCE(COMPLETED_AT,"
                + " ?) WHERE TRAINING_ID = ? AND STAFF_ID = ?")) {
            Jdbc.bind(ps, List.of(at, trainingId, staffId));
            return ps.executeUpdate() == 1;
        }
    }

    List<DepartmentProgress> progress(Connection c, long trainingId) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT DEPARTMENT, COUNT(*), SUM(CASE WHEN COMPLETED_AT IS NULL THEN 0 ELSE 1 END) FROM TRN_ASSIGNMENT"
                        + " WHERE TRAINING_ID = ? GROUP BY DEPARTMENT ORDER BY DEPARTMENT",
                List.of(trainingId),
                rs -> new DepartmentProgress(rs.getString(1), rs.getInt(2), rs.getInt(3)));
    }

    Page<Assignment> assignments(Connection c, long trainingId, boolean onlyOpen, PageRequest page)
            throws SQLException {
        String where = " WHERE a.TRAINING_ID = ?" + (onlyOpen ? " AND a.COMPLETED_AT IS NULL" : "");
        return Jdbc.page(
                c,
                ASSIGNMENT_SELECT + where
                        + " ORDER BY CASE WHEN a.COMPLETED_AT IS NULL THEN 0 ELSE 1 END, a.DEPARTMENT,"
                        + " s.STAFF_NUMBER",
                "SELECT COUNT(*) FROM TRN_ASSIGNMENT a" + where,
                List.of(trainingId),
                page,
                StaffStore::assignment);
    }

    List<Assignment> assignmentsOf(Connection c, long staffId) throws SQLException {
        return Jdbc.list(
                c,
                ASSIGNMENT_SELECT + " WHERE a.STAFF_ID = ? ORDER BY CASE WHEN a.COMPLETED_AT IS NULL THEN 0 ELSE 1 END,"
                        + " a.TRAINING_ID DESC",
                List.of(staffId),
                StaffStore::assignment);
    }

    /** Counts a reminder on every open assignment. @return how many */
    int remind(Connection c, long trainingId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE TRN_ASSIGNMENT SET REMINDERS = REMINDERS + 1,"
                + " LAST_REMINDED_AT = ? WHERE TRAINING_ID = ? AND COMPLETED_AT IS NULL")) {
            Jdbc.bind(ps, List.of(now, trainingId));
            return ps.executeUpdate();
        }
    }

    private static StaffMember staff(ResultSet rs) throws SQLException {
        return new StaffMember(
                rs.getLong("ID"),
                rs.getString("STAFF_NUMBER"),
                rs.getString("NAME"),
                rs.getString("DEPARTMENT"),
                rs.getString("USER_NAME"),
                rs.getBoolean("ACTIVE"));
    }

    private static Assignment assignment(ResultSet rs) throws SQLException {
        return new Assignment(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                Jdbc.instant(rs, 6),
                rs.getInt(7));
    }
}
