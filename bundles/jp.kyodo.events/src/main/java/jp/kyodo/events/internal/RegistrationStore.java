package jp.kyodo.events.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.core.persistence.Columns;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.events.Registration;
import jp.kyodo.events.RegistrationDraft;
import jp.kyodo.events.RegistrationStatus;

/** The SQL of EVT_REGISTRATION, on the caller's connection. */
final class RegistrationStore {

    /** People confirmed and waiting for an event. */
    record Counts(int confirmed, int waiting) {
        static final Counts NONE = new Counts(0, 0);
    }

    private static final Columns INSERTED =
            Columns.of("EVENT_ID", "NAME", "CONTACT", "PEOPLE", "LANGUAGE", "STATUS", "REGISTERED_AT");
    private static final String SELECT = "SELECT ID, CHECKED_IN_AT, " + INSERTED.list() + " FROM EVT_REGISTRATION";

    long insert(Connection c, RegistrationDraft d, RegistrationStatus status, Instant now) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(INSERTED.insertInto("EVT_REGISTRATION"), Statement.RETURN_GENERATED_KEYS)) {
            INSERTED.values()
                    .number("EVENT_ID", d.eventId())
                    .string("NAME", d.name())
                    .string("CONTACT", d.contact())
                    .integer("PEOPLE", d.people())
                    .string("LANGUAGE", d.language())
                    .string("STATUS", status.name())
                    .timestamp("REGISTERED_AT", now)
                    .bind(ps, 1);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    void setStatus(Connection c, long id, RegistrationStatus status, Instant now) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE EVT_REGISTRATION SET STATUS = ?, CANCELLED_AT = ? WHERE ID = ?")) {
            ps.setString(1, status.name());
            Jdbc.setTimestamp(ps, 2, status == RegistrationStatus.CANCELLED ? now : null);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    void checkIn(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE EVT_REGISTRATION SET CHECKED_IN_AT = ? WHERE ID = ?")) {
            Jdbc.setTimestamp(ps, 1, now);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    Optional<Registration> get(Connection c, long id) throws SQLException {
        return Jdbc.list(c, SELECT + " WHERE ID = ?", List.of(id), rs -> row(rs, 0)).stream()
                .findFirst();
    }

    /** Confirmed first, then the waiting list in order (with their positions), then cancelled. */
    List<Registration> of(Connection c, long eventId) throws SQLException {
        List<Registration> all =
                Jdbc.list(c, SELECT + " WHERE EVENT_ID = ? ORDER BY ID", List.of(eventId), rs -> row(rs, 0));
        List<Registration> out = new ArrayList<>();
        all.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).forEach(out::add);
        int position = 1;
        for (Registration r : all) {
            if (r.status() == RegistrationStatus.WAITING) {
                out.add(new Registration(r.id(), r.draft(), r.status(), position++, r.registeredAt(), r.checkedInAt()));
            }
        }
        all.stream().filter(r -> r.status() == RegistrationStatus.CANCELLED).forEach(out::add);
        return out;
    }

    Map<Long, Counts> counts(Connection c, List<Long> eventIds) throws SQLException {
        Map<Long, Counts> out = new HashMap<>();
        if (eventIds.isEmpty()) {
            return out;
        }
        List<Object> params = new ArrayList<>(eventIds);
        for (Object[] r : Jdbc.list(
                c,
                "SELECT EVENT_ID, STATUS, SUM(PEOPLE) FROM EVT_REGISTRATION WHERE EVENT_ID IN ("
                        + Sql.placeholders(eventIds.size()) + ") AND STATUS <> 'CANCELLED' GROUP BY EVENT_ID, STATUS",
                params,
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)})) {
            Counts before = out.getOrDefault((Long) r[0], Counts.NONE);
            int n = (Integer) r[2];
            out.put(
                    (Long) r[0],
                    RegistrationStatus.CONFIRMED.name().equals(r[1])
                            ? new Counts(n, before.waiting())
                            : new Counts(before.confirmed(), n));
        }
        return out;
    }

    private static Registration row(ResultSet rs, int position) throws SQLException {
        return new Registration(
                rs.getLong("ID"),
                new RegistrationDraft(
                        rs.getLong("EVENT_ID"),
                        rs.getString("NAME"),
                        rs.getString("CONTACT"),
                        rs.getInt("PEOPLE"),
                        rs.getString("LANGUAGE")),
                RegistrationStatus.valueOf(rs.getString("STATUS")),
                position,
                rs.getTimestamp("REGISTERED_AT").toInstant(),
                Jdbc.instant(rs, rs.findColumn("CHECKED_IN_AT")));
    }
}
