package jp.kyodo.registry.internal;

import static jp.kyodo.registry.internal.PartnerScans.toLocalDate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.kyodo.core.contact.ContactFormats;
import jp.kyodo.core.persistence.Columns;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.ExpertProfile;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.registry.TimeBand;

/** Individuals (個人), volunteers and experts among them: REG_PARTNER and REG_PERSON. */
final class PersonStore extends PartnerStore<PersonDraft> {

    static final String RECORD_TYPE = "registry.person";

    private static final Columns DETAILS = Columns.of(
            "BIRTH_YEAR",
            "AREA_CODE",
            "POSTAL_CODE",
            "ADDRESS",
            "PHONE",
            "EMAIL",
            "SKILLS",
            "AVAILABLE_DAYS",
            "AVAILABLE_TIMES",
            "VOLUNTEER_SINCE",
            "QUALIFICATIONS",
            "OFFERED_SKILLS",
            "PRO_BONO",
            "NOTES");

    private static final Columns NEW_DETAILS = DETAILS.and("ID");

    private static final String INSERT = NEW_DETAILS.insertInto("REG_PERSON");

    private static final String UPDATE = DETAILS.update("REG_PERSON") + " WHERE ID = ?";

    /** name, reading and the volunteer flag are REG_PARTNER's. */
    private static final String SELECT = "SELECT p.NAME, p.READING, p.VOLUNTEER, x.ERASED_AT, " + DETAILS.list("x")
            + " FROM REG_PARTNER p JOIN REG_PERSON x ON x.ID = p.ID WHERE p.ID = ?";

    /** A stored person and whether their personal data was erased. */
    record StoredPerson(PersonDraft draft, boolean erased) {}

    PersonStore(PartnerTable partners, PartnerScans scans) {
        super(partners, scans, "REG_PERSON");
    }

    @Override
    PartnerKind kind() {
        return PartnerKind.PERSON;
    }

    @Override
    String recordType() {
        return RECORD_TYPE;
    }

    @Override
    PartnerRow row(PersonDraft d) {
        String expertText = d.expert() == null
                ? ""
                : d.expert().qualifications() + " " + d.expert().offeredSkills();
        return new PartnerRow(
                PartnerType.CITIZEN,
                d.name(),
                d.nameReading(),
                "",
                null,
                null,
                d.expert() != null,
                d.volunteer(),
                Set.of(),
                d.areaCode().isEmpty() ? Set.of() : Set.of(d.areaCode()),
                SearchText.text(d.name(), d.nameReading(), d.skills(), expertText));
    }

    /** As a volunteer when known, otherwise today. */
    @Override
    LocalDate registeredOn(PersonDraft d, LocalDate today) {
        return d.volunteerSince() != null ? d.volunteerSince() : today;
    }

    @Override
    NameKey nameKey(PersonDraft d) {
        return new NameKey(d.name(), d.nameReading());
    }

    @Override
    Map<String, String> sharedContacts(PersonDraft d) {
        Map<String, String> contacts = new LinkedHashMap<>();
        contacts.put("PHONE", ContactFormats.phone(d.contact().phone()));
        contacts.put("EMAIL", ContactFormats.email(d.contact().email()));
        return contacts;
    }

    @Override
    void insertDetails(Connection c, long id, PersonDraft d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            details(NEW_DETAILS.values(), d).number("ID", id).bind(ps, 1);
            ps.executeUpdate();
        }
    }

    @Override
    void updateDetails(Connection c, long id, PersonDraft d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            int next = details(DETAILS.values(), d).bind(ps, 1);
            ps.setLong(next, id);
            ps.executeUpdate();
        }
    }

    private static Columns.Values details(Columns.Values v, PersonDraft d) {
        ExpertProfile e = d.expert();
        return v.integer("BIRTH_YEAR", d.birthYear())
                .string("AREA_CODE", d.areaCode())
                .string("POSTAL_CODE", d.contact().postalCode())
                .string("ADDRESS", d.contact().address())
                .string("PHONE", d.contact().phone())
                .string("EMAIL", d.contact().email())
                .string("SKILLS", d.skills())
                .string(
                        "AVAILABLE_DAYS",
                        d.availableDays().stream()
                                .map(day -> Integer.toString(day.getValue()))
                                .collect(Collectors.joining(";")))
                .string(
                        "AVAILABLE_TIMES",
                        d.availableTimes().stream().map(Enum::name).collect(Collectors.joining(";")))
                .date("VOLUNTEER_SINCE", d.volunteerSince())
                // no expert profile: all three NULL (PRO_BONO NULL is how a non-expert is read back)
                .string("QUALIFICATIONS", e == null ? null : e.qualifications())
                .string("OFFERED_SKILLS", e == null ? null : e.offeredSkills())
                .bool("PRO_BONO", e == null ? null : e.proBono())
                .string("NOTES", d.notes());
    }

    @Override
    Optional<PersonDraft> read(Connection c, long id) throws SQLException {
        return stored(c, id).map(StoredPerson::draft);
    }

    /** The person's details and whether they were erased. */
    Optional<StoredPerson> stored(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int year = rs.getInt("BIRTH_YEAR");
                Integer birthYear = rs.wasNull() ? null : year;
                Set<DayOfWeek> days = SearchText.splitCodes(rs.getString("AVAILABLE_DAYS")).stream()
                        .map(s -> DayOfWeek.of(Integer.parseInt(s)))
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<TimeBand> times = SearchText.splitCodes(rs.getString("AVAILABLE_TIMES")).stream()
                        .map(TimeBand::valueOf)
                        .collect(Collectors.toCollection(TreeSet::new));
                boolean proBono = rs.getBoolean("PRO_BONO");
                boolean expert = !rs.wasNull();
                PersonDraft draft = new PersonDraft(
                        rs.getString("NAME"),
                        rs.getString("READING"),
                        birthYear,
                        rs.getString("AREA_CODE"),
                        new Contact(
                                rs.getString("POSTAL_CODE"),
                                rs.getString("ADDRESS"),
                                rs.getString("PHONE"),
                                rs.getString("EMAIL"),
                                ""),
                        rs.getString("SKILLS"),
                        days,
                        times,
                        rs.getBoolean("VOLUNTEER"),
                        toLocalDate(rs.getDate("VOLUNTEER_SINCE")),
                        expert
                                ? new ExpertProfile(
                                        rs.getString("QUALIFICATIONS"), rs.getString("OFFERED_SKILLS"), proBono)
                                : null,
                        rs.getString("NOTES"));
                return Optional.of(new StoredPerson(draft, rs.getTimestamp("ERASED_AT") != null));
            }
        }
    }

    /** Marks the person's personal data as erased (本人の申出による消去). */
    void markErased(Connection c, long id, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE REG_PERSON SET ERASED_AT = ? WHERE ID = ?")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }
}
