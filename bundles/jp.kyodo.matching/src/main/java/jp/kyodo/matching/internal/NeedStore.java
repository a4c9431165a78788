package jp.kyodo.matching.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.matching.NeedDraft;
import jp.kyodo.matching.NeedKind;
import jp.kyodo.matching.NeedQuery;
import jp.kyodo.matching.NeedStatus;
import jp.kyodo.matching.Needs;
import jp.kyodo.registry.TimeBand;

/** The SQL of MAT_NEED, on the caller's connection. */
final class NeedStore {

    /** A stored need before the owner's name and the match count are added. */
    record Row(long id, int version, NeedDraft draft, NeedStatus status, Instant createdAt, Instant updatedAt) {}

    private static final String COLUMNS = "ID, VERSION, OWNER_ID, TITLE, DESCRIPTION, KINDS, SKILLS, FIELD_CODES,"
            + " AREA_CODE, DAYS, TIMES, STARTS_ON, ENDS_ON, PEOPLE_NEEDED, AMOUNT_YEN, DUE_ON, STATUS, CREATED_AT,"
            + " UPDATED_AT";

    long insert(Connection c, NeedDraft d, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO MAT_NEED (OWNER_ID, TITLE, DESCRIPTION, KINDS, SKILLS, FIELD_CODES, AREA_CODE, DAYS,"
                        + " TIMES, STARTS_ON, ENDS_ON, PEOPLE_NEEDED, AMOUNT_YEN, DUE_ON, SEARCH_TEXT, STATUS,"
                        + " CREATED_AT, UPDATED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            int i = bind(ps, d);
            ps.setString(i++, NeedStatus.OPEN.name());
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setTimestamp(i, Timestamp.from(now));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** @throws jp.kyodo.core.ConflictException when the stored version is not the expected one */
    void update(Connection c, long id, int expectedVersion, NeedDraft d, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE MAT_NEED SET OWNER_ID = ?, TITLE = ?, DESCRIPTION = ?,"
                + " KINDS = ?, SKILLS = ?, FIELD_CODES = ?, AREA_CODE = ?, DAYS = ?, TIMES = ?, STARTS_ON = ?,"
                + " ENDS_ON = ?, PEOPLE_NEEDED = ?, AMOUNT_YEN = ?, DUE_ON = ?, SEARCH_TEXT = ?, UPDATED_AT = ?,"
                + " VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) {
            int i = bind(ps, d);
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setLong(i++, id);
            ps.setInt(i, expectedVersion);
            Jdbc.requireOneRow(ps.executeUpdate());
        }
    }

    /** @throws jp.kyodo.core.ConflictException when the stored version is not the expected one */
    void setStatus(Connection c, long id, int expectedVersion, NeedStatus status, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE MAT_NEED SET STATUS = ?, UPDATED_AT = ?,"
                + " VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) {
            ps.setString(1, status.name());
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setLong(3, id);
            ps.setInt(4, expectedVersion);
            Jdbc.requireOneRow(ps.executeUpdate());
        }
    }

    /** Sets the status whatever the version (the pipeline moving a need along with its match). */
    void forceStatus(Connection c, long id, NeedStatus status, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE MAT_NEED SET STATUS = ?, UPDATED_AT = ?, VERSION = VERSION + 1 WHERE ID = ?")) {
            ps.setString(1, status.name());
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    private static int bind(PreparedStatement ps, NeedDraft d) throws SQLException {
        int i = 1;
        ps.setLong(i++, d.ownerId());
        ps.setString(i++, d.title());
        ps.setString(i++, d.description());
        ps.setString(i++, Codes.join(d.kinds()));
        ps.setString(i++, d.skills());
        ps.setString(i++, Codes.join(d.fieldCodes()));
        ps.setString(i++, d.areaCode());
        ps.setString(i++, Codes.join(d.days()));
        ps.setString(i++, Codes.join(d.times()));
        Jdbc.setDate(ps, i++, d.startsOn());
        Jdbc.setDate(ps, i++, d.endsOn());
        Jdbc.setInteger(ps, i++, d.peopleNeeded());
        Jdbc.setLong(ps, i++, d.amountYen());
        Jdbc.setDate(ps, i++, d.dueOn());
        ps.setString(i++, searchText(d.title(), d.description(), d.skills()));
        return i;
    }

    static String searchText(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            out.append(JapaneseText.normalize(part)).append(' ');
        }
        return out.length() > 6000 ? out.substring(0, 6000) : out.toString();
    }

    Optional<Row> get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM MAT_NEED WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** The sort keys of {@link jp.kyodo.matching.Needs#search} and their columns. */
    static final Map<String, String> SORTS = Map.of(
            Needs.SORT_UPDATED, "UPDATED_AT",
            Needs.SORT_TITLE, "TITLE",
            Needs.SORT_DUE, "DUE_ON",
            Needs.SORT_CREATED, "CREATED_AT");

    Page<Row> search(Connection c, NeedQuery q, PageRequest page) throws SQLException {
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
        if (q.kind() != null) {
            where.add("(';' || KINDS || ';') LIKE ?");
            params.add("%;" + q.kind().name() + ";%");
        }
        if (!q.fieldCode().isEmpty()) {
            where.add("(';' || FIELD_CODES || ';') LIKE ? ESCAPE '\\'");
            params.add(Sql.containsPattern(";" + q.fieldCode() + ";"));
        }
        if (q.ownerId() != null) {
            where.add("OWNER_ID = ?");
            params.add(q.ownerId());
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return Jdbc.page(
                c,
                "SELECT " + COLUMNS + " FROM MAT_NEED" + condition
                        + Sorting.orderBy(page.sort(), SORTS, "UPDATED_AT DESC, ID DESC", "ID"),
                "SELECT COUNT(*) FROM MAT_NEED" + condition,
                params,
                page,
                NeedStore::row);
    }

    /** Every open need's id (for the dashboard and the matcher's statistics). */
    int countByStatus(Connection c, NeedStatus status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM MAT_NEED WHERE STATUS = ?")) {
            ps.setString(1, status.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        NeedDraft d = new NeedDraft(
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                Codes.enums(rs.getString(6), NeedKind.class),
                rs.getString(7),
                Codes.strings(rs.getString(8)),
                rs.getString(9),
                Codes.days(rs.getString(10)),
                Codes.enums(rs.getString(11), TimeBand.class),
                Jdbc.localDate(rs, 12),
                Jdbc.localDate(rs, 13),
                Jdbc.integer(rs, 14),
                Jdbc.longValue(rs, 15),
                Jdbc.localDate(rs, 16));
        return new Row(
                rs.getLong(1),
                rs.getInt(2),
                d,
                NeedStatus.valueOf(rs.getString(17)),
                rs.getTimestamp(18).toInstant(),
                rs.getTimestamp(19).toInstant());
    }
}
