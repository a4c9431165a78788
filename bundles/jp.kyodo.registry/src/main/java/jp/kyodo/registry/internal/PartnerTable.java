package jp.kyodo.registry.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.persistence.Columns;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerType;

/**
 * REG_PARTNER with its field and area rows: what every partner has, written by each kind's {@link
 * PartnerStore} together with the kind's own table. Works on the caller's connection (and so in the
 * caller's transaction).
 */
final class PartnerTable {

    /** What every change writes. */
    private static final Columns CHANGE = Columns.of(
            "PTYPE",
            "NAME",
            "READING",
            "SORT_KEY",
            "STATUS",
            "CERT_FROM",
            "CERT_UNTIL",
            "EXPERT",
            "VOLUNTEER",
            "FIELD_CODES",
            "AREA_CODES",
            "SEARCH_TEXT",
            "UPDATED_AT");

    /** What a new partner has besides. */
    private static final Columns NEW =
            CHANGE.and("ACTIVE", "PROFILE_CONSENT", "REGISTERED_ON", "CREATED_AT", "VERSION");

    private static final String INSERT = NEW.insertInto("REG_PARTNER");

    private static final String UPDATE =
            CHANGE.update("REG_PARTNER") + ", VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?";

    private final Clock clock;

    PartnerTable(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- writing ----------------------------------------------------------------------------

    /** A new, active partner without a profile consent. @return its id */
    long insert(Connection c, PartnerRow row, LocalDate registeredOn) throws SQLException {
        Instant now = clock.instant();
        long id;
        try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            change(NEW.values(), row, now)
                    .bool("ACTIVE", true)
                    .bool("PROFILE_CONSENT", false)
                    .date("REGISTERED_ON", registeredOn)
                    .timestamp("CREATED_AT", now)
                    .integer("VERSION", 1)
                    .bind(ps, 1);
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        writeFieldsAndAreas(c, id, row, false);
        return id;
    }

    /**
     * Replaces the partner's columns, bumping its version.
     *
     * @throws ConflictException when the stored version is not {@code expectedVersion}
     */
    void update(Connection c, long id, int expectedVersion, PartnerRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            int next = change(CHANGE.values(), row, clock.instant()).bind(ps, 1);
            ps.setLong(next, id);
            ps.setInt(next + 1, expectedVersion);
            if (ps.executeUpdate() == 0) {
                throw new ConflictException(Messages.get("partner.changedMeanwhile"));
            }
        }
        writeFieldsAndAreas(c, id, row, true);
    }

    private static Columns.Values change(Columns.Values values, PartnerRow row, Instant now) {
        return values.string("PTYPE", row.type().name())
                .string("NAME", row.name())
                .string("READING", row.reading())
                .string("SORT_KEY", JapaneseText.readingSortKey(row.reading()))
                .string("STATUS", row.status())
                .date("CERT_FROM", row.certFrom())
                .date("CERT_UNTIL", row.certUntil())
                .bool("EXPERT", row.expert())
                .bool("VOLUNTEER", row.volunteer())
                .string("FIELD_CODES", SearchText.joinCodes(row.fieldCodes()))
                .string("AREA_CODES", SearchText.joinCodes(row.areaCodes()))
                .string("SEARCH_TEXT", row.searchText())
                .timestamp("UPDATED_AT", now);
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

    /** Whether a PROFILE consent of the person is in force (viewers and staff see only those people). */
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

    private static void writeFieldsAndAreas(Connection c, long id, PartnerRow row, boolean replace)
            throws SQLException {
        if (replace) {
            delete(c, "DELETE FROM REG_PARTNER_FIELD WHERE PARTNER_ID = ?", id);
            delete(c, "DELETE FROM REG_PARTNER_AREA WHERE PARTNER_ID = ?", id);
        }
        insertPairs(c, "INSERT INTO REG_PARTNER_FIELD (FIELD_CODE, PARTNER_ID) VALUES (?, ?)", id, row.fieldCodes());
        insertPairs(c, "INSERT INTO REG_PARTNER_AREA (AREA_CODE, PARTNER_ID) VALUES (?, ?)", id, row.areaCodes());
    }

    private static void delete(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
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

    /** The partner's bookkeeping columns, of whatever kind. */
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
                        PartnerType.valueOf(rs.getString("PTYPE")),
                        rs.getBoolean("ACTIVE"),
                        rs.getInt("VERSION"),
                        rs.getTimestamp("CREATED_AT").toInstant(),
                        rs.getTimestamp("UPDATED_AT").toInstant(),
                        rs.getBoolean("PROFILE_CONSENT")));
            }
        }
    }

    /** The partner's bookkeeping columns when it is of the kind. */
    Optional<PartnerMeta> meta(Connection c, long id, PartnerKind kind) throws SQLException {
        return meta(c, id).filter(m -> m.type().kind() == kind);
    }

    /** Partners of any kind, active or not, with exactly this name and reading. */
    List<Long> idsNamed(Connection c, String name, String reading) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM REG_PARTNER WHERE NAME = ? AND READING = ?")) {
            ps.setString(1, name);
            ps.setString(2, reading);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
