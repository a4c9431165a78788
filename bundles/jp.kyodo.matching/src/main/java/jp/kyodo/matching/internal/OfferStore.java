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
import jp.kyodo.matching.OfferDraft;
import jp.kyodo.matching.OfferKind;
import jp.kyodo.matching.OfferQuery;
import jp.kyodo.matching.OfferStatus;
import jp.kyodo.matching.Offers;
import jp.kyodo.registry.TimeBand;

/** The SQL of MAT_OFFER, on the caller's connection. */
final class OfferStore {

    record Row(long id, int version, OfferDraft draft, OfferStatus status, Instant createdAt, Instant updatedAt) {}

    private static final String COLUMNS = "ID, VERSION, PROVIDER_ID, KIND, TITLE, DESCRIPTION, SKILLS, FIELD_CODES,"
            + " AREA_CODE, DAYS, TIMES, HOURS, AMOUNT_YEN, VALID_UNTIL, STATUS, CREATED_AT, UPDATED_AT";

    long insert(Connection c, OfferDraft d, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO MAT_OFFER (PROVIDER_ID, KIND, TITLE, DESCRIPTION, SKILLS, FIELD_CODES, AREA_CODE, DAYS,"
                        + " TIMES, HOURS, AMOUNT_YEN, VALID_UNTIL, SEARCH_TEXT, STATUS, CREATED_AT, UPDATED_AT,"
                        + " VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            int i = bind(ps, d);
            ps.setString(i++, OfferStatus.AVAILABLE.name());
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setTimestamp(i, Timestamp.from(now));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    void update(Connection c, long id, int expectedVersion, OfferDraft d, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE MAT_OFFER SET PROVIDER_ID = ?, KIND = ?, TITLE = ?,"
                + " DESCRIPTION = ?, SKILLS = ?, FIELD_CODES = ?, AREA_CODE = ?, DAYS = ?, TIMES = ?, HOURS = ?,"
                + " AMOUNT_YEN = ?, VALID_UNTIL = ?, SEARCH_TEXT = ?, UPDATED_AT = ?, VERSION = VERSION + 1"
                + " WHERE ID = ? AND VERSION = ?")) {
            int i = bind(ps, d);
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setLong(i++, id);
            ps.setInt(i, expectedVersion);
            Jdbc.requireOneRow(ps.executeUpdate());
        }
    }

    void setStatus(Connection c, long id, int expectedVersion, OfferStatus status, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE MAT_OFFER SET STATUS = ?, UPDATED_AT = ?,"
                + " VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) {
            ps.setString(1, status.name());
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setLong(3, id);
            ps.setInt(4, expectedVersion);
            Jdbc.requireOneRow(ps.executeUpdate());
        }
    }

    private static int bind(PreparedStatement ps, OfferDraft d) throws SQLException {
        int i = 1;
        ps.setLong(i++, d.providerId());
        ps.setString(i++, d.kind().name());
        ps.setString(i++, d.title());
        ps.setString(i++, d.description());
        ps.setString(i++, d.skills());
        ps.setString(i++, Codes.join(d.fieldCodes()));
        ps.setString(i++, d.areaCode());
        ps.setString(i++, Codes.join(d.days()));
        ps.setString(i++, Codes.join(d.times()));
        Jdbc.setInteger(ps, i++, d.hours());
        Jdbc.setLong(ps, i++, d.amountYen());
        Jdbc.setDate(ps, i++, d.validUntil());
        ps.setString(i++, NeedStore.searchText(d.title(), d.description(), d.skills()));
        return i;
    }

    Optional<Row> get(Connection c, long id) throws SQLException {
        List<Row> rows =
                Jdbc.list(c, "SELECT " + COLUMNS + " FROM MAT_OFFER WHERE ID = ?", List.of(id), OfferStore::row);
        return rows.stream().findFirst();
    }

    /** Every offer, for the matcher's index. */
    List<Row> all(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM MAT_OFFER ORDER BY ID", List.of(), OfferStore::row);
    }

    /** The offers of providers, for re-reading them when a provider's profile changed. */
    List<Row> ofProvider(Connection c, long providerId) throws SQLException {
        return Jdbc.list(
                c, "SELECT " + COLUMNS + " FROM MAT_OFFER WHERE PROVIDER_ID = ?", List.of(providerId), OfferStore::row);
    }

    /** Offers changed at or after the instant (changes made on other nodes). */
    List<Row> changedSince(Connection c, Instant since) throws SQLException {
        return Jdbc.list(
                c, "SELECT " + COLUMNS + " FROM MAT_OFFER WHERE UPDATED_AT >= ?", List.of(since), OfferStore::row);
    }

    /** The sort keys of {@link jp.kyodo.matching.Offers#search} and their columns. */
    static final Map<String, String> SORTS = Map.of(
            Offers.SORT_UPDATED, "UPDATED_AT",
            Offers.SORT_TITLE, "TITLE",
            Offers.SORT_VALID_UNTIL, "VALID_UNTIL");

    Page<Row> search(Connection c, OfferQuery q, PageRequest page) throws SQLException {
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
            where.add("KIND = ?");
            params.add(q.kind().name());
        }
        if (q.providerId() != null) {
            where.add("PROVIDER_ID = ?");
            params.add(q.providerId());
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return Jdbc.page(
                c,
                "SELECT " + COLUMNS + " FROM MAT_OFFER" + condition
                        + Sorting.orderBy(page.sort(), SORTS, "UPDATED_AT DESC, ID DESC", "ID"),
                "SELECT COUNT(*) FROM MAT_OFFER" + condition,
                params,
                page,
                OfferStore::row);
    }

    private static Row row(ResultSet rs) throws SQLException {
        OfferDraft d = new OfferDraft(
                rs.getLong(3),
                OfferKind.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                Codes.strings(rs.getString(8)),
                rs.getString(9),
                Codes.days(rs.getString(10)),
                Codes.enums(rs.getString(11), TimeBand.class),
                Jdbc.integer(rs, 12),
                Jdbc.longValue(rs, 13),
                Jdbc.localDate(rs, 14));
        return new Row(
                rs.getLong(1),
                rs.getInt(2),
                d,
                OfferStatus.valueOf(rs.getString(15)),
                rs.getTimestamp(16).toInstant(),
                rs.getTimestamp(17).toInstant());
    }
}
