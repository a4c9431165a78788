package jp.kyodo.funding.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.funding.ApplicationQuery;
import jp.kyodo.funding.ApplicationStatistics;
import jp.kyodo.funding.ApplicationStatus;
import jp.kyodo.funding.ApplicationSummary;
import jp.kyodo.funding.Disbursement;
import jp.kyodo.funding.ProgrammeKind;

/** Applications (FUN_APPLICATION, entities) with their lists, statistics and the payment guard (SQL). */
final class ApplicationStore {

    private static final String SUMMARY = "SELECT a.ID, a.PROGRAMME_ID, p.TITLE AS PROGRAMME_TITLE, p.FISCAL_YEAR,"
            + " a.ORGANISATION_ID, a.ORGANISATION_NAME, a.TITLE, a.STATUS, a.REQUESTED_YEN, a.GRANTED_YEN, a.PAID_YEN,"
            + " a.UPDATED_AT FROM FUN_APPLICATION a JOIN FUN_PROGRAMME p ON p.ID = a.PROGRAMME_ID";

    Optional<ApplicationEntity> find(EntityManager em, long id) {
        return Optional.ofNullable(em.find(ApplicationEntity.class, id));
    }

    Page<ApplicationSummary> search(Connection c, ApplicationQuery q, Set<Long> onlyProgrammes, PageRequest page)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (String term : JapaneseText.searchTerms(q.text())) {
            where.add("a.SEARCH_TEXT LIKE ? ESCAPE '\\'");
            params.add(Sql.containsPattern(term));
        }
        if (q.programmeId() != null) {
            where.add("a.PROGRAMME_ID = ?");
            params.add(q.programmeId());
        }
        if (q.fiscalYear() != null) {
            where.add("p.FISCAL_YEAR = ?");
            params.add(q.fiscalYear());
        }
        if (q.organisationId() != null) {
            where.add("a.ORGANISATION_ID = ?");
            params.add(q.organisationId());
        }
        if (!q.statuses().isEmpty()) {
            where.add("a.STATUS IN (" + Sql.placeholders(q.statuses().size()) + ")");
            q.statuses().stream().sorted().forEach(s -> params.add(s.name()));
        }
        if (onlyProgrammes != null) {
            if (onlyProgrammes.isEmpty()) {
                return Page.empty(page);
            }
            where.add("a.PROGRAMME_ID IN (" + Sql.placeholders(onlyProgrammes.size()) + ")");
            params.addAll(onlyProgrammes);
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return Jdbc.page(
                c,
                SUMMARY + condition + orderBy(page),
                "SELECT COUNT(*) FROM FUN_APPLICATION a JOIN FUN_PROGRAMME p ON p.ID = a.PROGRAMME_ID" + condition,
                params,
                page,
                ApplicationStore::summary);
    }

    private static String orderBy(PageRequest page) {
        if (page.sort().isEmpty()) {
            return " ORDER BY a.UPDATED_AT DESC, a.ID DESC";
        }
        List<String> keys = new ArrayList<>();
        for (Sort s : page.sort()) {
            String column =
                    switch (s.property()) {
                        case "title" -> "a.TITLE";
                        case "organisation" -> "a.ORGANISATION_NAME";
                        case "requested" -> "a.REQUESTED_YEN";
                        case "status" -> "a.STATUS";
                        case "updated" -> "a.UPDATED_AT";
                        default -> throw ValidationException.of(
                                "sort", FundingBackend.MESSAGES.get("check.sort", s.property()));
                    };
            keys.add(column + (s.ascending() ? " ASC" : " DESC"));
        }
        return " ORDER BY " + String.join(", ", keys) + ", a.ID";
    }

    private static ApplicationSummary summary(ResultSet rs) throws SQLException {
        return new ApplicationSummary(
                rs.getLong("ID"),
                rs.getLong("PROGRAMME_ID"),
                rs.getString("PROGRAMME_TITLE"),
                rs.getInt("FISCAL_YEAR"),
                rs.getLong("ORGANISATION_ID"),
                rs.getString("ORGANISATION_NAME"),
                rs.getString("TITLE"),
                ApplicationStatus.valueOf(rs.getString("STATUS")),
                rs.getLong("REQUESTED_YEN"),
                Jdbc.longValue(rs, rs.findColumn("GRANTED_YEN")),
                rs.getLong("PAID_YEN"),
                rs.getTimestamp("UPDATED_AT").toInstant());
    }

    /** Whether the organisation was granted by a programme of this kind before (another application). */
    boolean grantedBefore(Connection c, long organisationId, ProgrammeKind kind, long exceptId) throws SQLException {
        List<ApplicationStatus> granted = List.of(ApplicationStatus.values()).stream()
                .filter(ApplicationStatus::commits)
                .toList();
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM FUN_APPLICATION a JOIN FUN_PROGRAMME p"
                + " ON p.ID = a.PROGRAMME_ID WHERE a.ORGANISATION_ID = ? AND p.KIND = ? AND a.ID <> ? AND a.STATUS IN ("
                + Sql.placeholders(granted.size()) + ")")) {
            ps.setLong(1, organisationId);
            ps.setString(2, kind.name());
            ps.setLong(3, exceptId);
            for (int i = 0; i < granted.size(); i++) {
                ps.setString(4 + i, granted.get(i).name());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Records a payment if the application's payments stay within its (settled) grant. */
    boolean pay(Connection c, long id, long amount) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE FUN_APPLICATION SET PAID_YEN = PAID_YEN + ?"
                + " WHERE ID = ? AND PAID_YEN + ? <= COALESCE(SETTLED_YEN, GRANTED_YEN)")) {
            ps.setLong(1, amount);
            ps.setLong(2, id);
            ps.setLong(3, amount);
            return ps.executeUpdate() == 1;
        }
    }

    long paid(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT PAID_YEN FROM FUN_APPLICATION WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    List<Disbursement> disbursements(EntityManager em, long applicationId) {
        return em
                .createQuery(
                        "select d from DisbursementEntity d where d.applicationId = :id order by d.paidOn, d.id",
                        DisbursementEntity.class)
                .setParameter("id", applicationId)
                .getResultList()
                .stream()
                .map(DisbursementEntity::toDisbursement)
                .toList();
    }

    ApplicationStatistics statistics(Connection c, int fiscalYear) throws SQLException {
        Map<ApplicationStatus, Long> byStatus = new EnumMap<>(ApplicationStatus.class);
        long requested = 0;
        long granted = 0;
        long paid = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT a.STATUS, COUNT(*), SUM(a.REQUESTED_YEN),"
                + " SUM(COALESCE(a.SETTLED_YEN, a.GRANTED_YEN)), SUM(a.PAID_YEN) FROM FUN_APPLICATION a"
                + " JOIN FUN_PROGRAMME p ON p.ID = a.PROGRAMME_ID WHERE p.FISCAL_YEAR = ? GROUP BY a.STATUS")) {
            ps.setInt(1, fiscalYear);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ApplicationStatus s = ApplicationStatus.valueOf(rs.getString(1));
                    byStatus.put(s, rs.getLong(2));
                    requested = Math.addExact(requested, rs.getLong(3));
                    if (s.commits()) {
                        granted = Math.addExact(granted, rs.getLong(4));
                    }
                    paid = Math.addExact(paid, rs.getLong(5));
                }
            }
        }
        return new ApplicationStatistics(fiscalYear, byStatus, requested, granted, paid);
    }
}
