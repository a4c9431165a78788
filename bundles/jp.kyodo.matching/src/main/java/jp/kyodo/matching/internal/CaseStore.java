package jp.kyodo.matching.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.matching.CaseDraft;
import jp.kyodo.matching.CaseStudy;

/** The SQL of MAT_CASE, on the caller's connection. */
final class CaseStore {

    private static final String COLUMNS =
            "ID, VERSION, MATCH_ID, TITLE, SUMMARY, OUTCOME, FIELD_CODES, AREA_CODE," + " PUBLISHED_ON, UPDATED_AT";

    long insert(
            Connection c,
            long matchId,
            CaseDraft d,
            String fieldCodes,
            String areaCode,
            LocalDate publishedOn,
            Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO MAT_CASE (MATCH_ID, TITLE, SUMMARY, OUTCOME, FIELD_CODES, AREA_CODE, PUBLISHED_ON,"
                        + " UPDATED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, matchId);
            ps.setString(2, d.title());
            ps.setString(3, d.summary());
            ps.setString(4, d.outcome());
            ps.setString(5, fieldCodes);
            ps.setString(6, areaCode);
            Jdbc.setDate(ps, 7, publishedOn);
            ps.setTimestamp(8, Timestamp.from(now));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
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
                rs.getTimestamp(10).toInstant());
    }
}
