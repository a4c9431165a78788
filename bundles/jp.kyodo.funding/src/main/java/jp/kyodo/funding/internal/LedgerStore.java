package jp.kyodo.funding.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.funding.FundYear;
import jp.kyodo.funding.LedgerEntryDraft;
import jp.kyodo.funding.LedgerKind;
import jp.kyodo.funding.LedgerQuery;

/**
 * The SQL-shaped work of funds: year sums and closes (one aggregate over the {@code (FUND_ID, FISCAL_YEAR,
 * KIND)} index), balances, the ledger's lists and the CSV import's batch insert. Single entries are written
 * as entities ({@link LedgerEntryEntity}).
 */
final class LedgerStore {

    /** One fiscal year's movements by kind, and the number of lines. */
    record Sums(Map<LedgerKind, Long> byKind, int entries) {

        long of(LedgerKind kind) {
            return byKind.getOrDefault(kind, 0L);
        }

        long net() {
            long net = 0;
            for (Map.Entry<LedgerKind, Long> e : byKind.entrySet()) {
                net = e.getKey().deposit() ? Math.addExact(net, e.getValue()) : Math.subtractExact(net, e.getValue());
            }
            return net;
        }

        static final Sums NONE = new Sums(Map.of(), 0);
    }

    /** Takes the fund's row lock for this transaction: entries, closes and imports of one fund serialise. */
    boolean lock(Connection c, long fundId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE FUN_FUND SET UPDATED_AT = ? WHERE ID = ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setLong(2, fundId);
            return ps.executeUpdate() == 1;
        }
    }

    /** The closed years, oldest first. */
    List<FundYear> closedYears(Connection c, long fundId) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT FUND_ID, FISCAL_YEAR, OPENING_YEN, CITY_TRANSFERS_YEN, DONATIONS_YEN, INTEREST_YEN,"
                        + " WITHDRAWALS_YEN, CLOSING_YEN, ENTRIES, CLOSED_AT FROM FUN_FUND_YEAR WHERE FUND_ID = ?"
                        + " ORDER BY FISCAL_YEAR",
                List.of(fundId),
                rs -> new FundYear(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getInt(9),
                        true,
                        rs.getTimestamp(10).toInstant()));
    }

    Optional<FundYear> lastClosed(Connection c, long fundId) throws SQLException {
        List<FundYear> closed = closedYears(c, fundId);
        return closed.isEmpty() ? Optional.empty() : Optional.of(closed.get(closed.size() - 1));
    }

    /** The movements of each year after {@code afterYear}, by year. */
    Map<Integer, Sums> sumsAfter(Connection c, long fundId, int afterYear) throws SQLException {
        Map<Integer, Map<LedgerKind, Long>> kinds = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT FISCAL_YEAR, KIND, SUM(AMOUNT_YEN), COUNT(*)"
                + " FROM FUN_LEDGER_ENTRY WHERE FUND_ID = ? AND FISCAL_YEAR > ? GROUP BY FISCAL_YEAR, KIND")) {
            ps.setLong(1, fundId);
            ps.setInt(2, afterYear);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int year = rs.getInt(1);
                    kinds.computeIfAbsent(year, y -> new EnumMap<>(LedgerKind.class))
                            .put(LedgerKind.valueOf(rs.getString(2)), rs.getLong(3));
                    counts.merge(year, rs.getInt(4), Integer::sum);
                }
            }
        }
        Map<Integer, Sums> result = new TreeMap<>();
        kinds.forEach((year, byKind) -> result.put(year, new Sums(byKind, counts.get(year))));
        return result;
    }

    /** The movements of one year. */
    Sums sums(Connection c, long fundId, int year) throws SQLException {
        Map<LedgerKind, Long> byKind = new EnumMap<>(LedgerKind.class);
        int count = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT KIND, SUM(AMOUNT_YEN), COUNT(*) FROM FUN_LEDGER_ENTRY"
                + " WHERE FUND_ID = ? AND FISCAL_YEAR = ? GROUP BY KIND")) {
            ps.setLong(1, fundId);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byKind.put(LedgerKind.valueOf(rs.getString(1)), rs.getLong(2));
                    count += rs.getInt(3);
                }
            }
        }
        return new Sums(byKind, count);
    }

    /** Writes a closed year. */
    void close(Connection c, FundYear y, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO FUN_FUND_YEAR (FUND_ID, FISCAL_YEAR, OPENING_YEN,"
                + " CITY_TRANSFERS_YEN, DONATIONS_YEN, INTEREST_YEN, WITHDRAWALS_YEN, CLOSING_YEN, ENTRIES, CLOSED_AT,"
                + " CLOSED_BY) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, y.fundId());
            ps.setInt(2, y.fiscalYear());
            ps.setLong(3, y.openingYen());
            ps.setLong(4, y.cityTransfersYen());
            ps.setLong(5, y.donationsYen());
            ps.setLong(6, y.interestYen());
            ps.setLong(7, y.withdrawalsYen());
            ps.setLong(8, y.closingYen());
            ps.setInt(9, y.entries());
            ps.setTimestamp(10, Timestamp.from(y.closedAt()));
            ps.setString(11, by);
            ps.executeUpdate();
        }
    }

    static FundYear year(long fundId, int year, long opening, Sums s, boolean closed, Instant closedAt) {
        return new FundYear(
                fundId,
                year,
                opening,
                s.of(LedgerKind.CITY_TRANSFER),
                s.of(LedgerKind.DONATION),
                s.of(LedgerKind.INTEREST),
                s.of(LedgerKind.WITHDRAWAL),
                Math.addExact(opening, s.net()),
                s.entries(),
                closed,
                closedAt);
    }

    boolean receiptTaken(Connection c, long fundId, String receipt, Long exceptId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM FUN_LEDGER_ENTRY WHERE FUND_ID = ?" + " AND RECEIPT_NUMBER = ? AND ID <> ?")) {
            ps.setLong(1, fundId);
            ps.setString(2, receipt);
            ps.setLong(3, exceptId == null ? -1 : exceptId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Every receipt number the fund has given, for checking an import's in one query. */
    Set<String> receipts(Connection c, long fundId) throws SQLException {
        return new HashSet<>(Jdbc.list(
                c,
                "SELECT RECEIPT_NUMBER FROM FUN_LEDGER_ENTRY WHERE FUND_ID = ? AND RECEIPT_NUMBER IS NOT NULL",
                List.of(fundId),
                rs -> rs.getString(1)));
    }

    Page<Long> search(Connection c, LedgerQuery q, boolean donors, PageRequest page) throws SQLException {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        where.add("FUND_ID = ?");
        params.add(q.fundId());
        if (q.fiscalYear() != null) {
            where.add("FISCAL_YEAR = ?");
            params.add(q.fiscalYear());
        }
        if (q.kind() != null) {
            where.add("KIND = ?");
            params.add(q.kind().name());
        }
        for (String term : JapaneseText.searchTerms(q.text())) {
            where.add(
                    "(DESCRIPTION LIKE ? ESCAPE '\\' OR FINANCED LIKE ? ESCAPE '\\' OR RECEIPT_NUMBER LIKE ? ESCAPE '\\'"
                            + (donors ? " OR DONOR_NAME LIKE ? ESCAPE '\\'" : "") + ")");
            String pattern = Sql.containsPattern(term);
            params.add(pattern);
            params.add(pattern);
            params.add(pattern);
            if (donors) {
                params.add(pattern);
            }
        }
        String condition = " WHERE " + String.join(" AND ", where);
        return Jdbc.page(
                c,
                "SELECT ID FROM FUN_LEDGER_ENTRY" + condition + " ORDER BY ENTRY_DATE, ID",
                "SELECT COUNT(*) FROM FUN_LEDGER_ENTRY" + condition,
                params,
                page,
                rs -> rs.getLong(1));
    }

    /** The import's lines, in batches. */
    int insertAll(
            Connection c, List<LedgerEntryDraft> drafts, ToIntFunction<LedgerEntryDraft> year, String by, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO FUN_LEDGER_ENTRY (VERSION, FUND_ID, FISCAL_YEAR,"
                + " ENTRY_DATE, KIND, AMOUNT_YEN, DESCRIPTION, DONOR_NAME, DONOR_ADDRESS, RECEIPT_NUMBER,"
                + " FINANCED_APPLICATION_ID, FINANCED, IMPORTED, RECORDED_BY, RECORDED_AT)"
                + " VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)")) {
            int n = 0;
            for (LedgerEntryDraft d : drafts) {
                ps.setLong(1, d.fundId());
                ps.setInt(2, year.applyAsInt(d));
                Jdbc.setDate(ps, 3, d.entryDate());
                ps.setString(4, d.kind().name());
                ps.setLong(5, d.amountYen());
                ps.setString(6, d.description());
                ps.setString(7, d.donorName());
                ps.setString(8, d.donorAddress());
                ps.setString(9, d.receiptNumber().isEmpty() ? null : d.receiptNumber());
                Jdbc.setLong(ps, 10, d.financedApplicationId());
                ps.setString(11, d.financed());
                ps.setString(12, by);
                Jdbc.setTimestamp(ps, 13, now);
                ps.addBatch();
                if (++n % 500 == 0) {
                    ps.executeBatch();
                }
            }
            if (n % 500 != 0) {
                ps.executeBatch();
            }
            return n;
        }
    }
}
