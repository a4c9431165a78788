package jp.kyodo.funding.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.funding.NeighbourCall;

/** Grant calls received from neighbouring cities (FUN_NEIGHBOUR_CALL, SQL). */
final class NeighbourCallStore {

    private static final String COLUMNS = "ID, SOURCE_CODE, SOURCE_CITY, REMOTE_ID, TITLE, TITLE_KANA, KIND,"
            + " FISCAL_YEAR, SUMMARY, TARGET, SUPPORT, MAX_AMOUNT_YEN, SUBSIDY_RATE, BUDGET_YEN, OPENS_ON, CLOSES_ON,"
            + " DOCUMENTS, DEPARTMENT, CONTACT, URL, RECEIVED_AT, UPDATED_AT";

    /** The columns a received call writes, in the order {@link #bindCall} binds them. */
    private static final String WRITTEN = "SOURCE_CITY, TITLE, TITLE_KANA, KIND, FISCAL_YEAR, SUMMARY, TARGET,"
            + " SUPPORT, MAX_AMOUNT_YEN, SUBSIDY_RATE, BUDGET_YEN, OPENS_ON, CLOSES_ON, DOCUMENTS, DEPARTMENT, CONTACT,"
            + " URL, SEARCH_TEXT, UPDATED_AT";

    Optional<Long> idOfSource(Connection c, String sourceKey) throws SQLException {
        List<Long> ids = Jdbc.list(
                c, "SELECT ID FROM FUN_NEIGHBOUR_CALL WHERE SOURCE_KEY = ?", List.of(sourceKey), rs -> rs.getLong(1));
        return ids.stream().findFirst();
    }

    long insert(Connection c, String sourceKey, NeighbourCall call, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO FUN_NEIGHBOUR_CALL (" + WRITTEN + ", VERSION, SOURCE_KEY, SOURCE_CODE, REMOTE_ID,"
                        + " RECEIVED_AT) VALUES (" + Sql.placeholders(24) + ")",
                Statement.RETURN_GENERATED_KEYS)) {
            int next = bindCall(ps, call, now);
            ps.setInt(next++, 1);
            ps.setString(next++, sourceKey);
            ps.setString(next++, call.municipalityCode());
            ps.setString(next++, call.remoteId());
            Jdbc.setTimestamp(ps, next, now);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** @return whether the row exists (and was written) */
    boolean update(Connection c, long id, NeighbourCall call, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE FUN_NEIGHBOUR_CALL SET "
                + String.join(" = ?, ", WRITTEN.split(", ")) + " = ?, VERSION = VERSION + 1 WHERE ID = ?")) {
            int next = bindCall(ps, call, now);
            ps.setLong(next, id);
            return ps.executeUpdate() == 1;
        }
    }

    private static int bindCall(PreparedStatement ps, NeighbourCall call, Instant now) throws SQLException {
        int i = 1;
        ps.setString(i++, call.municipalityName());
        ps.setString(i++, call.title());
        ps.setString(i++, call.titleKana());
        ps.setString(i++, call.kind());
        ps.setString(i++, call.fiscalYear());
        ps.setString(i++, call.summary());
        ps.setString(i++, call.target());
        ps.setString(i++, call.support());
        Jdbc.setLong(ps, i++, call.maxAmountYen());
        ps.setString(i++, call.subsidyRate());
        Jdbc.setLong(ps, i++, call.budgetYen());
        Jdbc.setDate(ps, i++, call.opensOn());
        Jdbc.setDate(ps, i++, call.closesOn());
        ps.setString(i++, call.documents());
        ps.setString(i++, call.department());
        ps.setString(i++, call.contact());
        ps.setString(i++, call.url());
        ps.setString(
                i++,
                Codes.searchText(
                        6000,
                        call.title(),
                        call.titleKana(),
                        call.municipalityName(),
                        call.kind(),
                        call.summary(),
                        call.target(),
                        call.department()));
        Jdbc.setTimestamp(ps, i++, now);
        return i;
    }

    Optional<NeighbourCall> get(Connection c, long id) throws SQLException {
        return list(c, List.of(id)).stream().findFirst();
    }

    /** The calls of the ids (at most {@link PageRequest#MAX_LIMIT}) in one query. */
    List<NeighbourCall> list(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM FUN_NEIGHBOUR_CALL WHERE ID IN (" + Sql.placeholders(ids.size())
                        + ") ORDER BY ID",
                ids,
                NeighbourCallStore::row);
    }

    /**
     * A page of the calls matching the text: taking applications on the day first (closing soonest first), then
     * those opening later (soonest first), then the ended ones (latest first).
     */
    Page<NeighbourCall> search(Connection c, String text, LocalDate today, PageRequest page) throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (String term : JapaneseText.searchTerms(text)) {
            where.add("SEARCH_TEXT LIKE ? ESCAPE '\\'");
            params.add(Sql.containsPattern(term));
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        // the day as a literal: the count query shares the parameters of the conditions only
        String day = "CAST('" + today + "' AS DATE)";
        String ended = "CLOSES_ON < " + day;
        String later = "OPENS_ON > " + day;
        return Jdbc.page(
                c,
                "SELECT " + COLUMNS + ", CASE WHEN " + ended + " THEN 2 WHEN " + later
                        + " THEN 1 ELSE 0 END AS STANDING"
                        + " FROM FUN_NEIGHBOUR_CALL" + condition
                        + " ORDER BY STANDING, CASE WHEN " + ended + " THEN CAST(NULL AS DATE) WHEN " + later
                        + " THEN OPENS_ON ELSE CLOSES_ON END, CASE WHEN " + ended
                        + " THEN CLOSES_ON ELSE CAST(NULL AS DATE) END DESC, ID",
                "SELECT COUNT(*) FROM FUN_NEIGHBOUR_CALL" + condition,
                params,
                page,
                NeighbourCallStore::row);
    }

    private static NeighbourCall row(ResultSet rs) throws SQLException {
        return new NeighbourCall(
                rs.getLong("ID"),
                rs.getString("SOURCE_CODE"),
                rs.getString("SOURCE_CITY"),
                rs.getString("REMOTE_ID"),
                rs.getString("TITLE"),
                rs.getString("TITLE_KANA"),
                rs.getString("KIND"),
                rs.getString("FISCAL_YEAR"),
                rs.getString("SUMMARY"),
                rs.getString("TARGET"),
                rs.getString("SUPPORT"),
                Jdbc.longValue(rs, rs.findColumn("MAX_AMOUNT_YEN")),
                rs.getString("SUBSIDY_RATE"),
                Jdbc.longValue(rs, rs.findColumn("BUDGET_YEN")),
                Jdbc.localDate(rs, rs.findColumn("OPENS_ON")),
                Jdbc.localDate(rs, rs.findColumn("CLOSES_ON")),
                rs.getString("DOCUMENTS"),
                rs.getString("DEPARTMENT"),
                rs.getString("CONTACT"),
                rs.getString("URL"),
                Jdbc.instant(rs, rs.findColumn("RECEIVED_AT")),
                Jdbc.instant(rs, rs.findColumn("UPDATED_AT")));
    }
}
