package jp.kyodo.registry.internal;

import static jp.kyodo.registry.internal.RegistryStore.getInteger;
import static jp.kyodo.registry.internal.RegistryStore.setDate;
import static jp.kyodo.registry.internal.RegistryStore.setInteger;
import static jp.kyodo.registry.internal.RegistryStore.toLocalDate;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.kyodo.registry.Consent;
import jp.kyodo.registry.ConsentScope;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.ContactPerson;
import jp.kyodo.registry.ExpertProfile;
import jp.kyodo.registry.Membership;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.registry.TimeBand;

/** The SQL of the detail tables: REG_ORGANISATION, REG_PERSON, memberships and consents. */
final class DetailStore {

    private static final String ORG_COLUMNS = "NAME_EN, LEGAL_FORM, CORPORATE_NUMBER, STATION_NUMBER,"
            + " STATION_REGISTERED_ON, POSTAL_CODE, ADDRESS, PHONE, EMAIL, WEBSITE, REP_NAME, REP_READING,"
            + " REP_TITLE, REP_POSTAL_CODE, REP_ADDRESS, REP_PHONE, REP_EMAIL, CONTACT_NAME, CONTACT_READING,"
            + " CONTACT_TITLE, CONTACT_POSTAL_CODE, CONTACT_ADDRESS, CONTACT_PHONE, CONTACT_EMAIL, DESCRIPTION,"
            + " STRENGTHS, NEEDS, MEMBERS_COUNT, FOUNDED_ON, TAGS";
    private static final int ORG_COLUMN_COUNT = 30;

    private static final String PERSON_COLUMNS = "BIRTH_YEAR, AREA_CODE, POSTAL_CODE, ADDRESS, PHONE, EMAIL,"
            + " SKILLS, AVAILABLE_DAYS, AVAILABLE_TIMES, VOLUNTEER_SINCE, QUALIFICATIONS, OFFERED_SKILLS, PRO_BONO,"
            + " NOTES";
    private static final int PERSON_COLUMN_COUNT = 14;

    // ---- organisations ----------------------------------------------------------------------

    void insertOrganisation(Connection c, long id, OrganisationDraft d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO REG_ORGANISATION (" + ORG_COLUMNS + ", ID)"
                + " VALUES (" + "?, ".repeat(ORG_COLUMN_COUNT) + "?)")) {
            int i = bindOrganisation(ps, d);
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    void updateOrganisation(Connection c, long id, OrganisationDraft d) throws SQLException {
        String set = Arrays.stream(ORG_COLUMNS.split(","))
                .map(col -> col.strip() + " = ?")
                .collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("UPDATE REG_ORGANISATION SET " + set + " WHERE ID = ?")) {
            int i = bindOrganisation(ps, d);
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    void setDeactivationReason(Connection c, boolean organisation, long id, String reason) throws SQLException {
        String table = organisation ? "REG_ORGANISATION" : "REG_PERSON";
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

    private static int bindOrganisation(PreparedStatement ps, OrganisationDraft d) throws SQLException {
        int i = 1;
        ps.setString(i++, d.nameEnglish());
        ps.setString(i++, d.legalForm());
        ps.setString(i++, d.corporateNumber());
        ps.setString(i++, d.stationNumber());
        setDate(ps, i++, d.stationRegisteredOn());
        i = bindContact(ps, i, d.publicContact(), true);
        i = bindPerson(ps, i, d.representative());
        i = bindPerson(ps, i, d.contactPerson());
        ps.setString(i++, d.description());
        ps.setString(i++, d.strengths());
        ps.setString(i++, d.needs());
        setInteger(ps, i++, d.membersCount());
        setDate(ps, i++, d.foundedOn());
        ps.setString(i++, String.join(";", d.tags()));
        return i;
    }

    private static int bindPerson(PreparedStatement ps, int i, ContactPerson p) throws SQLException {
        ps.setString(i++, p.name());
        ps.setString(i++, p.nameReading());
        ps.setString(i++, p.title());
        return bindContact(ps, i, p.contact(), false);
    }

    private static int bindContact(PreparedStatement ps, int i, Contact c, boolean withWebsite) throws SQLException {
        ps.setString(i++, c.postalCode());
        ps.setString(i++, c.address());
        ps.setString(i++, c.phone());
        ps.setString(i++, c.email());
        if (withWebsite) {
            ps.setString(i++, c.website());
        }
        return i;
    }

    /** The organisation's details; type, name, reading, status and certification come from REG_PARTNER. */
    Optional<OrganisationDraft> organisation(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT p.PTYPE, p.NAME, p.READING, p.STATUS, p.CERT_FROM,"
                + " p.CERT_UNTIL, p.FIELD_CODES, p.AREA_CODES, " + prefixed("o.", ORG_COLUMNS)
                + " FROM REG_PARTNER p JOIN REG_ORGANISATION o ON o.ID = p.ID WHERE p.ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int i = 9;
                String nameEn = rs.getString(i++);
                String legalForm = rs.getString(i++);
                String corporateNumber = rs.getString(i++);
                String stationNumber = rs.getString(i++);
                LocalDate stationOn = toLocalDate(rs.getDate(i++));
                Contact pub = new Contact(
                        rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++));
                ContactPerson rep = new ContactPerson(
                        rs.getString(i++),
                        rs.getString(i++),
                        rs.getString(i++),
                        new Contact(rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++), ""));
                ContactPerson contact = new ContactPerson(
                        rs.getString(i++),
                        rs.getString(i++),
                        rs.getString(i++),
                        new Contact(rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++), ""));
                String description = rs.getString(i++);
                String strengths = rs.getString(i++);
                String needs = rs.getString(i++);
                Integer members = getInteger(rs, i++);
                LocalDate founded = toLocalDate(rs.getDate(i++));
                Set<String> tags = SearchText.splitCodes(rs.getString(i));
                return Optional.of(new OrganisationDraft(
                        PartnerType.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        nameEn,
                        legalForm,
                        corporateNumber,
                        stationNumber,
                        stationOn,
                        OrganisationStatus.valueOf(rs.getString(4)),
                        pub,
                        rep,
                        contact,
                        SearchText.splitCodes(rs.getString(7)),
                        SearchText.splitCodes(rs.getString(8)),
                        description,
                        strengths,
                        needs,
                        members,
                        founded,
                        toLocalDate(rs.getDate(5)),
                        toLocalDate(rs.getDate(6)),
                        tags));
            }
        }
    }

    // ---- people -----------------------------------------------------------------------------

    void insertPerson(Connection c, long id, PersonDraft d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO REG_PERSON (" + PERSON_COLUMNS + ", ID)"
                + " VALUES (" + "?, ".repeat(PERSON_COLUMN_COUNT) + "?)")) {
            int i = bindPerson(ps, d);
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    void updatePerson(Connection c, long id, PersonDraft d) throws SQLException {
        String set = Arrays.stream(PERSON_COLUMNS.split(","))
                .map(col -> col.strip() + " = ?")
                .collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("UPDATE REG_PERSON SET " + set + " WHERE ID = ?")) {
            int i = bindPerson(ps, d);
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    void markErased(Connection c, long id, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE REG_PERSON SET ERASED_AT = ? WHERE ID = ?")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static int bindPerson(PreparedStatement ps, PersonDraft d) throws SQLException {
        int i = 1;
        setInteger(ps, i++, d.birthYear());
        ps.setString(i++, d.areaCode());
        i = bindContact(ps, i, d.contact(), false);
        ps.setString(i++, d.skills());
        ps.setString(
                i++,
                d.availableDays().stream()
                        .map(day -> Integer.toString(day.getValue()))
                        .collect(Collectors.joining(";")));
        ps.setString(i++, d.availableTimes().stream().map(Enum::name).collect(Collectors.joining(";")));
        setDate(ps, i++, d.volunteerSince());
        ExpertProfile e = d.expert();
        if (e == null) {
            ps.setNull(i++, Types.VARCHAR);
            ps.setNull(i++, Types.VARCHAR);
            ps.setNull(i++, Types.BOOLEAN);
        } else {
            ps.setString(i++, e.qualifications());
            ps.setString(i++, e.offeredSkills());
            ps.setBoolean(i++, e.proBono());
        }
        ps.setString(i++, d.notes());
        return i;
    }

    /** The person's details and whether they were erased. */
    Optional<StoredPerson> person(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT p.NAME, p.READING, p.VOLUNTEER, x.ERASED_AT, " + prefixed("x.", PERSON_COLUMNS)
                        + " FROM REG_PARTNER p JOIN REG_PERSON x ON x.ID = p.ID WHERE p.ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int i = 5;
                Integer birthYear = getInteger(rs, i++);
                String area = rs.getString(i++);
                Contact contact =
                        new Contact(rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++), "");
                String skills = rs.getString(i++);
                Set<DayOfWeek> days = SearchText.splitCodes(rs.getString(i++)).stream()
                        .map(s -> DayOfWeek.of(Integer.parseInt(s)))
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<TimeBand> times = SearchText.splitCodes(rs.getString(i++)).stream()
                        .map(TimeBand::valueOf)
                        .collect(Collectors.toCollection(TreeSet::new));
                LocalDate since = toLocalDate(rs.getDate(i++));
                String qualifications = rs.getString(i++);
                String offered = rs.getString(i++);
                boolean proBono = rs.getBoolean(i++);
                boolean expert = !rs.wasNull();
                String notes = rs.getString(i);
                PersonDraft draft = new PersonDraft(
                        rs.getString(1),
                        rs.getString(2),
                        birthYear,
                        area,
                        contact,
                        skills,
                        days,
                        times,
                        rs.getBoolean(3),
                        since,
                        expert ? new ExpertProfile(qualifications, offered, proBono) : null,
                        notes);
                return Optional.of(new StoredPerson(draft, rs.getTimestamp(4) != null));
            }
        }
    }

    record StoredPerson(PersonDraft draft, boolean erased) {}

    // ---- memberships ------------------------------------------------------------------------

    List<Membership> memberships(Connection c, String column, long id) throws SQLException {
        List<Membership> list = new ArrayList<>();
        String order = column.equals("ORGANISATION_ID") ? "pp.SORT_KEY" : "po.SORT_KEY";
        try (PreparedStatement ps = c.prepareStatement("SELECT m.ORGANISATION_ID, po.NAME, m.PERSON_ID, pp.NAME, m.ROLE"
                + " FROM REG_MEMBERSHIP m JOIN REG_PARTNER po ON po.ID = m.ORGANISATION_ID"
                + " JOIN REG_PARTNER pp ON pp.ID = m.PERSON_ID WHERE m." + column + " = ? ORDER BY " + order)) {
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

    /** Inserts or changes the role; true when the membership is new. */
    boolean putMembership(Connection c, long organisationId, long personId, String role) throws SQLException {
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

    int deleteMemberships(Connection c, String where, long... ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM REG_MEMBERSHIP WHERE " + where)) {
            for (int i = 0; i < ids.length; i++) {
                ps.setLong(i + 1, ids[i]);
            }
            return ps.executeUpdate();
        }
    }

    // ---- consents ---------------------------------------------------------------------------

    List<Consent> consents(Connection c, long personId) throws SQLException {
        List<Consent> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, PERSON_ID, SCOPE, RECIPIENT, PURPOSE, GIVEN_ON,"
                + " WITHDRAWN_ON FROM REG_CONSENT WHERE PERSON_ID = ? ORDER BY GIVEN_ON DESC, ID DESC")) {
            ps.setLong(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(consent(rs));
                }
            }
        }
        return list;
    }

    Optional<Consent> consent(Connection c, long consentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, PERSON_ID, SCOPE, RECIPIENT, PURPOSE, GIVEN_ON,"
                + " WITHDRAWN_ON FROM REG_CONSENT WHERE ID = ?")) {
            ps.setLong(1, consentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(consent(rs)) : Optional.empty();
            }
        }
    }

    private static Consent consent(ResultSet rs) throws SQLException {
        return new Consent(
                rs.getLong(1),
                rs.getLong(2),
                ConsentScope.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getDate(6).toLocalDate(),
                toLocalDate(rs.getDate(7)));
    }

    long insertConsent(
            Connection c, long personId, ConsentScope scope, String recipient, String purpose, LocalDate given)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO REG_CONSENT (PERSON_ID, SCOPE, RECIPIENT, PURPOSE, GIVEN_ON) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, personId);
            ps.setString(2, scope.name());
            ps.setString(3, recipient);
            ps.setString(4, purpose);
            ps.setDate(5, Date.valueOf(given));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    void withdrawConsents(Connection c, String where, LocalDate on, long id) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE REG_CONSENT SET WITHDRAWN_ON = ? WHERE WITHDRAWN_ON IS NULL AND " + where)) {
            ps.setDate(1, Date.valueOf(on));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static String prefixed(String prefix, String columns) {
        return Arrays.stream(columns.split(","))
                .map(col -> prefix + col.strip())
                .collect(Collectors.joining(", "));
    }
}
