package jp.kyodo.registry.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;

/**
 * The SQL of the partner tables common to organisations and people: REG_PARTNER with its field and
 * area rows, what the search index is built from, and a plain SQL search (used while the index is
 * being built, and as the benchmark's baseline). Works on the caller's connection (and so in the
 * caller's transaction).
 */
final class RegistryStore {

    private static final String SUMMARY_COLUMNS = "p.ID, p.PTYPE, p.NAME, p.READING, p.STATUS, p.FIELD_CODES,"
            + " p.AREA_CODES, p.CERT_FROM, p.CERT_UNTIL, p.EXPERT, p.VOLUNTEER, p.ACTIVE";

    private final Clock clock;

    RegistryStore(Clock clock) {
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- writing ----------------------------------------------------------------------------

    long insertPartner(Connection c, PartnerRow row, boolean active) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO REG_PARTNER (PTYPE, NAME, READING, SORT_KEY, STATUS, ACTIVE, CERT_FROM, CERT_UNTIL,"
                        + " EXPERT, VOLUNTEER, PROFILE_CONSENT, FIELD_CODES, AREA_CODES, SEARCH_TEXT,"
                        + " REGISTERED_ON, CREATED_AT, UPDATED_AT, VERSION)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            int i = bindPartner(ps, row);
            ps.setBoolean(6, active);
            ps.setBoolean(i++, false);
            ps.setString(i++, SearchText.joinCodes(row.fieldCodes()));
            ps.setString(i++, SearchText.joinCodes(row.areaCodes()));
            ps.setString(i++, row.searchText());
            ps.setDate(i++, Date.valueOf(row.registeredOn()));
            ps.setTimestamp(i++, now);
            ps.setTimestamp(i, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        writeChildren(c, id, row, false);
        return id;
    }

    /**
     * Replaces the partner's columns, bumping its version.
     *
     * @throws ConflictException when the stored version is not {@code expectedVersion}
     */
    void updatePartner(Connection c, long id, int expectedVersion, PartnerRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE REG_PARTNER SET PTYPE = ?, NAME = ?, READING = ?,"
                + " SORT_KEY = ?, STATUS = ?, CERT_FROM = ?, CERT_UNTIL = ?, EXPERT = ?,"
                + " VOLUNTEER = ?, FIELD_CODES = ?, AREA_CODES = ?, SEARCH_TEXT = ?, UPDATED_AT = ?,"
                + " VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) {
            ps.setString(1, row.type().name());
            ps.setString(2, row.name());
            ps.setString(3, row.reading());
            ps.setString(4, jp.kyodo.core.text.JapaneseText.readingSortKey(row.reading()));
            ps.setString(5, row.status());
            setDate(ps, 6, row.certFrom());
            setDate(ps, 7, row.certUntil());
            ps.setBoolean(8, row.expert());
            ps.setBoolean(9, row.volunteer());
            ps.setString(10, SearchText.joinCodes(row.fieldCodes()));
            ps.setString(11, SearchText.joinCodes(row.areaCodes()));
            ps.setString(12, row.searchText());
            ps.setTimestamp(13, Timestamp.from(clock.instant()));
            ps.setLong(14, id);
            ps.setInt(15, expectedVersion);
            if (ps.executeUpdate() == 0) {
                throw new ConflictException("この記録は他の人が先に更新しました。画面を開き直してから、もう一度変更してください");
            }
        }
        writeChildren(c, id, row, true);
    }

    /** Sets the active flag (deactivation, reactivation, erasure), bumping the version. */
    void setActive(Connection c, long id, boolean active) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE REG_PARTNER SET ACTIVE = ?, UPDATED_AT = ?, VERSION = VERSION + 1 WHERE ID = ?")) {
            ps.setBoolean(1, active);
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    /** Sets when the partner registered (for data taken over from an earlier register). */
    void setRegisteredOn(Connection c, long id, LocalDate date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE REG_PARTNER SET REGISTERED_ON = ? WHERE ID = ?")) {
            ps.setDate(1, Date.valueOf(date));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    void setProfileConsent(Connection c, long id, boolean consent) throws SQLException {
        // UPDATED_AT too: who may see the person changed, and the search index follows UPDATED_AT
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE REG_PARTNER SET PROFILE_CONSENT = ?, UPDATED_AT = ? WHERE ID = ?")) {
            ps.setBoolean(1, consent);
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    private static int bindPartner(PreparedStatement ps, PartnerRow row) throws SQLException {
        ps.setString(1, row.type().name());
        ps.setString(2, row.name());
        ps.setString(3, row.reading());
        ps.setString(4, jp.kyodo.core.text.JapaneseText.readingSortKey(row.reading()));
        ps.setString(5, row.status());
        setDate(ps, 7, row.certFrom());
        setDate(ps, 8, row.certUntil());
        ps.setBoolean(9, row.expert());
        ps.setBoolean(10, row.volunteer());
        return 11;
    }

    private void writeChildren(Connection c, long id, PartnerRow row, boolean replace) throws SQLException {
        if (replace) {
            for (String table : List.of("REG_PARTNER_FIELD", "REG_PARTNER_AREA")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE PARTNER_ID = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
        }
        insertPairs(c, "INSERT INTO REG_PARTNER_FIELD (FIELD_CODE, PARTNER_ID) VALUES (?, ?)", id, row.fieldCodes());
        insertPairs(c, "INSERT INTO REG_PARTNER_AREA (AREA_CODE, PARTNER_ID) VALUES (?, ?)", id, row.areaCodes());
    }

    private static void insertPairs(Connection c, String sql, long id, Set<String> values) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String value : values) {
                ps.setString(1, value);
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    // ---- reading ----------------------------------------------------------------------------

    Optional<PartnerMeta> meta(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT PTYPE, ACTIVE, VERSION, CREATED_AT, UPDATED_AT,"
                + " PROFILE_CONSENT FROM REG_PARTNER WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PartnerMeta(
                        id,
                        PartnerType.valueOf(rs.getString(1)),
                        rs.getBoolean(2),
                        rs.getInt(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(),
                        rs.getBoolean(6)));
            }
        }
    }

    Optional<PartnerSummary> summary(Connection c, long id) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM REG_PARTNER p WHERE p.ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(summary(rs, today())) : Optional.empty();
            }
        }
    }

    /** Partners matching the spec, one page, with the total count. */
    Page<PartnerSummary> search(Connection c, SearchSpec spec, PageRequest page) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(spec, params);
        String order = spec.byUpdated() ? " ORDER BY p.UPDATED_AT DESC, p.ID DESC" : " ORDER BY p.SORT_KEY, p.ID";
        List<PartnerSummary> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM REG_PARTNER p" + where
                + order + " OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.limit() + " ROWS ONLY")) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                LocalDate today = spec.today();
                while (rs.next()) {
                    items.add(summary(rs, today));
                }
            }
        }
        long total;
        if (page.offset() == 0 && items.size() < page.limit()) {
            total = items.size();
        } else {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM REG_PARTNER p" + where)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        }
        return new Page<>(items, total, page);
    }

    /** Visits every partner matching the spec in order (for exports), without holding them all. */
    void forEach(Connection c, SearchSpec spec, SqlConsumer<PartnerSummary> visitor) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + SUMMARY_COLUMNS + " FROM REG_PARTNER p" + where(spec, params)
                + " ORDER BY p.SORT_KEY, p.ID";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    visitor.accept(summary(rs, spec.today()));
                }
            }
        }
    }

    @FunctionalInterface
    interface SqlConsumer<T> {
        void accept(T value) throws SQLException;
    }

    private static String where(SearchSpec spec, List<Object> params) {
        PartnerQuery q = spec.query();
        List<String> conditions = new ArrayList<>();
        for (String term : SearchText.terms(q.text())) {
            conditions.add("p.SEARCH_TEXT LIKE ? ESCAPE '\\'");
            params.add(SearchText.containsPattern(term));
        }
        if (!q.types().isEmpty()) {
            conditions.add("p.PTYPE IN (" + placeholders(q.types().size()) + ")");
            q.types().stream().map(PartnerType::name).sorted().forEach(params::add);
        }
        if (!q.statuses().isEmpty()) {
            conditions.add("p.STATUS IN (" + placeholders(q.statuses().size()) + ")");
            q.statuses().stream().map(OrganisationStatus::name).sorted().forEach(params::add);
        }
        if (!q.fieldCode().isEmpty()) {
            // EXISTS, not IN: Derby runs an IN subquery once per row without its index
            conditions.add("EXISTS (SELECT 1 FROM REG_PARTNER_FIELD f WHERE f.PARTNER_ID = p.ID AND f.FIELD_CODE = ?)");
            params.add(q.fieldCode());
        }
        if (!spec.areaCodes().isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM REG_PARTNER_AREA a WHERE a.PARTNER_ID = p.ID AND a.AREA_CODE IN ("
                    + placeholders(spec.areaCodes().size()) + "))");
            spec.areaCodes().stream().sorted().forEach(params::add);
        }
        if (q.certifiedOnly()) {
            conditions.add("p.CERT_FROM <= ? AND (p.CERT_UNTIL IS NULL OR p.CERT_UNTIL >= ?)");
            params.add(Date.valueOf(spec.today()));
            params.add(Date.valueOf(spec.today()));
        }
        if (q.expertsOnly()) {
            conditions.add("p.EXPERT = TRUE");
        }
        if (q.volunteersOnly()) {
            conditions.add("p.VOLUNTEER = TRUE");
        }
        if (!q.includeInactive()) {
            conditions.add("p.ACTIVE = TRUE");
        }
        if (spec.consentedPeopleOnly()) {
            conditions.add("(p.PTYPE <> 'CITIZEN' OR p.PROFILE_CONSENT = TRUE)");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String placeholders(int n) {
        StringJoiner j = new StringJoiner(", ");
        for (int i = 0; i < n; i++) {
            j.add("?");
        }
        return j.toString();
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Date d) {
                ps.setDate(i + 1, d);
            } else {
                ps.setString(i + 1, (String) p);
            }
        }
    }

    private static PartnerSummary summary(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate from = toLocalDate(rs.getDate(8));
        LocalDate until = toLocalDate(rs.getDate(9));
        boolean certified = from != null && !today.isBefore(from) && (until == null || !today.isAfter(until));
        return new PartnerSummary(
                rs.getLong(1),
                PartnerType.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                SearchText.splitCodes(rs.getString(6)),
                SearchText.splitCodes(rs.getString(7)),
                certified,
                rs.getBoolean(10),
                rs.getBoolean(11),
                rs.getBoolean(12));
    }

    /**
     * Active partners of the kind whose name and reading are those given, or (when not empty) whose
     * phone, e-mail or 法人番号 in the detail table are those given.
     */
    List<PartnerSummary> duplicates(
            Connection c,
            boolean organisations,
            String name,
            String reading,
            Map<String, String> detailColumns,
            Long exceptId)
            throws SQLException {
        // one indexed lookup per criterion, then the rows: Derby would evaluate IN (subquery) row by row
        Set<Long> ids = new java.util.TreeSet<>(
                ids(c, "SELECT ID FROM REG_PARTNER WHERE NAME = ? AND READING = ?", name, reading));
        String detailTable = organisations ? "REG_ORGANISATION" : "REG_PERSON";
        for (Map.Entry<String, String> e : detailColumns.entrySet()) {
            if (!e.getValue().isEmpty()) {
                ids.addAll(ids(c, "SELECT ID FROM " + detailTable + " WHERE " + e.getKey() + " = ?", e.getValue()));
            }
        }
        if (exceptId != null) {
            ids.remove(exceptId);
        }
        List<PartnerSummary> found = new ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        String kind = organisations ? "p.PTYPE <> 'CITIZEN'" : "p.PTYPE = 'CITIZEN'";
        String sql = "SELECT " + SUMMARY_COLUMNS + " FROM REG_PARTNER p WHERE p.ACTIVE = TRUE AND " + kind
                + " AND p.ID IN (" + placeholders(ids.size()) + ") ORDER BY p.SORT_KEY FETCH FIRST 10 ROWS ONLY";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (long id : ids) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(summary(rs, today()));
                }
            }
        }
        return found;
    }

    // ---- the search index's source ------------------------------------------------------------

    private static final String ENTRY_COLUMNS = "ID, PTYPE, NAME, READING, STATUS, ACTIVE, PROFILE_CONSENT, EXPERT,"
            + " VOLUNTEER, CERT_FROM, CERT_UNTIL, FIELD_CODES, AREA_CODES, SORT_KEY, SEARCH_TEXT, REGISTERED_ON,"
            + " UPDATED_AT";

    /** Every partner, for building the search index. */
    List<PartnerIndex.Entry> allEntries(Connection c) throws SQLException {
        return entries(c, "SELECT " + ENTRY_COLUMNS + " FROM REG_PARTNER", List.of());
    }

    /** The partners with these ids. */
    List<PartnerIndex.Entry> entries(Connection c, Collection<Long> ids) throws SQLException {
        List<PartnerIndex.Entry> out = new ArrayList<>();
        List<Long> list = List.copyOf(ids);
        for (int from = 0; from < list.size(); from += 500) {
            List<Long> chunk = list.subList(from, Math.min(from + 500, list.size()));
            out.addAll(entries(
                    c,
                    "SELECT " + ENTRY_COLUMNS + " FROM REG_PARTNER WHERE ID IN (" + placeholders(chunk.size()) + ")",
                    chunk));
        }
        return out;
    }

    /** The partners changed at or after the instant (another node's changes reach the index this way). */
    List<PartnerIndex.Entry> entriesUpdatedSince(Connection c, Instant since) throws SQLException {
        return entries(
                c,
                "SELECT " + ENTRY_COLUMNS + " FROM REG_PARTNER WHERE UPDATED_AT >= ?",
                List.of(Timestamp.from(since)));
    }

    private static List<PartnerIndex.Entry> entries(Connection c, String sql, List<?> params) throws SQLException {
        List<PartnerIndex.Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PartnerIndex.Entry(
                            rs.getLong(1),
                            PartnerType.valueOf(rs.getString(2)),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getBoolean(6),
                            rs.getBoolean(7),
                            rs.getBoolean(8),
                            rs.getBoolean(9),
                            toLocalDate(rs.getDate(10)),
                            toLocalDate(rs.getDate(11)),
                            Set.copyOf(SearchText.splitCodes(rs.getString(12))),
                            Set.copyOf(SearchText.splitCodes(rs.getString(13))),
                            rs.getString(14),
                            rs.getString(15),
                            rs.getDate(16).toLocalDate(),
                            rs.getTimestamp(17).toInstant()));
                }
            }
        }
        return out;
    }

    private static List<Long> ids(Connection c, String sql, String... params) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    // ---- statistics -------------------------------------------------------------------------

    Map<PartnerType, Long> countByType(Connection c) throws SQLException {
        Map<PartnerType, Long> counts = new EnumMap<>(PartnerType.class);
        for (PartnerType t : PartnerType.values()) {
            counts.put(t, 0L);
        }
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT PTYPE, COUNT(*) FROM REG_PARTNER WHERE ACTIVE = TRUE GROUP BY PTYPE");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(PartnerType.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }
        return counts;
    }

    Map<String, Long> organisationsByField(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.FIELD_CODE, COUNT(*) FROM REG_PARTNER_FIELD f"
                        + " JOIN REG_PARTNER p ON p.ID = f.PARTNER_ID WHERE p.ACTIVE = TRUE GROUP BY f.FIELD_CODE");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    long countWhere(Connection c, String condition, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM REG_PARTNER WHERE " + condition)) {
            bind(ps, List.of(params));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // ---- helpers for the detail stores ------------------------------------------------------

    static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(date));
        }
    }

    static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    static Integer getInteger(ResultSet rs, int index) throws SQLException {
        int v = rs.getInt(index);
        return rs.wasNull() ? null : v;
    }

    static Instant toInstant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
