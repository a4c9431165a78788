package jp.kyodo.events.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.persistence.Columns;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.events.CollaborationForm;
import jp.kyodo.events.EventDraft;
import jp.kyodo.events.EventQuery;
import jp.kyodo.events.EventStatus;
import jp.kyodo.events.Organiser;
import jp.kyodo.events.Titles;

/** The SQL of EVT_EVENT and EVT_ORGANISER, on the caller's connection. */
final class EventStore {

    /** A stored event before names and counts are added. */
    record Row(
            long id,
            int version,
            EventDraft draft,
            Long seriesId,
            String organiserText,
            String sourceKey,
            EventStatus status,
            Instant updatedAt) {}

    private static final Columns DETAILS = Columns.of(
            "SERIES_ID",
            "TITLE_JA",
            "TITLE_EN",
            "TITLE_ZH",
            "TITLE_KO",
            "TITLE_EASY",
            "DESCRIPTION",
            "CATEGORY",
            "ROOM_ID",
            "PLACE",
            "STARTS_AT",
            "ENDS_AT",
            "CAPACITY",
            "AUDIENCE",
            "MIN_AGE",
            "MAX_AGE",
            "LANGUAGES",
            "FEE_YEN",
            "FEE_NOTE",
            "PUBLIC_EVENT",
            "ORGANISER_TEXT",
            "SEARCH_TEXT",
            "UPDATED_AT");
    private static final Columns INSERTED =
            DETAILS.and("SOURCE_KEY", "STATUS", "REGISTRATION_COUNTER", "CREATED_AT", "VERSION");
    private static final String INSERT = INSERTED.insertInto("EVT_EVENT");
    private static final String UPDATE =
            DETAILS.update("EVT_EVENT") + ", VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?";
    private static final String SELECT =
            "SELECT ID, VERSION, STATUS, SOURCE_KEY, " + DETAILS.list() + " FROM EVT_EVENT";

    long insert(Connection c, EventDraft d, Long seriesId, String organiserText, String sourceKey, Instant now)
            throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            Columns.Values v = INSERTED.values();
            details(v, d, seriesId, organiserText, now)
                    .string("SOURCE_KEY", sourceKey)
                    .string("STATUS", EventStatus.SCHEDULED.name())
                    .integer("REGISTRATION_COUNTER", 0)
                    .timestamp("CREATED_AT", now)
                    .integer("VERSION", 1)
                    .bind(ps, 1);
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        insertOrganisers(c, id, d.organisers());
        return id;
    }

    /** @throws jp.kyodo.core.ConflictException when the stored version is not the expected one */
    void update(
            Connection c, long id, int expectedVersion, EventDraft d, Long seriesId, String organiserText, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            int i = details(DETAILS.values(), d, seriesId, organiserText, now).bind(ps, 1);
            ps.setLong(i++, id);
            ps.setInt(i, expectedVersion);
            Jdbc.requireOneRow(ps.executeUpdate());
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM EVT_ORGANISER WHERE EVENT_ID = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        insertOrganisers(c, id, d.organisers());
    }

    void setStatus(Connection c, long id, int expectedVersion, EventStatus status, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE EVT_EVENT SET STATUS = ?, UPDATED_AT = ?, VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) {
            ps.setString(1, status.name());
            Jdbc.setTimestamp(ps, 2, now);
            ps.setLong(3, id);
            ps.setInt(4, expectedVersion);
            Jdbc.requireOneRow(ps.executeUpdate());
        }
    }

    /**
     * Takes the event's row lock for the rest of the transaction (an update of its counter), so that
     * registrations of one event are decided one after the other. @return false when there is no such event
     */
    boolean lockForRegistration(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE EVT_EVENT SET REGISTRATION_COUNTER = REGISTRATION_COUNTER + 1 WHERE ID = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    private static Columns.Values details(
            Columns.Values v, EventDraft d, Long seriesId, String organiserText, Instant now) {
        Titles t = d.title();
        return v.number("SERIES_ID", seriesId)
                .string("TITLE_JA", t.ja())
                .string("TITLE_EN", t.en())
                .string("TITLE_ZH", t.zh())
                .string("TITLE_KO", t.ko())
                .string("TITLE_EASY", t.easyJapanese())
                .string("DESCRIPTION", d.description())
                .string("CATEGORY", d.category())
                .number("ROOM_ID", d.roomId())
                .string("PLACE", d.place())
                .timestamp("STARTS_AT", EventsBackend.instant(d.startsAt()))
                .timestamp("ENDS_AT", EventsBackend.instant(d.endsAt()))
                .integer("CAPACITY", d.capacity())
                .string("AUDIENCE", d.audience())
                .integer("MIN_AGE", d.minAge())
                .integer("MAX_AGE", d.maxAge())
                .string("LANGUAGES", Codes.join(d.languages()))
                .number("FEE_YEN", d.feeYen())
                .string("FEE_NOTE", d.feeNote())
                .bool("PUBLIC_EVENT", d.publicEvent())
                .string("ORGANISER_TEXT", organiserText)
                .string(
                        "SEARCH_TEXT",
                        searchText(
                                t.ja(),
                                t.en(),
                                t.zh(),
                                t.ko(),
                                t.easyJapanese(),
                                d.description(),
                                d.place(),
                                d.category(),
                                organiserText))
                .timestamp("UPDATED_AT", now);
    }

    private static void insertOrganisers(Connection c, long eventId, List<Organiser> organisers) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO EVT_ORGANISER (EVENT_ID, PARTNER_ID, FORM, POSITION) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Organiser o : organisers) {
                ps.setLong(1, eventId);
                ps.setLong(2, o.partnerId());
                ps.setString(3, o.form().name());
                ps.setInt(4, position++);
                ps.addBatch();
            }
            if (position > 0) {
                ps.executeBatch();
            }
        }
    }

    static String searchText(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            out.append(JapaneseText.normalize(part)).append(' ');
        }
        return out.length() > 6000 ? out.substring(0, 6000) : out.toString();
    }

    Optional<Row> get(Connection c, long id) throws SQLException {
        List<Row> rows = Jdbc.list(c, SELECT + " WHERE ID = ?", List.of(id), EventStore::row);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withOrganisers(c, rows).get(0));
    }

    /**
     * The events of these ids that exist, in one query (and one for their organisers); the public, scheduled ones
     * only when asked.
     */
    List<Row> list(Connection c, java.util.Collection<Long> ids, boolean publicOnly) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(ids);
        String sql = SELECT + " WHERE ID IN (" + Sql.placeholders(ids.size()) + ")";
        if (publicOnly) {
            sql += " AND PUBLIC_EVENT = ? AND STATUS = ?";
            params.add(true);
            params.add(EventStatus.SCHEDULED.name());
        }
        return withOrganisers(c, Jdbc.list(c, sql + " ORDER BY ID", params, EventStore::row));
    }

    Optional<Long> idOfSource(Connection c, String sourceKey) throws SQLException {
        List<Long> ids =
                Jdbc.list(c, "SELECT ID FROM EVT_EVENT WHERE SOURCE_KEY = ?", List.of(sourceKey), rs -> rs.getLong(1));
        return ids.stream().findFirst();
    }

    Page<Row> search(Connection c, EventQuery q, PageRequest page) throws SQLException {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (String term : JapaneseText.searchTerms(q.text())) {
            where.add("SEARCH_TEXT LIKE ? ESCAPE '\\'");
            params.add(Sql.containsPattern(term));
        }
        if (q.from() != null) {
            where.add("ENDS_AT >= ?");
            params.add(EventsBackend.instant(q.from().atStartOfDay()));
        }
        if (q.until() != null) {
            where.add("STARTS_AT < ?");
            params.add(EventsBackend.instant(q.until().plusDays(1).atStartOfDay()));
        }
        if (q.publicOnly()) {
            where.add("PUBLIC_EVENT = ? AND STATUS = ?");
            params.add(true);
            params.add(EventStatus.SCHEDULED.name());
        }
        if (q.seriesId() != null) {
            where.add("SERIES_ID = ?");
            params.add(q.seriesId());
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Page<Row> rows = Jdbc.page(
                c,
                SELECT + filter + " ORDER BY STARTS_AT, ID",
                "SELECT COUNT(*) FROM EVT_EVENT" + filter,
                params,
                page,
                EventStore::row);
        return new Page<>(withOrganisers(c, rows.items()), rows.total(), page);
    }

    /** The rows with their organisers read in one query. */
    private List<Row> withOrganisers(Connection c, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Organiser>> byEvent = new HashMap<>();
        List<Object> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.id()));
        for (Object[] o : Jdbc.list(
                c,
                "SELECT EVENT_ID, PARTNER_ID, FORM FROM EVT_ORGANISER WHERE EVENT_ID IN ("
                        + Sql.placeholders(ids.size()) + ") ORDER BY EVENT_ID, POSITION",
                ids,
                rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)})) {
            byEvent.computeIfAbsent((Long) o[0], k -> new ArrayList<>())
                    .add(Organiser.of((Long) o[1], CollaborationForm.valueOf((String) o[2])));
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            EventDraft d = r.draft();
            out.add(new Row(
                    r.id(),
                    r.version(),
                    new EventDraft(
                            d.title(),
                            d.description(),
                            d.category(),
                            byEvent.getOrDefault(r.id(), List.of()),
                            d.roomId(),
                            d.place(),
                            d.startsAt(),
                            d.endsAt(),
                            d.capacity(),
                            d.audience(),
                            d.minAge(),
                            d.maxAge(),
                            d.languages(),
                            d.feeYen(),
                            d.feeNote(),
                            d.publicEvent()),
                    r.seriesId(),
                    r.organiserText(),
                    r.sourceKey(),
                    r.status(),
                    r.updatedAt()));
        }
        return out;
    }

    private static Row row(ResultSet rs) throws SQLException {
        EventDraft d = new EventDraft(
                new Titles(
                        rs.getString("TITLE_JA"),
                        rs.getString("TITLE_EN"),
                        rs.getString("TITLE_ZH"),
                        rs.getString("TITLE_KO"),
                        rs.getString("TITLE_EASY")),
                rs.getString("DESCRIPTION"),
                rs.getString("CATEGORY"),
                List.of(),
                longOrNull(rs, "ROOM_ID"),
                rs.getString("PLACE"),
                local(rs, "STARTS_AT"),
                local(rs, "ENDS_AT"),
                intOrNull(rs, "CAPACITY"),
                rs.getString("AUDIENCE"),
                intOrNull(rs, "MIN_AGE"),
                intOrNull(rs, "MAX_AGE"),
                Codes.strings(rs.getString("LANGUAGES")),
                rs.getLong("FEE_YEN"),
                rs.getString("FEE_NOTE"),
                rs.getBoolean("PUBLIC_EVENT"));
        return new Row(
                rs.getLong("ID"),
                rs.getInt("VERSION"),
                d,
                longOrNull(rs, "SERIES_ID"),
                rs.getString("ORGANISER_TEXT"),
                rs.getString("SOURCE_KEY"),
                EventStatus.valueOf(rs.getString("STATUS")),
                rs.getTimestamp("UPDATED_AT").toInstant());
    }

    static LocalDateTime local(ResultSet rs, String column) throws SQLException {
        return EventsBackend.local(rs.getTimestamp(column).toInstant());
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
