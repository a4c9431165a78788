package jp.kyodo.training.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.persistence.Columns;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.training.PointEntry;
import jp.kyodo.training.PointKind;
import jp.kyodo.training.PointRule;

/**
 * The rules, the ledger and one account per person and fiscal year. The account's balance changes only by one
 * UPDATE guarded by the database ({@code BALANCE >= 0}): two redemptions at once never overdraw it.
 */
final class PointStore {

    private static final Columns ENTRY = Columns.of(
            "PERSON_ID",
            "FISCAL_YEAR",
            "KIND",
            "ON_DATE",
            "RULE_ID",
            "ACTIVITY",
            "MINUTES",
            "POINTS",
            "NOTE",
            "RECORDED_BY",
            "RECORDED_AT");

    List<PointRule> rules(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM TRN_POINT_RULE ORDER BY CODE", List.of(), PointStore::rule);
    }

    Optional<PointRule> rule(Connection c, String code) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM TRN_POINT_RULE WHERE CODE = ?", List.of(code), PointStore::rule).stream()
                .findFirst();
    }

    void saveRule(Connection c, String code, String name, int pointsPerHour, boolean active) throws SQLException {
        Optional<PointRule> old = rule(c, code);
        String sql = old.isPresent()
                ? "UPDATE TRN_POINT_RULE SET NAME = ?, POINTS_PER_HOUR = ?, ACTIVE = ? WHERE CODE = ?"
                : "INSERT INTO TRN_POINT_RULE (NAME, POINTS_PER_HOUR, ACTIVE, CODE) VALUES (?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, List.of(name, pointsPerHour, active, code));
            ps.executeUpdate();
        }
    }

    long insert(Connection c, PointEntry e, Long ruleId, Instant now) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(ENTRY.insertInto("TRN_POINT_ENTRY"), Statement.RETURN_GENERATED_KEYS)) {
            ENTRY.values()
                    .number("PERSON_ID", e.personId())
                    .integer("FISCAL_YEAR", e.fiscalYear())
                    .string("KIND", e.kind().name())
                    .date("ON_DATE", e.on())
                    .number("RULE_ID", ruleId)
                    .string("ACTIVITY", e.activity())
                    .integer("MINUTES", e.minutes())
                    .integer("POINTS", e.points())
                    .string("NOTE", e.note())
                    .string("RECORDED_BY", e.recordedBy())
                    .timestamp("RECORDED_AT", now)
                    .bind(ps, 1);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** Adds points to the year's account, opening it. */
    void credit(Connection c, long personId, int fiscalYear, int points) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE TRN_POINT_ACCOUNT SET BALANCE = BALANCE + ? WHERE PERSON_ID = ? AND FISCAL_YEAR = ?")) {
            Jdbc.bind(ps, List.of(points, personId, fiscalYear));
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO TRN_POINT_ACCOUNT (PERSON_ID, FISCAL_YEAR, BALANCE) VALUES (?, ?, ?)")) {
            Jdbc.bind(ps, List.of(personId, fiscalYear, points));
            ps.executeUpdate();
        }
    }

    /** Takes points from the year's account. @return false when the balance is smaller */
    boolean debit(Connection c, long personId, int fiscalYear, int points) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE TRN_POINT_ACCOUNT SET BALANCE = BALANCE - ? WHERE"
                + " PERSON_ID = ? AND FISCAL_YEAR = ? AND BALANCE >= ?")) {
            Jdbc.bind(ps, List.of(points, personId, fiscalYear, points));
            return ps.executeUpdate() == 1;
        }
    }

    int balance(Connection c, long personId, int fiscalYear) throws SQLException {
        return Jdbc.list(
                        c,
                        "SELECT BALANCE FROM TRN_POINT_ACCOUNT WHERE PERSON_ID = ? AND FISCAL_YEAR = ?",
                        List.of(personId, fiscalYear),
                        rs -> rs.getInt(1))
                .stream()
                .findFirst()
                .orElse(0);
    }

    /** Accounts of ended years with points left: person, year, balance. */
    List<long[]> leftOver(Connection c, int beforeYear) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT PERSON_ID, FISCAL_YEAR, BALANCE FROM TRN_POINT_ACCOUNT WHERE FISCAL_YEAR < ? AND BALANCE > 0"
                        + " ORDER BY FISCAL_YEAR, PERSON_ID",
                List.of(beforeYear),
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
    }

    Page<PointEntry> ledger(Connection c, long personId, PageRequest page) throws SQLException {
        return Jdbc.page(
                c,
                "SELECT e.*, COALESCE(r.NAME, '') AS RULE_NAME FROM TRN_POINT_ENTRY e LEFT JOIN TRN_POINT_RULE r ON"
                        + " r.ID = e.RULE_ID WHERE e.PERSON_ID = ? ORDER BY e.ON_DATE DESC, e.ID DESC",
                "SELECT COUNT(*) FROM TRN_POINT_ENTRY WHERE PERSON_ID = ?",
                List.of(personId),
                page,
                PointStore::entry);
    }

    /** The activities (earned entries) of the person in the period, oldest first. */
    List<PointEntry> activities(Connection c, long personId, LocalDate from, LocalDate until) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT e.* FROM TRN_POINT_ENTRY e WHERE e.PERSON_ID = ? AND e.KIND = 'EARN' AND e.ON_DATE >= ? AND"
                        + " e.ON_DATE <= ? ORDER BY e.ON_DATE, e.ID",
                List.of(personId, from, until),
                PointStore::entry);
    }

    long minutes(Connection c, long personId, LocalDate from, LocalDate until) throws SQLException {
        return Jdbc.list(
                        c,
                        "SELECT COALESCE(SUM(MINUTES), 0) FROM TRN_POINT_ENTRY WHERE PERSON_ID = ? AND KIND = 'EARN'"
                                + " AND ON_DATE >= ? AND ON_DATE <= ?",
                        List.of(personId, from, until),
                        rs -> rs.getLong(1))
                .get(0);
    }

    Optional<PointEntry> entry(Connection c, long id) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM TRN_POINT_ENTRY WHERE ID = ?", List.of(id), PointStore::entry).stream()
                .findFirst();
    }

    private static PointRule rule(ResultSet rs) throws SQLException {
        return new PointRule(
                rs.getLong("ID"),
                rs.getString("CODE"),
                rs.getString("NAME"),
                rs.getInt("POINTS_PER_HOUR"),
                rs.getBoolean("ACTIVE"));
    }

    private static PointEntry entry(ResultSet rs) throws SQLException {
        return new PointEntry(
                rs.getLong("ID"),
                rs.getLong("PERSON_ID"),
                rs.getInt("FISCAL_YEAR"),
                PointKind.valueOf(rs.getString("KIND")),
                Jdbc.localDate(rs, rs.findColumn("ON_DATE")),
                rs.getString("ACTIVITY"),
                rs.getInt("MINUTES"),
                rs.getInt("POINTS"),
                rs.getString("NOTE"),
                rs.getString("RECORDED_BY"));
    }
}
