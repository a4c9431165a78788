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
import jp.kyodo.matching.AgendaDraft;
import jp.kyodo.matching.CollaborationForm;
import jp.kyodo.matching.CollaborationProjects;
import jp.kyodo.matching.ExitStrategy;
import jp.kyodo.matching.Indicator;
import jp.kyodo.matching.Judgement;
import jp.kyodo.matching.ProjectDraft;
import jp.kyodo.matching.ProjectPartner;
import jp.kyodo.matching.ProjectQuery;

/** The SQL of projects (MAT_PROJECT, its partners and indicators) and agendas (MAT_AGENDA). */
final class ProjectStore {

    record Row(long id, int version, ProjectDraft draft, Instant createdAt, Instant updatedAt) {}

    record AgendaRow(long id, int version, AgendaDraft draft) {}

    private static final String COLUMNS =
            "ID, VERSION, TITLE, DEPARTMENT_ID, FORM, PUBLIC_BENEFIT, PUBLIC_BENEFIT_NOTE,"
                    + " NON_PROFIT, NON_PROFIT_NOTE, SYNERGY, SYNERGY_NOTE, PURPOSE, STARTS_ON, ENDS_ON, BUDGET_YEN, EVALUATION,"
                    + " EXIT_STRATEGY, AGENDA_ID, MATCH_ID, SOURCE, CREATED_AT, UPDATED_AT";

    private static final String PROJECT = "P";
    private static final String AGENDA = "A";

    // ---- projects ------------------------------------------------------------------------------

    long insert(Connection c, ProjectDraft d, Instant now) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO MAT_PROJECT (TITLE, DEPARTMENT_ID, FORM, PUBLIC_BENEFIT, PUBLIC_BENEFIT_NOTE, NON_PROFIT,"
                        + " NON_PROFIT_NOTE, SYNERGY, SYNERGY_NOTE, PURPOSE, STARTS_ON, ENDS_ON, BUDGET_YEN, EVALUATION,"
                        + " EXIT_STRATEGY, AGENDA_ID, MATCH_ID, SOURCE, SEARCH_TEXT, CREATED_AT, UPDATED_AT, VERSION)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            int i = bind(ps, d);
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setTimestamp(i, Timestamp.from(now));
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        writeChildren(c, id, d);
        return id;
    }

    void update(Connection c, long id, int expectedVersion, ProjectDraft d, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE MAT_PROJECT SET TITLE = ?, DEPARTMENT_ID = ?, FORM = ?,"
                + " PUBLIC_BENEFIT = ?, PUBLIC_BENEFIT_NOTE = ?, NON_PROFIT = ?, NON_PROFIT_NOTE = ?, SYNERGY = ?,"
                + " SYNERGY_NOTE = ?, PURPOSE = ?, STARTS_ON = ?, ENDS_ON = ?, BUDGET_YEN = ?, EVALUATION = ?,"
                + " EXIT_STRATEGY = ?, AGENDA_ID = ?, MATCH_ID = ?, SOURCE = ?, SEARCH_TEXT = ?, UPDATED_AT = ?,"
                + " VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) {
            int i = bind(ps, d);
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setLong(i++, id);
            ps.setInt(i, expectedVersion);
            Jdbc.requireOneRow(ps.executeUpdate());
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM MAT_PROJECT_PARTNER WHERE PROJECT_ID = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        deleteIndicators(c, PROJECT, id);
        writeChildren(c, id, d);
    }

    private static int bind(PreparedStatement ps, ProjectDraft d) throws SQLException {
        int i = 1;
        Judgement j = d.judgement();
        ps.setString(i++, d.title());
        ps.setLong(i++, d.departmentId());
        ps.setString(i++, d.form().name());
        ps.setBoolean(i++, j.publicBenefit());
        ps.setString(i++, j.publicBenefitNote());
        ps.setBoolean(i++, j.nonProfit());
        ps.setString(i++, j.nonProfitNote());
        ps.setBoolean(i++, j.synergy());
        ps.setString(i++, j.synergyNote());
        ps.setString(i++, d.purpose());
        Jdbc.setDate(ps, i++, d.startsOn());
        Jdbc.setDate(ps, i++, d.endsOn());
        Jdbc.setLong(ps, i++, d.budgetYen());
        ps.setString(i++, d.evaluation());
        ps.setString(i++, d.exit() == null ? null : d.exit().name());
        Jdbc.setLong(ps, i++, d.agendaId());
        Jdbc.setLong(ps, i++, d.matchId());
        ps.setString(i++, d.source());
        ps.setString(i++, NeedStore.searchText(d.title(), d.purpose()));
        return i;
    }

    private void writeChildren(Connection c, long id, ProjectDraft d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO MAT_PROJECT_PARTNER (PROJECT_ID, SEQ, ORGANISATION_ID, ROLE) VALUES (?, ?, ?, ?)")) {
            int seq = 0;
            for (ProjectPartner p : d.partners()) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setLong(3, p.organisationId());
                ps.setString(4, p.role());
                ps.addBatch();
            }
            if (seq > 0) {
                ps.executeBatch();
            }
        }
        insertIndicators(c, PROJECT, id, d.indicators());
    }

    Optional<Row> get(Connection c, long id) throws SQLException {
        Optional<Row> row = Jdbc.list(
                        c, "SELECT " + COLUMNS + " FROM MAT_PROJECT WHERE ID = ?", List.of(id), ProjectStore::row)
                .stream()
                .findFirst();
        return row.isEmpty() ? row : Optional.of(withChildren(c, row.get()));
    }

    /** The sort keys of {@link jp.kyodo.matching.CollaborationProjects#search} and their columns. */
    static final Map<String, String> SORTS = Map.of(
            CollaborationProjects.SORT_UPDATED, "UPDATED_AT",
            CollaborationProjects.SORT_TITLE, "TITLE",
            CollaborationProjects.SORT_STARTS, "STARTS_ON",
            CollaborationProjects.SORT_ENDS, "ENDS_ON",
            CollaborationProjects.SORT_BUDGET, "BUDGET_YEN");

    Page<Row> search(Connection c, ProjectQuery q, LocalDate exitDueBy, PageRequest page) throws SQLException {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (String term : JapaneseText.searchTerms(q.text())) {
            where.add("SEARCH_TEXT LIKE ? ESCAPE '\\'");
            params.add(Sql.containsPattern(term));
        }
        if (q.form() != null) {
            where.add("FORM = ?");
            params.add(q.form().name());
        }
        if (q.departmentId() != null) {
            where.add("DEPARTMENT_ID = ?");
            params.add(q.departmentId());
        }
        if (q.agendaId() != null) {
            where.add("AGENDA_ID = ?");
            params.add(q.agendaId());
        }
        if (q.exitDueOnly()) {
            where.add("EXIT_STRATEGY IS NULL AND ENDS_ON <= ?");
            params.add(exitDueBy);
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Page<Row> rows = Jdbc.page(
                c,
                "SELECT " + COLUMNS + " FROM MAT_PROJECT" + condition
                        + Sorting.orderBy(page.sort(), SORTS, "UPDATED_AT DESC, ID DESC", "ID"),
                "SELECT COUNT(*) FROM MAT_PROJECT" + condition,
                params,
                page,
                ProjectStore::row);
        List<Row> full = new ArrayList<>();
        for (Row r : rows.items()) {
            full.add(withChildren(c, r));
        }
        return new Page<>(full, rows.total(), page);
    }

    /** The indicators of every project of the agenda, for its roll-up. */
    List<Indicator> indicatorsOfAgenda(Connection c, long agendaId) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT i.NAME, i.UNIT, i.TARGET, i.RESULT FROM MAT_INDICATOR i JOIN MAT_PROJECT p"
                        + " ON i.OWNER_KIND = 'P' AND i.OWNER_ID = p.ID WHERE p.AGENDA_ID = ?",
                List.of(agendaId),
                ProjectStore::indicator);
    }

    int countOfAgenda(Connection c, long agendaId) throws SQLException {
        return Jdbc.list(
                        c,
                        "SELECT COUNT(*) FROM MAT_PROJECT WHERE AGENDA_ID = ?",
                        List.of(agendaId),
                        rs -> rs.getInt(1))
                .get(0);
    }

    private Row withChildren(Connection c, Row r) throws SQLException {
        List<ProjectPartner> partners = Jdbc.list(
                c,
                "SELECT ORGANISATION_ID, ROLE FROM MAT_PROJECT_PARTNER WHERE PROJECT_ID = ? ORDER BY SEQ",
                List.of(r.id()),
                rs -> new ProjectPartner(rs.getLong(1), "", rs.getString(2)));
        List<Indicator> indicators = indicators(c, PROJECT, r.id());
        ProjectDraft d = r.draft();
        return new Row(
                r.id(),
                r.version(),
                new ProjectDraft(
                        d.title(),
                        d.departmentId(),
                        d.form(),
                        d.judgement(),
                        d.purpose(),
                        partners,
                        d.startsOn(),
                        d.endsOn(),
                        d.budgetYen(),
                        indicators,
                        d.evaluation(),
                        d.exit(),
                        d.agendaId(),
                        d.matchId(),
                        d.source()),
                r.createdAt(),
                r.updatedAt());
    }

    private static Row row(ResultSet rs) throws SQLException {
        String exit = rs.getString(17);
        ProjectDraft d = new ProjectDraft(
                rs.getString(3),
                rs.getLong(4),
                CollaborationForm.valueOf(rs.getString(5)),
                new Judgement(
                        rs.getBoolean(6),
                        rs.getString(7),
                        rs.getBoolean(8),
                        rs.getString(9),
                        rs.getBoolean(10),
                        rs.getString(11)),
                rs.getString(12),
                List.of(),
                Jdbc.localDate(rs, 13),
                Jdbc.localDate(rs, 14),
                Jdbc.longValue(rs, 15),
                List.of(),
                rs.getString(16),
                exit == null ? null : ExitStrategy.valueOf(exit),
                Jdbc.longValue(rs, 18),
                Jdbc.longValue(rs, 19),
                rs.getString(20));
        return new Row(
                rs.getLong(1),
                rs.getInt(2),
                d,
                rs.getTimestamp(21).toInstant(),
                rs.getTimestamp(22).toInstant());
    }

    // ---- agendas -------------------------------------------------------------------------------

    long insertAgenda(Connection c, AgendaDraft d, Instant now) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO MAT_AGENDA (TITLE, GOAL, COORDINATOR_NAME, ORGANISATION_IDS, UPDATED_AT, VERSION)"
                        + " VALUES (?, ?, ?, ?, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, d.title());
            ps.setString(2, d.goal());
            ps.setString(3, d.coordinatorName());
            ps.setString(4, Codes.join(d.organisationIds()));
            ps.setTimestamp(5, Timestamp.from(now));
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        insertIndicators(c, AGENDA, id, d.indicators());
        return id;
    }

    void updateAgenda(Connection c, long id, int expectedVersion, AgendaDraft d, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE MAT_AGENDA SET TITLE = ?, GOAL = ?, COORDINATOR_NAME = ?,"
                        + " ORGANISATION_IDS = ?, UPDATED_AT = ?, VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) {
            ps.setString(1, d.title());
            ps.setString(2, d.goal());
            ps.setString(3, d.coordinatorName());
            ps.setString(4, Codes.join(d.organisationIds()));
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setLong(6, id);
            ps.setInt(7, expectedVersion);
            Jdbc.requireOneRow(ps.executeUpdate());
        }
        deleteIndicators(c, AGENDA, id);
        insertIndicators(c, AGENDA, id, d.indicators());
    }

    Optional<AgendaRow> agenda(Connection c, long id) throws SQLException {
        List<AgendaRow> rows = agendas(c, "WHERE ID = ?", List.of(id));
        return rows.stream().findFirst();
    }

    List<AgendaRow> agendas(Connection c) throws SQLException {
        return agendas(c, "", List.of());
    }

    private List<AgendaRow> agendas(Connection c, String where, List<Object> params) throws SQLException {
        List<Object[]> raw = Jdbc.list(
                c,
                "SELECT ID, VERSION, TITLE, GOAL, COORDINATOR_NAME, ORGANISATION_IDS FROM MAT_AGENDA " + where
                        + " ORDER BY TITLE, ID",
                params,
                rs -> new Object[] {
                    rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)
                });
        List<AgendaRow> result = new ArrayList<>();
        for (Object[] r : raw) {
            long id = (Long) r[0];
            List<Long> organisations = Codes.strings((String) r[5]).stream()
                    .map(Long::valueOf)
                    .sorted()
                    .toList();
            result.add(new AgendaRow(
                    id,
                    (Integer) r[1],
                    new AgendaDraft(
                            (String) r[2], (String) r[3], indicators(c, AGENDA, id), organisations, (String) r[4])));
        }
        return result;
    }

    // ---- indicators ----------------------------------------------------------------------------

    private static void insertIndicators(Connection c, String ownerKind, long ownerId, List<Indicator> indicators)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO MAT_INDICATOR (OWNER_KIND, OWNER_ID, SEQ, NAME, UNIT,"
                        + " TARGET, RESULT) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Indicator i : indicators) {
                ps.setString(1, ownerKind);
                ps.setLong(2, ownerId);
                ps.setInt(3, seq++);
                ps.setString(4, i.name());
                ps.setString(5, i.unit());
                Jdbc.setLong(ps, 6, i.target());
                Jdbc.setLong(ps, 7, i.result());
                ps.addBatch();
            }
            if (seq > 0) {
                ps.executeBatch();
            }
        }
    }

    private static void deleteIndicators(Connection c, String ownerKind, long ownerId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM MAT_INDICATOR WHERE OWNER_KIND = ? AND OWNER_ID = ?")) {
            ps.setString(1, ownerKind);
            ps.setLong(2, ownerId);
            ps.executeUpdate();
        }
    }

    private static List<Indicator> indicators(Connection c, String ownerKind, long ownerId) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT NAME, UNIT, TARGET, RESULT FROM MAT_INDICATOR WHERE OWNER_KIND = ? AND OWNER_ID = ? ORDER BY SEQ",
                List.of(ownerKind, ownerId),
                ProjectStore::indicator);
    }

    private static Indicator indicator(ResultSet rs) throws SQLException {
        return new Indicator(rs.getString(1), rs.getString(2), Jdbc.longValue(rs, 3), Jdbc.longValue(rs, 4));
    }
}
