package jp.kyodo.registry.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.persistence.Columns;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.RegistryStatistics;

/**
 * Reads of many partners at once from REG_PARTNER: the plain SQL search (used while the search index is
 * being built, for exports, and as the benchmark's baseline), what the search index is built from, the
 * dashboard's counts, and the summaries of given partners. Works on the caller's connection.
 */
final class PartnerScans {

    private static final Columns SUMMARY = Columns.of(
            "ID",
            "PTYPE",
            "NAME",
            "READING",
            "STATUS",
            "FIELD_CODES",
            "AREA_CODES",
            "CERT_FROM",
            "CERT_UNTIL",
            "EXPERT",
            "VOLUNTEER",
            "ACTIVE");

    private static final Columns ENTRY = Columns.of(
            "ID",
            "PTYPE",
            "NAME",
            "READING",
            "STATUS",
            "ACTIVE",
            "PROFILE_CONSENT",
            "EXPERT",
            "VOLUNTEER",
            "CERT_FROM",
            "CERT_UNTIL",
            "FIELD_CODES",
            "AREA_CODES",
            "SORT_KEY",
            "SEARCH_TEXT",
            "REGISTERED_ON",
            "UPDATED_AT");

    /** A received organisation's city (shown with it in lists): people and this city's organisations have none. */
    private static final String WITH_SOURCE =
            ", COALESCE(o.SOURCE_CITY, '') AS SOURCE_CITY FROM REG_PARTNER p LEFT JOIN REG_ORGANISATION o ON o.ID = p.ID";

    private final PartnerTable partners;

    PartnerScans(PartnerTable partners) {
        this.partners = partners;
    }

    // ---- search -----------------------------------------------------------------------------

    /** Partners matching the spec, one page, with the total count. */
    Page<PartnerSummary> search(Connection c, SearchSpec spec, PageRequest page) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(spec, params);
        String order = spec.byUpdated() ? " ORDER BY p.UPDATED_AT DESC, p.ID DESC" : " ORDER BY p.SORT_KEY, p.ID";
        List<PartnerSummary> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY.list("p") + WITH_SOURCE + where + order
                + " OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.limit() + " ROWS ONLY")) {
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

    /** The ids of every partner matching the spec, in 50音 order (for exports). */
    List<Long> ids(Connection c, SearchSpec spec) throws SQLException {
        List<Object> params = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT p.ID FROM REG_PARTNER p" + where(spec, params) + " ORDER BY p.SORT_KEY, p.ID")) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static String where(SearchSpec spec, List<Object> params) {
        PartnerQuery q = spec.query();
        List<String> conditions = new ArrayList<>();
        for (String term : JapaneseText.searchTerms(q.text())) {
            conditions.add("p.SEARCH_TEXT LIKE ? ESCAPE '\\'");
            params.add(Sql.containsPattern(term));
        }
        if (!q.types().isEmpty()) {
            conditions.add("p.PTYPE IN (" + Sql.placeholders(q.types().size()) + ")");
            q.types().stream().map(PartnerType::name).sorted().forEach(params::add);
        }
        if (!q.statuses().isEmpty()) {
            conditions.add("p.STATUS IN (" + Sql.placeholders(q.statuses().size()) + ")");
            q.statuses().stream().map(OrganisationStatus::name).sorted().forEach(params::add);
        }
        if (!q.fieldCode().isEmpty()) {
            // EXISTS, not IN: Derby runs an IN subquery once per row without its index
            conditions.add("EXISTS (SELECT 1 FROM REG_PARTNER_FIELD f WHERE f.PARTNER_ID = p.ID AND f.FIELD_CODE = ?)");
            params.add(q.fieldCode());
        }
        if (!spec.areaCodes().isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM REG_PARTNER_AREA a WHERE a.PARTNER_ID = p.ID AND a.AREA_CODE IN ("
                    + Sql.placeholders(spec.areaCodes().size()) + "))");
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

    // ---- given partners ---------------------------------------------------------------------

    /** The active partners of the kind among the ids: the first ten in 50音 order. */
    List<PartnerSummary> activeAmong(Connection c, PartnerKind kind, Collection<Long> ids) throws SQLException {
        List<PartnerSummary> found = new ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<PartnerType> types = typesOf(kind);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY.list("p") + WITH_SOURCE
                + " WHERE p.ACTIVE = TRUE AND p.PTYPE IN (" + Sql.placeholders(types.size())
                + ") AND p.ID IN (" + Sql.placeholders(ids.size())
                + ") ORDER BY p.SORT_KEY FETCH FIRST 10 ROWS ONLY")) {
            int i = 1;
            for (PartnerType t : types) {
                ps.setString(i++, t.name());
            }
            for (long id : ids) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                LocalDate today = partners.today();
                while (rs.next()) {
                    found.add(summary(rs, today));
                }
            }
        }
        return found;
    }

    /** The name and reading of every active partner of the kind. */
    Set<NameKey> activeNames(Connection c, PartnerKind kind) throws SQLException {
        List<PartnerType> types = typesOf(kind);
        Set<NameKey> names = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT NAME, READING FROM REG_PARTNER WHERE ACTIVE = TRUE"
                + " AND PTYPE IN (" + Sql.placeholders(types.size()) + ")")) {
            for (int i = 0; i < types.size(); i++) {
                ps.setString(i + 1, types.get(i).name());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(new NameKey(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return names;
    }

    private static List<PartnerType> typesOf(PartnerKind kind) {
        return java.util.Arrays.stream(PartnerType.values())
                .filter(t -> t.kind() == kind)
                .toList();
    }

    private static PartnerSummary summary(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate from = toLocalDate(rs.getDate("CERT_FROM"));
        LocalDate until = toLocalDate(rs.getDate("CERT_UNTIL"));
        boolean certified = from != null && !today.isBefore(from) && (until == null || !today.isAfter(until));
        return new PartnerSummary(
                rs.getLong("ID"),
                PartnerType.valueOf(rs.getString("PTYPE")),
                rs.getString("NAME"),
                rs.getString("READING"),
                rs.getString("STATUS"),
                SearchText.splitCodes(rs.getString("FIELD_CODES")),
                SearchText.splitCodes(rs.getString("AREA_CODES")),
                certified,
                rs.getBoolean("EXPERT"),
                rs.getBoolean("VOLUNTEER"),
                rs.getBoolean("ACTIVE"),
                rs.getString("SOURCE_CITY"));
    }

    // ---- the search index's source ------------------------------------------------------------

    /** Every partner, for building the search index. */
    List<PartnerIndex.Entry> allEntries(Connection c) throws SQLException {
        return entries(c, "SELECT " + ENTRY.list("p") + WITH_SOURCE, List.of());
    }

    /** The partners with these ids. */
    List<PartnerIndex.Entry> entries(Connection c, Collection<Long> ids) throws SQLException {
        List<PartnerIndex.Entry> out = new ArrayList<>();
        List<Long> list = List.copyOf(ids);
        for (int from = 0; from < list.size(); from += 500) {
            List<Long> chunk = list.subList(from, Math.min(from + 500, list.size()));
            out.addAll(entries(
                    c,
                    "SELECT " + ENTRY.list("p") + WITH_SOURCE + " WHERE p.ID IN (" + Sql.placeholders(chunk.size())
                            + ")",
                    chunk));
        }
        return out;
    }

    /** The partners changed at or after the instant (another node's changes reach the index this way). */
    List<PartnerIndex.Entry> entriesUpdatedSince(Connection c, Instant since) throws SQLException {
        return entries(
                c,
                "SELECT " + ENTRY.list("p") + WITH_SOURCE + " WHERE p.UPDATED_AT >= ?",
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
                            rs.getLong("ID"),
                            PartnerType.valueOf(rs.getString("PTYPE")),
                            rs.getString("NAME"),
                            rs.getString("READING"),
                            rs.getString("STATUS"),
                            rs.getBoolean("ACTIVE"),
                            rs.getBoolean("PROFILE_CONSENT"),
                            rs.getBoolean("EXPERT"),
                            rs.getBoolean("VOLUNTEER"),
                            toLocalDate(rs.getDate("CERT_FROM")),
                            toLocalDate(rs.getDate("CERT_UNTIL")),
                            Set.copyOf(SearchText.splitCodes(rs.getString("FIELD_CODES"))),
                            Set.copyOf(SearchText.splitCodes(rs.getString("AREA_CODES"))),
                            rs.getString("SORT_KEY"),
                            rs.getString("SEARCH_TEXT"),
                            rs.getDate("REGISTERED_ON").toLocalDate(),
                            rs.getTimestamp("UPDATED_AT").toInstant(),
                            rs.getString("SOURCE_CITY")));
                }
            }
        }
        return out;
    }

    // ---- counts -----------------------------------------------------------------------------

    /** Every partner, active or not. */
    long count(Connection c) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM REG_PARTNER", null);
    }

    /** The dashboard's counts by SQL (the search index answers them while it is built). */
    RegistryStatistics statistics(Connection c, FiscalYear fy) throws SQLException {
        return new RegistryStatistics(
                countByType(c),
                organisationsByField(c),
                count(c, "SELECT COUNT(*) FROM REG_PARTNER WHERE ACTIVE = TRUE AND EXPERT = TRUE", null),
                fy,
                count(
                        c,
                        "SELECT COUNT(*) FROM REG_PARTNER WHERE ACTIVE = TRUE AND REGISTERED_ON >= ?",
                        Date.valueOf(fy.start())));
    }

    private static Map<PartnerType, Long> countByType(Connection c) throws SQLException {
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

    private static Map<String, Long> organisationsByField(Connection c) throws SQLException {
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

    private static long count(Connection c, String sql, Date param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setDate(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

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

    static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
