package jp.kyodo.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.registry.Membership;

/** Who is a member of which organisation, with which role: REG_MEMBERSHIP. */
final class MembershipStore {

    private static final String SELECT = "SELECT m.ORGANISATION_ID, po.NAME, m.PERSON_ID, pp.NAME, m.ROLE"
            + " FROM REG_MEMBERSHIP m JOIN REG_PARTNER po ON po.ID = m.ORGANISATION_ID"
            + " JOIN REG_PARTNER pp ON pp.ID = m.PERSON_ID";

    /** The organisation's members in 50音 order of their names. */
    List<Membership> ofOrganisation(Connection c, long organisationId) throws SQLException {
        return list(c, SELECT + " WHERE m.ORGANISATION_ID = ? ORDER BY pp.SORT_KEY", organisationId);
    }

    /** The person's organisations in 50音 order of their names. */
    List<Membership> ofPerson(Connection c, long personId) throws SQLException {
        return list(c, SELECT + " WHERE m.PERSON_ID = ? ORDER BY po.SORT_KEY", personId);
    }

    private static List<Membership> list(Connection c, String sql, long id) throws SQLException {
        List<Membership> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Membership(
                            rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return list;
    }

    /** Adds the person to the organisation, or changes their role. @return true when the membership is new */
    boolean put(Connection c, long organisationId, long personId, String role) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE REG_MEMBERSHIP SET ROLE = ? WHERE ORGANISATION_ID = ? AND PERSON_ID = ?")) {
            ps.setString(1, role);
            ps.setLong(2, organisationId);
            ps.setLong(3, personId);
            if (ps.executeUpdate() > 0) {
                return false;
            }
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO REG_MEMBERSHIP (ORGANISATION_ID, PERSON_ID, ROLE) VALUES (?, ?, ?)")) {
            ps.setLong(1, organisationId);
            ps.setLong(2, personId);
            ps.setString(3, role);
            ps.executeUpdate();
        }
        return true;
    }

    /** @return false when the person was no member */
    boolean remove(Connection c, long organisationId, long personId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM REG_MEMBERSHIP WHERE ORGANISATION_ID = ? AND PERSON_ID = ?")) {
            ps.setLong(1, organisationId);
            ps.setLong(2, personId);
            return ps.executeUpdate() > 0;
        }
    }

    /** Ends every membership of the person (erasure). */
    void removeAllOf(Connection c, long personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM REG_MEMBERSHIP WHERE PERSON_ID = ?")) {
            ps.setLong(1, personId);
            ps.executeUpdate();
        }
    }
}
