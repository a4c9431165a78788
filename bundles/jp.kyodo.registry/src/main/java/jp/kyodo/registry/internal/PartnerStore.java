package jp.kyodo.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerSummary;

/**
 * The stored form of one kind of partner: its REG_PARTNER row (through {@link PartnerTable}) and its own
 * table, written and read as the kind's draft. One subclass per kind; the services, the CSV import and
 * the demo data all write through it. Works on the caller's connection (and so in its transaction).
 *
 * @param <D> the kind's draft
 */
abstract class PartnerStore<D> {

    private final PartnerTable partners;
    private final PartnerScans scans;
    private final String table;

    /**
     * @param table the kind's own table (same ID as REG_PARTNER, with a DEACTIVATION_REASON column)
     */
    PartnerStore(PartnerTable partners, PartnerScans scans, String table) {
        this.partners = partners;
        this.scans = scans;
        this.table = table;
    }

    abstract PartnerKind kind();

    /** What the audit log calls a record of this kind. */
    abstract String recordType();

    /** The REG_PARTNER columns of a draft. */
    abstract PartnerRow row(D draft);

    /** When a new partner of this kind registered: a date in the draft, or today. */
    abstract LocalDate registeredOn(D draft, LocalDate today);

    /** The draft's name and reading (two active partners of a kind never share both in an import). */
    abstract NameKey nameKey(D draft);

    /** Inserts the row of the kind's own table. */
    abstract void insertDetails(Connection c, long id, D draft) throws SQLException;

    /** Replaces the row of the kind's own table. */
    abstract void updateDetails(Connection c, long id, D draft) throws SQLException;

    /** The stored draft, when the id is a partner of this kind. */
    abstract Optional<D> read(Connection c, long id) throws SQLException;

    /**
     * The draft's contacts that make another partner a possible duplicate (法人番号, phone, e-mail): the
     * column of the kind's own table → the value in its stored form.
     */
    abstract Map<String, String> sharedContacts(D draft);

    // ---- what every kind does the same way ------------------------------------------------------

    /** Inserts a checked draft as a new active partner. @return its id */
    final long insert(Connection c, D clean) throws SQLException {
        long id = partners.insert(c, row(clean), registeredOn(clean, partners.today()));
        insertDetails(c, id, clean);
        return id;
    }

    /**
     * Replaces a partner's data with a checked draft, bumping its version.
     *
     * @throws jp.kyodo.core.ConflictException when the stored version is not {@code expectedVersion}
     */
    final void update(Connection c, long id, int expectedVersion, D clean) throws SQLException {
        partners.update(c, id, expectedVersion, row(clean));
        updateDetails(c, id, clean);
    }

    /** The bookkeeping columns, when the id is a partner of this kind. */
    final Optional<PartnerMeta> meta(Connection c, long id) throws SQLException {
        return partners.meta(c, id, kind());
    }

    /** Sets or (with null) clears why the partner was deactivated. */
    final void setDeactivationReason(Connection c, long id, String reason) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE " + table + " SET DEACTIVATION_REASON = ? WHERE ID = ?")) {
            if (reason == null) {
                ps.setNull(1, Types.VARCHAR);
            } else {
                ps.setString(1, reason);
            }
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /**
     * Active partners of this kind with the draft's name and reading, or with one of its {@link
     * #sharedContacts} (when not empty); the first ten in 50音 order.
     */
    final List<PartnerSummary> possibleDuplicates(Connection c, D draft, Long exceptId) throws SQLException {
        // one indexed lookup per criterion, then the rows: Derby would evaluate IN (subquery) row by row
        NameKey name = nameKey(draft);
        Set<Long> ids = new TreeSet<>(partners.idsNamed(c, name.name(), name.reading()));
        for (Map.Entry<String, String> contact : sharedContacts(draft).entrySet()) {
            if (!contact.getValue().isEmpty()) {
                ids.addAll(idsWith(c, contact.getKey(), contact.getValue()));
            }
        }
        if (exceptId != null) {
            ids.remove(exceptId);
        }
        return scans.activeAmong(c, kind(), ids);
    }

    private List<Long> idsWith(Connection c, String column, String value) throws SQLException {
        List<Long> ids = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM " + table + " WHERE " + column + " = ?")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
