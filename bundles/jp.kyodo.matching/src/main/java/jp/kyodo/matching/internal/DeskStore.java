package jp.kyodo.matching.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.matching.ConsultationDesk;
import jp.kyodo.matching.DeskAction;
import jp.kyodo.matching.DeskItemDraft;
import jp.kyodo.matching.DeskItemKind;
import jp.kyodo.matching.DeskQuery;
import jp.kyodo.matching.DeskStatus;
import jp.kyodo.matching.DeskStep;

/** The SQL of MAT_DESK_ITEM and MAT_DESK_STEP, on the caller's connection. */
final class DeskStore {

    /** A stored item, without its steps. */
    record Row(
            long id,
            int version,
            DeskItemDraft draft,
            DeskStatus status,
            Long departmentId,
            String owner,
            LocalDate dueOn,
            String answer,
            LocalDate answeredOn,
            Instant escalatedAt) {}

    private static final String COLUMNS = "ID, VERSION, KIND, FROM_NAME, FROM_PARTNER_ID, SUBJECT, BODY, RECEIVED_ON,"
            + " STATUS, DEPARTMENT_ID, OWNER, DUE_ON, ANSWER, ANSWERED_ON, ESCALATED_AT";
    private static final String OPEN = "STATUS IN ('RECEIVED', 'ROUTED')";

    long insert(Connection c, DeskItemDraft d, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO MAT_DESK_ITEM (KIND, FROM_NAME, FROM_PARTNER_ID, SUBJECT, BODY, RECEIVED_ON, STATUS, OWNER,"
                        + " ANSWER, SEARCH_TEXT, UPDATED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, d.kind().name());
            ps.setString(2, d.fromName());
            Jdbc.setLong(ps, 3, d.fromPartnerId());
            ps.setString(4, d.subject());
            ps.setString(5, d.body());
            Jdbc.setDate(ps, 6, d.receivedOn());
            ps.setString(7, DeskStatus.RECEIVED.name());
            ps.setString(8, NeedStore.searchText(d.subject(), d.body(), d.fromName()));
            ps.setTimestamp(9, Timestamp.from(now));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** Routes (or forwards) the item: department, owner, due date; a new due date may escalate again. */
    void route(
            Connection c, long id, int expectedVersion, long departmentId, String owner, LocalDate dueOn, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE MAT_DESK_ITEM SET STATUS = 'ROUTED', DEPARTMENT_ID = ?,"
                + " OWNER = ?, DUE_ON = ?, ESCALATED_AT = NULL, UPDATED_AT = ?, VERSION = VERSION + 1"
                + " WHERE ID = ? AND VERSION = ?")) {
            ps.setLong(1, departmentId);
            ps.setString(2, owner);
            Jdbc.setDate(ps, 3, dueOn);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setLong(5, id);
            ps.setInt(6, expectedVersion);
            Jdbc.requireOneRow(ps.executeUpdate());
        }
    }

    void answer(Connection c, long id, int expectedVersion, DeskStatus status, String answer, LocalDate on, Instant now)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE MAT_DESK_ITEM SET STATUS = ?, ANSWER = ?, ANSWERED_ON = ?,"
                        + " UPDATED_AT = ?, VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) {
            ps.setString(1, status.name());
            ps.setString(2, answer);
            Jdbc.setDate(ps, 3, on);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setLong(5, id);
            ps.setInt(6, expectedVersion);
            Jdbc.requireOneRow(ps.executeUpdate());
        }
    }

    /** Marks the routed items due before {@code today} as escalated. @return their ids */
    List<Long> escalate(Connection c, LocalDate today, Instant now) throws SQLException {
        List<Long> ids = Jdbc.list(
                c,
                "SELECT ID FROM MAT_DESK_ITEM WHERE STATUS = 'ROUTED' AND DUE_ON < ? AND ESCALATED_AT IS NULL",
                List.of(today),
                rs -> rs.getLong(1));
        try (PreparedStatement ps = c.prepareStatement("UPDATE MAT_DESK_ITEM SET ESCALATED_AT = ?, UPDATED_AT = ?,"
                + " VERSION = VERSION + 1 WHERE ID = ? AND ESCALATED_AT IS NULL")) {
            for (long id : ids) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setLong(3, id);
                ps.addBatch();
            }
            if (!ids.isEmpty()) {
                ps.executeBatch();
            }
        }
        return ids;
    }

    void addStep(Connection c, long itemId, DeskStep step) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO MAT_DESK_STEP (ITEM_ID, ACTION, STEP_AT, BY_USER,"
                + " DEPARTMENT_NAME, NOTE) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, itemId);
            ps.setString(2, step.action().name());
            ps.setTimestamp(3, Timestamp.from(step.at()));
            ps.setString(4, step.by());
            ps.setString(5, step.departmentName());
            ps.setString(6, step.note());
            ps.executeUpdate();
        }
    }

    List<DeskStep> steps(Connection c, long itemId) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT ACTION, STEP_AT, BY_USER, DEPARTMENT_NAME, NOTE FROM MAT_DESK_STEP WHERE ITEM_ID = ? ORDER BY ID",
                List.of(itemId),
                rs -> new DeskStep(
                        DeskAction.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)));
    }

    Optional<Row> get(Connection c, long id) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM MAT_DESK_ITEM WHERE ID = ?", List.of(id), DeskStore::row)
                .stream()
                .findFirst();
    }

    /** The sort keys of {@link jp.kyodo.matching.ConsultationDesk#search} and their columns. */
    static final Map<String, String> SORTS = Map.of(
            ConsultationDesk.SORT_RECEIVED, "RECEIVED_ON",
            ConsultationDesk.SORT_DUE, "DUE_ON",
            ConsultationDesk.SORT_UPDATED, "UPDATED_AT");

    /**
     * Open items first, oldest received first; then the answered ones, newest answer first. With sort keys:
     * open items first all the same, each part in the keys' order.
     */
    Page<Row> search(Connection c, DeskQuery q, LocalDate today, PageRequest page) throws SQLException {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (String term : JapaneseText.searchTerms(q.text())) {
            where.add("SEARCH_TEXT LIKE ? ESCAPE '\\'");
            params.add(Sql.containsPattern(term));
        }
        if (!q.statuses().isEmpty()) {
            where.add("STATUS IN (" + Sql.placeholders(q.statuses().size()) + ")");
            q.statuses().forEach(s -> params.add(s.name()));
        }
        if (q.departmentId() != null) {
            where.add("DEPARTMENT_ID = ?");
            params.add(q.departmentId());
        }
        if (q.overdueOnly()) {
            where.add("STATUS = 'ROUTED' AND DUE_ON < ?");
            params.add(today);
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return Jdbc.page(
                c,
                "SELECT " + COLUMNS + ", CASE WHEN " + OPEN + " THEN 0 ELSE 1 END AS CLOSED_LAST FROM MAT_DESK_ITEM"
                        + condition
                        + (page.sort().isEmpty()
                                ? " ORDER BY CLOSED_LAST, CASE WHEN " + OPEN
                                        + " THEN RECEIVED_ON END, UPDATED_AT DESC, ID"
                                : " ORDER BY CLOSED_LAST, " + Sorting.keys(page.sort(), SORTS, "ID")),
                "SELECT COUNT(*) FROM MAT_DESK_ITEM" + condition,
                params,
                page,
                DeskStore::row);
    }

    /** What the statistics need: every open item, and the items answered since the day. */
    List<Row> openAndAnsweredSince(Connection c, LocalDate since) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM MAT_DESK_ITEM WHERE " + OPEN + " OR ANSWERED_ON >= ?",
                List.of(since),
                DeskStore::row);
    }

    private static Row row(ResultSet rs) throws SQLException {
        DeskItemDraft d = new DeskItemDraft(
                DeskItemKind.valueOf(rs.getString(3)),
                rs.getString(4),
                Jdbc.longValue(rs, 5),
                rs.getString(6),
                rs.getString(7),
                Jdbc.localDate(rs, 8));
        return new Row(
                rs.getLong(1),
                rs.getInt(2),
                d,
                DeskStatus.valueOf(rs.getString(9)),
                Jdbc.longValue(rs, 10),
                rs.getString(11),
                Jdbc.localDate(rs, 12),
                rs.getString(13),
                Jdbc.localDate(rs, 14),
                Jdbc.instant(rs, 15));
    }
}
