package jp.kyodo.registry.internal;

import static jp.kyodo.registry.internal.PartnerScans.toLocalDate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.contact.ContactFormats;
import jp.kyodo.core.contact.CorporateNumber;
import jp.kyodo.core.persistence.Columns;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.ContactPerson;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerType;

/** Organisations (団体): REG_PARTNER and REG_ORGANISATION. */
final class OrganisationStore extends PartnerStore<OrganisationDraft> {

    static final String RECORD_TYPE = "registry.organisation";

    private static final Columns DETAILS = Columns.of(
            "NAME_EN",
            "LEGAL_FORM",
            "CORPORATE_NUMBER",
            "STATION_NUMBER",
            "STATION_REGISTERED_ON",
            "POSTAL_CODE",
            "ADDRESS",
            "PHONE",
            "EMAIL",
            "WEBSITE",
            "REP_NAME",
            "REP_READING",
            "REP_TITLE",
            "REP_POSTAL_CODE",
            "REP_ADDRESS",
            "REP_PHONE",
            "REP_EMAIL",
            "CONTACT_NAME",
            "CONTACT_READING",
            "CONTACT_TITLE",
            "CONTACT_POSTAL_CODE",
            "CONTACT_ADDRESS",
            "CONTACT_PHONE",
            "CONTACT_EMAIL",
            "DESCRIPTION",
            "STRENGTHS",
            "NEEDS",
            "MEMBERS_COUNT",
            "FOUNDED_ON",
            "TAGS");

    private static final Columns NEW_DETAILS = DETAILS.and("ID");

    private static final String INSERT = NEW_DETAILS.insertInto("REG_ORGANISATION");

    private static final String UPDATE = DETAILS.update("REG_ORGANISATION") + " WHERE ID = ?";

    /** type, name, reading, status, certification, fields and areas are REG_PARTNER's. */
    private static final String SELECT = "SELECT p.PTYPE, p.NAME, p.READING, p.STATUS, p.CERT_FROM, p.CERT_UNTIL,"
            + " p.FIELD_CODES, p.AREA_CODES, " + DETAILS.list("o")
            + " FROM REG_PARTNER p JOIN REG_ORGANISATION o ON o.ID = p.ID WHERE p.ID = ?";

    OrganisationStore(PartnerTable partners, PartnerScans scans) {
        super(partners, scans, "REG_ORGANISATION");
    }

    @Override
    PartnerKind kind() {
        return PartnerKind.ORGANISATION;
    }

    @Override
    String recordType() {
        return RECORD_TYPE;
    }

    @Override
    PartnerRow row(OrganisationDraft d) {
        return new PartnerRow(
                d.type(),
                d.name(),
                d.nameReading(),
                d.status().name(),
                d.certifiedOn(),
                d.certifiedUntil(),
                false,
                false,
                d.fieldCodes(),
                d.areaCodes(),
                SearchText.text(
                        d.name(),
                        d.nameReading(),
                        d.nameEnglish(),
                        d.description(),
                        d.strengths(),
                        d.needs(),
                        String.join(" ", d.tags())));
    }

    /** At the partner station (市民活動センター) when known, otherwise today. */
    @Override
    LocalDate registeredOn(OrganisationDraft d, LocalDate today) {
        return d.stationRegisteredOn() != null ? d.stationRegisteredOn() : today;
    }

    @Override
    NameKey nameKey(OrganisationDraft d) {
        return new NameKey(d.name(), d.nameReading());
    }

    @Override
    Map<String, String> sharedContacts(OrganisationDraft d) {
        Map<String, String> contacts = new LinkedHashMap<>();
        contacts.put("CORPORATE_NUMBER", CorporateNumber.normalize(d.corporateNumber()));
        contacts.put("PHONE", ContactFormats.phone(d.publicContact().phone()));
        contacts.put("EMAIL", ContactFormats.email(d.publicContact().email()));
        return contacts;
    }

    @Override
    void insertDetails(Connection c, long id, OrganisationDraft d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            details(NEW_DETAILS.values(), d).number("ID", id).bind(ps, 1);
            ps.executeUpdate();
        }
    }

    @Override
    void updateDetails(Connection c, long id, OrganisationDraft d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            int next = details(DETAILS.values(), d).bind(ps, 1);
            ps.setLong(next, id);
            ps.executeUpdate();
        }
    }

    private static Columns.Values details(Columns.Values v, OrganisationDraft d) {
        Contact pub = d.publicContact();
        ContactPerson rep = d.representative();
        ContactPerson contact = d.contactPerson();
        return v.string("NAME_EN", d.nameEnglish())
                .string("LEGAL_FORM", d.legalForm())
                .string("CORPORATE_NUMBER", d.corporateNumber())
                .string("STATION_NUMBER", d.stationNumber())
                .date("STATION_REGISTERED_ON", d.stationRegisteredOn())
                .string("POSTAL_CODE", pub.postalCode())
                .string("ADDRESS", pub.address())
                .string("PHONE", pub.phone())
                .string("EMAIL", pub.email())
                .string("WEBSITE", pub.website())
                .string("REP_NAME", rep.name())
                .string("REP_READING", rep.nameReading())
                .string("REP_TITLE", rep.title())
                .string("REP_POSTAL_CODE", rep.contact().postalCode())
                .string("REP_ADDRESS", rep.contact().address())
                .string("REP_PHONE", rep.contact().phone())
                .string("REP_EMAIL", rep.contact().email())
                .string("CONTACT_NAME", contact.name())
                .string("CONTACT_READING", contact.nameReading())
                .string("CONTACT_TITLE", contact.title())
                .string("CONTACT_POSTAL_CODE", contact.contact().postalCode())
                .string("CONTACT_ADDRESS", contact.contact().address())
                .string("CONTACT_PHONE", contact.contact().phone())
                .string("CONTACT_EMAIL", contact.contact().email())
                .string("DESCRIPTION", d.description())
                .string("STRENGTHS", d.strengths())
                .string("NEEDS", d.needs())
                .integer("MEMBERS_COUNT", d.membersCount())
                .date("FOUNDED_ON", d.foundedOn())
                .string("TAGS", String.join(";", d.tags()));
    }

    @Override
    Optional<OrganisationDraft> read(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int members = rs.getInt("MEMBERS_COUNT");
                Integer membersCount = rs.wasNull() ? null : members;
                return Optional.of(new OrganisationDraft(
                        PartnerType.valueOf(rs.getString("PTYPE")),
                        rs.getString("NAME"),
                        rs.getString("READING"),
                        rs.getString("NAME_EN"),
                        rs.getString("LEGAL_FORM"),
                        rs.getString("CORPORATE_NUMBER"),
                        rs.getString("STATION_NUMBER"),
                        toLocalDate(rs.getDate("STATION_REGISTERED_ON")),
                        OrganisationStatus.valueOf(rs.getString("STATUS")),
                        new Contact(
                                rs.getString("POSTAL_CODE"),
                                rs.getString("ADDRESS"),
                                rs.getString("PHONE"),
                                rs.getString("EMAIL"),
                                rs.getString("WEBSITE")),
                        contactPerson(rs, "REP_"),
                        contactPerson(rs, "CONTACT_"),
                        SearchText.splitCodes(rs.getString("FIELD_CODES")),
                        SearchText.splitCodes(rs.getString("AREA_CODES")),
                        rs.getString("DESCRIPTION"),
                        rs.getString("STRENGTHS"),
                        rs.getString("NEEDS"),
                        membersCount,
                        toLocalDate(rs.getDate("FOUNDED_ON")),
                        toLocalDate(rs.getDate("CERT_FROM")),
                        toLocalDate(rs.getDate("CERT_UNTIL")),
                        SearchText.splitCodes(rs.getString("TAGS"))));
            }
        }
    }

    // ---- organisations shared with neighbouring cities (SharedOrganisations) ----------------------

    /**
     * What a neighbouring city may see of an organisation, and whether it came from one: only public columns are
     * read (never a representative, a contact person or a contact).
     *
     * @param sourceKey {@code <city code>:<remote id>} of a received organisation, null for this city's own
     * @param sourceAreas a received organisation's areas there by name, {@code ;}-separated; empty here
     */
    record Shareable(
            long id,
            PartnerType type,
            String name,
            String nameReading,
            boolean active,
            OrganisationStatus status,
            String legalForm,
            String corporateNumber,
            Set<String> fieldCodes,
            Set<String> areaCodes,
            String description,
            String website,
            String sourceKey,
            String sourceCity,
            String sourceAreas) {

        boolean received() {
            return sourceKey != null;
        }
    }

    private static final String SHAREABLE = "SELECT p.ID, p.PTYPE, p.NAME, p.READING, p.ACTIVE, p.STATUS,"
            + " p.FIELD_CODES, p.AREA_CODES, o.LEGAL_FORM, o.CORPORATE_NUMBER, o.DESCRIPTION, o.WEBSITE,"
            + " o.SOURCE_KEY, o.SOURCE_CITY, o.SOURCE_AREAS FROM REG_PARTNER p JOIN REG_ORGANISATION o ON o.ID = p.ID";

    /** The organisations among the ids (at most a thousand: one query), in no particular order. */
    List<Shareable> shareable(Connection c, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps =
                c.prepareStatement(SHAREABLE + " WHERE p.ID IN (" + Sql.placeholders(ids.size()) + ")")) {
            int i = 1;
            for (long id : ids) {
                ps.setLong(i++, id);
            }
            return shareable(ps);
        }
    }

    /**
     * This city's own active, registered organisations of the types, each search term contained in the search
     * text; without terms the latest changed first, otherwise in 50音 order.
     */
    List<Shareable> ownShareable(Connection c, Set<PartnerType> types, String text, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SHAREABLE)
                .append(" WHERE p.ACTIVE = TRUE AND p.STATUS = ? AND o.SOURCE_KEY IS NULL AND p.PTYPE IN (")
                .append(Sql.placeholders(types.size()))
                .append(")");
        params.add(OrganisationStatus.REGISTERED.name());
        types.stream().map(PartnerType::name).sorted().forEach(params::add);
        List<String> terms = JapaneseText.searchTerms(text == null ? "" : text);
        for (String term : terms) {
            sql.append(" AND p.SEARCH_TEXT LIKE ? ESCAPE '\\'");
            params.add(Sql.containsPattern(term));
        }
        sql.append(terms.isEmpty() ? " ORDER BY p.UPDATED_AT DESC, p.ID DESC" : " ORDER BY p.SORT_KEY, p.ID");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setMaxRows(limit);
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, (String) params.get(i));
            }
            return shareable(ps);
        }
    }

    private static List<Shareable> shareable(PreparedStatement ps) throws SQLException {
        List<Shareable> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Shareable(
                        rs.getLong("ID"),
                        PartnerType.valueOf(rs.getString("PTYPE")),
                        rs.getString("NAME"),
                        rs.getString("READING"),
                        rs.getBoolean("ACTIVE"),
                        OrganisationStatus.valueOf(rs.getString("STATUS")),
                        rs.getString("LEGAL_FORM"),
                        rs.getString("CORPORATE_NUMBER"),
                        SearchText.splitCodes(rs.getString("FIELD_CODES")),
                        SearchText.splitCodes(rs.getString("AREA_CODES")),
                        rs.getString("DESCRIPTION"),
                        rs.getString("WEBSITE"),
                        rs.getString("SOURCE_KEY"),
                        rs.getString("SOURCE_CITY"),
                        rs.getString("SOURCE_AREAS")));
            }
        }
        return out;
    }

    /** The organisation received with the source key, if any. */
    Optional<Long> idOfSource(Connection c, String sourceKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM REG_ORGANISATION WHERE SOURCE_KEY = ?")) {
            ps.setString(1, sourceKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Marks the organisation as received from a neighbouring city (or updates where it is active there). */
    void setSource(Connection c, long id, String sourceKey, String city, String areas) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE REG_ORGANISATION SET SOURCE_KEY = ?, SOURCE_CITY = ?, SOURCE_AREAS = ? WHERE ID = ?")) {
            ps.setString(1, sourceKey);
            ps.setString(2, city);
            ps.setString(3, areas);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    /** The city a received organisation comes from (川崎市); empty for this city's own. */
    String sourceCity(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT SOURCE_CITY FROM REG_ORGANISATION WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    /** The representative (REP_…) or the contact person (CONTACT_…); only organisations have a website. */
    private static ContactPerson contactPerson(ResultSet rs, String prefix) throws SQLException {
        return new ContactPerson(
                rs.getString(prefix + "NAME"),
                rs.getString(prefix + "READING"),
                rs.getString(prefix + "TITLE"),
                new Contact(
                        rs.getString(prefix + "POSTAL_CODE"),
                        rs.getString(prefix + "ADDRESS"),
                        rs.getString(prefix + "PHONE"),
                        rs.getString(prefix + "EMAIL"),
                        ""));
    }
}
