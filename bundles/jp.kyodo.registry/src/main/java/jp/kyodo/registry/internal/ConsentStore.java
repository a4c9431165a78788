package jp.kyodo.registry.internal;

import static jp.kyodo.registry.internal.PartnerScans.toLocalDate;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.persistence.Columns;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.registry.Consent;
import jp.kyodo.registry.ConsentScope;

/** People's consents (個人情報の同意) and their withdrawal: REG_CONSENT. */
final class ConsentStore {

    private static final Columns NEW = Columns.of("PERSON_ID", "SCOPE", "RECIPIENT", "PURPOSE", "GIVEN_ON");

    private static final String INSERT = NEW.insertInto("REG_CONSENT");

    private static final String SELECT = "SELECT "
            + Columns.of("ID", "PERSON_ID", "SCOPE", "RECIPIENT", "PURPOSE", "GIVEN_ON", "WITHDRAWN_ON")
                    .list()
            + " FROM REG_CONSENT";

    /** The person's consents, the newest first. */
    List<Consent> of(Connection c, long personId) throws SQLException {
        List<Consent> list = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(SELECT + " WHERE PERSON_ID = ? ORDER BY GIVEN_ON DESC, ID DESC")) {
            ps.setLong(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(consent(rs));
                }
            }
        }
        return list;
    }

    /** Whether a consent of the person for the scope is in force on the day. */
    boolean inForce(Connection c, long personId, ConsentScope scope, LocalDate on) throws SQLException {
        return of(c, personId).stream().anyMatch(k -> k.scope() == scope && k.inForceOn(on));
    }

    Optional<Consent> find(Connection c, long consentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE ID = ?")) {
            ps.setLong(1, consentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(consent(rs)) : Optional.empty();
            }
        }
    }

    private static Consent consent(ResultSet rs) throws SQLException {
        return new Consent(
                rs.getLong("ID"),
                rs.getLong("PERSON_ID"),
                ConsentScope.valueOf(rs.getString("SCOPE")),
                rs.getString("RECIPIENT"),
                rs.getString("PURPOSE"),
                rs.getDate("GIVEN_ON").toLocalDate(),
                toLocalDate(rs.getDate("WITHDRAWN_ON")));
    }

    /** @return the new consent's id */
    long insert(Connection c, long personId, ConsentScope scope, String recipient, String purpose, LocalDate given)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            NEW.values()
                    .number("PERSON_ID", personId)
                    .string("SCOPE", scope.name())
                    .string("RECIPIENT", recipient)
                    .string("PURPOSE", purpose)
                    .date("GIVEN_ON", given)
                    .bind(ps, 1);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** Withdraws the consent on the day, unless it is withdrawn already. */
    void withdraw(Connection c, long consentId, LocalDate on) throws SQLException {
        withdraw(c, "UPDATE REG_CONSENT SET WITHDRAWN_ON = ? WHERE WITHDRAWN_ON IS NULL AND ID = ?", on, consentId);
    }

    /** Withdraws every consent of the person still in force (erasure). */
    void withdrawAllOf(Connection c, long personId, LocalDate on) throws SQLException {
        withdraw(
                c,
                "UPDATE REG_CONSENT SET WITHDRAWN_ON = ? WHERE WITHDRAWN_ON IS NULL AND PERSON_ID = ?",
                on,
                personId);
    }

    private static void withdraw(Connection c, String sql, LocalDate on, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(on));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }
}
