package jp.kyodo.funding.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.funding.GrantProgrammes;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.ProgrammeQuery;
import jp.kyodo.funding.ProgrammeStatus;
import jp.kyodo.funding.SubsidyRate;
import jp.kyodo.funding.WardBudget;

/**
 * Programmes (FUN_PROGRAMME, entities) and the budget guards (SQL). The budget is guarded in the database:
 * each change of the committed or paid amount is one conditional UPDATE that holds only while the result stays
 * within the budget, so decisions racing each other serialise on the row and the loser finds no room — on
 * Derby and PostgreSQL alike, whatever the isolation level.
 */
final class ProgrammeStore {

    // ---- entities ------------------------------------------------------------------------------

    Optional<ProgrammeEntity> find(EntityManager em, long id) {
        return Optional.ofNullable(em.find(ProgrammeEntity.class, id));
    }

    Page<ProgrammeEntity> search(EntityManager em, ProgrammeQuery q, boolean publicOnly, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (String term : JapaneseText.searchTerms(q.text())) {
            where.add("p.searchText like :t" + i + " escape '\\'");
            params.put("t" + i++, Sql.containsPattern(term));
        }
        if (q.fiscalYear() != null) {
            where.add("p.fiscalYear = :year");
            params.put("year", q.fiscalYear());
        }
        if (q.kind() != null) {
            where.add("p.kind = :kind");
            params.put("kind", q.kind());
        }
        if (q.status() != null) {
            where.add("p.status = :status");
            params.put("status", q.status());
        }
        if (publicOnly) {
            where.add("p.status <> :draft");
            params.put("draft", ProgrammeStatus.DRAFT);
        }
        if (!q.wardCode().isEmpty()) {
            where.add("p.wardCode = :ward");
            params.put("ward", q.wardCode());
        }
        if (q.openOn() != null) {
            where.add("p.status = :published and p.opensOn <= :day and p.closesOn >= :day");
            params.put("published", ProgrammeStatus.PUBLISHED);
            params.put("day", q.openOn());
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<ProgrammeEntity> select =
                em.createQuery("select p from ProgrammeEntity p" + condition + orderBy(page), ProgrammeEntity.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from ProgrammeEntity p" + condition, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<ProgrammeEntity> items =
                select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = page.offset() == 0 && items.size() < page.limit() ? items.size() : count.getSingleResult();
        return new Page<>(items, total, page);
    }

    private static String orderBy(PageRequest page) {
        if (page.sort().isEmpty()) {
            return " order by p.fiscalYear desc, p.title, p.id";
        }
        List<String> keys = new ArrayList<>();
        for (Sort s : page.sort()) {
            String column =
                    switch (s.property()) {
                        case GrantProgrammes.SORT_FISCAL_YEAR -> "p.fiscalYear";
                        case GrantProgrammes.SORT_TITLE -> "p.title";
                        case GrantProgrammes.SORT_CLOSES_ON -> "p.closesOn";
                        case GrantProgrammes.SORT_REMAINING -> "(p.budgetYen - p.committedYen)";
                        default -> throw ValidationException.of(
                                "sort", FundingBackend.MESSAGES.get("check.sort", s.property()));
                    };
            keys.add(column + (s.ascending() ? " asc" : " desc"));
        }
        return " order by " + String.join(", ", keys) + ", p.id";
    }

    // ---- budget guards (SQL) -------------------------------------------------------------------

    /** The programme's budget, committed and paid amounts as the database holds them now. */
    long[] amounts(Connection c, long id) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT BUDGET_YEN, COMMITTED_YEN, PAID_YEN FROM FUN_PROGRAMME WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }

    /** Commits the amount to the programme if it stays within the budget. @return whether it did */
    boolean commit(Connection c, long id, long amount) throws SQLException {
        return update(
                c,
                "UPDATE FUN_PROGRAMME SET COMMITTED_YEN = COMMITTED_YEN + ? WHERE ID = ? AND COMMITTED_YEN + ? <= BUDGET_YEN",
                amount,
                id);
    }

    /** Frees a committed amount (never below what was paid). @return whether it did */
    boolean release(Connection c, long id, long amount) throws SQLException {
        return update(
                c,
                "UPDATE FUN_PROGRAMME SET COMMITTED_YEN = COMMITTED_YEN - ? WHERE ID = ? AND COMMITTED_YEN - ? >= PAID_YEN",
                amount,
                id);
    }

    /** Records a payment if the paid amount stays within what is committed. @return whether it did */
    boolean pay(Connection c, long id, long amount) throws SQLException {
        return update(
                c,
                "UPDATE FUN_PROGRAMME SET PAID_YEN = PAID_YEN + ? WHERE ID = ? AND PAID_YEN + ? <= COMMITTED_YEN",
                amount,
                id);
    }

    /** Sets the budget if it still covers what is committed. @return whether it did */
    boolean setBudget(Connection c, long id, long budget, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE FUN_PROGRAMME SET BUDGET_YEN = ?, UPDATED_AT = ? WHERE ID = ? AND COMMITTED_YEN <= ?")) {
            ps.setLong(1, budget);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setLong(3, id);
            ps.setLong(4, budget);
            return ps.executeUpdate() == 1;
        }
    }

    boolean wardCommit(Connection c, int year, String ward, long amount) throws SQLException {
        return wardUpdate(
                c,
                "UPDATE FUN_WARD_BUDGET SET COMMITTED_YEN = COMMITTED_YEN + ? WHERE FISCAL_YEAR = ? AND WARD_CODE = ?"
                        + " AND COMMITTED_YEN + ? <= BUDGET_YEN",
                amount,
                year,
                ward);
    }

    boolean wardRelease(Connection c, int year, String ward, long amount) throws SQLException {
        return wardUpdate(
                c,
                "UPDATE FUN_WARD_BUDGET SET COMMITTED_YEN = COMMITTED_YEN - ? WHERE FISCAL_YEAR = ? AND WARD_CODE = ?"
                        + " AND COMMITTED_YEN - ? >= PAID_YEN",
                amount,
                year,
                ward);
    }

    boolean wardPay(Connection c, int year, String ward, long amount) throws SQLException {
        return wardUpdate(
                c,
                "UPDATE FUN_WARD_BUDGET SET PAID_YEN = PAID_YEN + ? WHERE FISCAL_YEAR = ? AND WARD_CODE = ?"
                        + " AND PAID_YEN + ? <= COMMITTED_YEN",
                amount,
                year,
                ward);
    }

    /**
     * Sets a ward's budget: inserted the first time, otherwise changed only while it covers what is committed.
     *
     * @return the budget before (null when new), or empty when it would not cover the committed amount
     */
    Optional<Long> setWardBudget(Connection c, int year, String ward, long budget, Instant now) throws SQLException {
        Optional<WardBudget> before = wardBudget(c, year, ward, "");
        if (before.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO FUN_WARD_BUDGET (FISCAL_YEAR, WARD_CODE,"
                    + " BUDGET_YEN, COMMITTED_YEN, PAID_YEN, UPDATED_AT) VALUES (?, ?, ?, 0, 0, ?)")) {
                ps.setInt(1, year);
                ps.setString(2, ward);
                ps.setLong(3, budget);
                ps.setTimestamp(4, Timestamp.from(now));
                ps.executeUpdate();
            }
            return Optional.of(-1L);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE FUN_WARD_BUDGET SET BUDGET_YEN = ?, UPDATED_AT = ?"
                + " WHERE FISCAL_YEAR = ? AND WARD_CODE = ? AND COMMITTED_YEN <= ?")) {
            ps.setLong(1, budget);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setInt(3, year);
            ps.setString(4, ward);
            ps.setLong(5, budget);
            return ps.executeUpdate() == 1 ? Optional.of(before.get().budgetYen()) : Optional.empty();
        }
    }

    Optional<WardBudget> wardBudget(Connection c, int year, String ward, String wardName) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, FISCAL_YEAR, WARD_CODE, BUDGET_YEN, COMMITTED_YEN,"
                + " PAID_YEN FROM FUN_WARD_BUDGET WHERE FISCAL_YEAR = ? AND WARD_CODE = ?")) {
            ps.setInt(1, year);
            ps.setString(2, ward);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(wardRow(rs, wardName)) : Optional.empty();
            }
        }
    }

    List<WardBudget> wardBudgets(Connection c, int year, Function<String, String> names) throws SQLException {
        List<WardBudget> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, FISCAL_YEAR, WARD_CODE, BUDGET_YEN, COMMITTED_YEN,"
                + " PAID_YEN FROM FUN_WARD_BUDGET WHERE FISCAL_YEAR = ? ORDER BY WARD_CODE")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(wardRow(rs, names.apply(rs.getString("WARD_CODE"))));
                }
            }
        }
        return result;
    }

    private static WardBudget wardRow(ResultSet rs, String name) throws SQLException {
        return new WardBudget(
                rs.getLong("ID"),
                rs.getInt("FISCAL_YEAR"),
                rs.getString("WARD_CODE"),
                name,
                rs.getLong("BUDGET_YEN"),
                rs.getLong("COMMITTED_YEN"),
                rs.getLong("PAID_YEN"));
    }

    /** How many applications each programme has. */
    Map<Long, Integer> applicationCounts(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Integer> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT PROGRAMME_ID, COUNT(*) FROM FUN_APPLICATION WHERE"
                + " PROGRAMME_ID IN (" + Sql.placeholders(ids.size()) + ") GROUP BY PROGRAMME_ID")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return result;
    }

    // ---- public calls (SQL): what neighbouring cities are sent ---------------------------------------

    /** A call may be shared while it is published and its application period has not ended. */
    private static final String SHAREABLE = "STATUS = 'PUBLISHED' AND CLOSES_ON >= ?";

    private static final String CALL_COLUMNS = "ID, KIND, FISCAL_YEAR, TITLE, TITLE_KANA, SUMMARY, TARGET,"
            + " MAX_AMOUNT_YEN, RATE_NUMERATOR, RATE_DENOMINATOR, BUDGET_YEN, OPENS_ON, CLOSES_ON, DEPARTMENT_ID,"
            + " CONTACT, URL";

    /** A programme's call as read for the neighbours, its department still an id. */
    record CallRow(OpenCalls.Call call, Long departmentId) {}

    /**
     * The shareable calls among the ids (at most {@link PageRequest#MAX_LIMIT}): one query for the programmes and
     * one for their documents.
     */
    List<CallRow> shareableCalls(Connection c, List<Long> ids, LocalDate today) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(ids);
        params.add(today);
        List<CallRow> rows = Jdbc.list(
                c,
                "SELECT " + CALL_COLUMNS + " FROM FUN_PROGRAMME WHERE ID IN (" + Sql.placeholders(ids.size()) + ") AND "
                        + SHAREABLE + " ORDER BY ID",
                params,
                rs -> callRow(rs, List.of()));
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> documents = new HashMap<>();
        List<Long> found = rows.stream().map(r -> r.call().id()).toList();
        Jdbc.list(
                c,
                "SELECT PROGRAMME_ID, NAME FROM FUN_PROGRAMME_DOCUMENT WHERE PROGRAMME_ID IN ("
                        + Sql.placeholders(found.size()) + ") ORDER BY PROGRAMME_ID, SEQ",
                found,
                rs -> documents
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)));
        return rows.stream()
                .map(r -> new CallRow(
                        r.call().withDocuments(documents.getOrDefault(r.call().id(), List.of())), r.departmentId()))
                .toList();
    }

    /**
     * Shareable calls matching the text, at most {@code limit}: those taking applications today first (closing
     * soonest first), then those opening later (soonest first). Without documents (a candidate shows none).
     */
    List<CallRow> shareableCalls(Connection c, String text, LocalDate today, int limit) throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        params.add(today); // the CASE's, first in the statement
        for (String term : JapaneseText.searchTerms(text)) {
            where.add("SEARCH_TEXT LIKE ? ESCAPE '\\'");
            params.add(Sql.containsPattern(term));
        }
        where.add(SHAREABLE);
        params.add(today);
        return Jdbc.list(
                c,
                "SELECT " + CALL_COLUMNS + ", CASE WHEN OPENS_ON <= ? THEN 0 ELSE 1 END AS LATER FROM FUN_PROGRAMME"
                        + " WHERE " + String.join(" AND ", where)
                        + " ORDER BY LATER, CLOSES_ON, OPENS_ON, ID FETCH FIRST " + limit + " ROWS ONLY",
                params,
                rs -> callRow(rs, List.of()));
    }

    private static CallRow callRow(ResultSet rs, List<String> documents) throws SQLException {
        OpenCalls.Call call = new OpenCalls.Call(
                rs.getLong("ID"),
                ProgrammeKind.valueOf(rs.getString("KIND")),
                rs.getInt("FISCAL_YEAR"),
                rs.getString("TITLE"),
                rs.getString("TITLE_KANA"),
                rs.getString("SUMMARY"),
                rs.getString("TARGET"),
                Jdbc.longValue(rs, rs.findColumn("MAX_AMOUNT_YEN")),
                new SubsidyRate(rs.getLong("RATE_NUMERATOR"), rs.getLong("RATE_DENOMINATOR")),
                rs.getLong("BUDGET_YEN"),
                Jdbc.localDate(rs, rs.findColumn("OPENS_ON")),
                Jdbc.localDate(rs, rs.findColumn("CLOSES_ON")),
                documents,
                "",
                rs.getString("CONTACT"),
                rs.getString("URL"));
        return new CallRow(call, Jdbc.longValue(rs, rs.findColumn("DEPARTMENT_ID")));
    }

    private static boolean update(Connection c, String sql, long amount, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, amount);
            ps.setLong(2, id);
            ps.setLong(3, amount);
            return ps.executeUpdate() == 1;
        }
    }

    private static boolean wardUpdate(Connection c, String sql, long amount, int year, String ward)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, amount);
            ps.setInt(2, year);
            ps.setString(3, ward);
            ps.setLong(4, amount);
            return ps.executeUpdate() == 1;
        }
    }
}
