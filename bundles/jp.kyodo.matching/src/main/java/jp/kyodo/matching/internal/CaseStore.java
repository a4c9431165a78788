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
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.matching.CaseDraft;
import jp.kyodo.matching.CaseStudy;
import jp.kyodo.matching.NeedKind;

/** The SQL of MAT_CASE, on the caller's connection. */
final class CaseStore {

    private static final String COLUMNS = "ID, VERSION, MATCH_ID, TITLE, SUMMARY, OUTCOME, FIELD_CODES, AREA_CODE,"
            + " PUBLISHED_ON, UPDATED_AT, KINDS, AREA_NAME, SOURCE_CITY";

    /** A case study received from another city, as its codec read it. */
    record Received(
            CaseDraft draft, Set<NeedKind> kinds, Set<String> fieldCodes, String areaName, LocalDate publishedOn) {}

    long insert(
            Connection c,
            long matchId,
            CaseDraft d,
            Set<NeedKind> kinds,
            String fieldCodes,
            String areaCode,
            LocalDate publishedOn,
            Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO MAT_CASE (MATCH_ID, TITLE, SUMMARY, OUTCOME, FIELD_CODES, AREA_CODE, PUBLISHED_ON,"
                        + " UPDATED_AT, KINDS, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, matchId);
            ps.setString(2, d.title());
            ps.setString(3, d.summary());
            ps.setString(4, d.outcome());
            ps.setString(5, fieldCodes);
            ps.setString(6, areaCode);
            Jdbc.setDate(ps, 7, publishedOn);
            ps.setTimestamp(8, Timestamp.from(now));
            ps.setString(9, Codes.join(kinds));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** A case received from another city: no match here, its area by name. */
    long insertReceived(Connection c, String sourceKey, String sourceCity, Received r, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO MAT_CASE (TITLE, SUMMARY, OUTCOME, FIELD_CODES, AREA_CODE, PUBLISHED_ON, UPDATED_AT,"
                        + " KINDS, AREA_NAME, SOURCE_KEY, SOURCE_CITY, VERSION)"
                        + " VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            setReceived(ps, r, now);
            ps.setString(9, sourceKey);
            ps.setString(10, sourceCity);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** Parameters 1 to 8 of both statements: title, summary, outcome, fields, published, updated, kinds, area. */
    private static void setReceived(PreparedStatement ps, Received r, Instant now) throws SQLException {
        ps.setString(1, r.draft().title());
        ps.setString(2, r.draft().summary());
        ps.setString(3, r.draft().outcome());
        ps.setString(4, Codes.join(r.fieldCodes()));
        Jdbc.setDate(ps, 5, r.publishedOn());
        ps.setTimestamp(6, Timestamp.from(now));
        ps.setString(7, Codes.join(r.kinds()));
        ps.setString(8, r.areaName());
    }

    /** A received case again, as the sending city has it now (whatever the version here). */
    void updateReceived(Connection c, long id, String sourceCity, Received r, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE MAT_CASE SET TITLE = ?, SUMMARY = ?, OUTCOME = ?,"
                + " FIELD_CODES = ?, PUBLISHED_ON = ?, UPDATED_AT = ?, KINDS = ?, AREA_NAME = ?, SOURCE_CITY = ?,"
                + " VERSION = VERSION + 1 WHERE ID = ? AND SOURCE_KEY IS NOT NULL")) {
            setReceived(ps, r, now);
            ps.setString(9, sourceCity);
            ps.setLong(10, id);
            Jdbc.requireOneRow(ps.executeUpdate());
        }
    }

    Optional<Long> idOfSource(Connection c, String sourceKey) throws SQLException {
        return Jdbc.list(c, "SELECT ID FROM MAT_CASE WHERE SOURCE_KEY = ?", List.of(sourceKey), rs -> rs.getLong(1))
                .stream()
                .findFirst();
    }

    /** The cases of these ids (at most what one IN list takes), published ones only if asked; by id. */
    List<CaseStudy> list(Connection c, Collection<Long> ids, boolean publishedOnly) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM MAT_CASE WHERE ID IN (" + Sql.placeholders(ids.size()) + ")"
                        + (publishedOnly ? " AND PUBLISHED_ON IS NOT NULL" : "") + " ORDER BY ID",
                List.copyOf(ids),
                CaseStore::row);
    }

    /**
     * Published cases whose title, summary or outcome contains every term, the newest publication first — this
     * city's own (received ones are not this city's to pass on).
     */
    List<CaseStudy> published(Connection c, List<String> terms, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "SELECT " + COLUMNS + " FROM MAT_CASE WHERE PUBLISHED_ON IS NOT NULL AND SOURCE_KEY IS NULL");
        List<Object> params = new ArrayList<>();
        for (String term : terms) {
            sql.append(" AND (TITLE LIKE ? ESCAPE '\\' OR SUMMARY LIKE ? ESCAPE '\\' OR OUTCOME LIKE ? ESCAPE '\\')");
            String pattern = Sql.containsPattern(term);
            params.add(pattern);
            params.add(pattern);
            params.add(pattern);
        }
        sql.append(" ORDER BY PUBLISHED_ON DESC, ID DESC FETCH FIRST " + limit + " ROWS ONLY");
        return Jdbc.list(c, sql.toString(), params, CaseStore::row);
    }

    void update(Connection c, long id, int expectedVersion, CaseDraft d, LocalDate publishedOn, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE MAT_CASE SET TITLE = ?, SUMMARY = ?, OUTCOME = ?,"
                + " PUBLISHED_ON = ?, UPDATED_AT = ?, VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) {
            ps.setString(1, d.title());
            ps.setString(2, d.summary());
            ps.setString(3, d.outcome());
            Jdbc.setDate(ps, 4, publishedOn);
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setLong(6, id);
            ps.setInt(7, expectedVersion);
            Jdbc.requireOneRow(ps.executeUpdate());
        }
    }

    Optional<CaseStudy> get(Connection c, long id) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM MAT_CASE WHERE ID = ?", List.of(id), CaseStore::row).stream()
                .findFirst();
    }

    Page<CaseStudy> search(Connection c, boolean publishedOnly, PageRequest page) throws SQLException {
        String where = publishedOnly ? " WHERE PUBLISHED_ON IS NOT NULL" : "";
        return Jdbc.page(
                c,
                "SELECT " + COLUMNS + " FROM MAT_CASE" + where + " ORDER BY UPDATED_AT DESC, ID DESC",
                "SELECT COUNT(*) FROM MAT_CASE" + where,
                List.of(),
                page,
                CaseStore::row);
    }

    private static CaseStudy row(ResultSet rs) throws SQLException {
        return new CaseStudy(
                rs.getLong(1),
                rs.getInt(2),
                rs.getLong(3),
                new CaseDraft(rs.getString(4), rs.getString(5), rs.getString(6), rs.getDate(9) != null),
                Codes.strings(rs.getString(7)),
                rs.getString(8),
                Jdbc.localDate(rs, 9),
                rs.getTimestamp(10).toInstant(),
                Codes.enums(rs.getString(11), NeedKind.class),
                rs.getString(12),
                rs.getString(13));
    }
}
