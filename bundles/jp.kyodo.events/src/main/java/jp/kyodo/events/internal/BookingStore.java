package jp.kyodo.events.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.persistence.Columns;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.core.persistence.Sql;
import jp.kyodo.events.BookingDraft;
import jp.kyodo.events.BookingStatus;
import jp.kyodo.events.FeeExemption;
import jp.kyodo.events.RoomBookings;

/** The SQL of EVT_BOOKING and of its slots in EVT_BOOKING_SLOT, on the caller's connection. */
final class BookingStore {

    /** A stored booking before room and group names are added. */
    record Row(long id, BookingDraft draft, BookingStatus status, long fullFeeYen, long feeYen, Instant createdAt) {}

    private static final Columns INSERTED = Columns.of(
            "ROOM_ID",
            "GROUP_ID",
            "BOOKED_ON",
            "STARTS_AT",
            "ENDS_AT",
            "PURPOSE",
            "ATTENDEES",
            "EXEMPTION",
            "EXEMPTION_REASON",
            "FULL_FEE_YEN",
            "FEE_YEN",
            "EVENT_ID",
            "STATUS",
            "CREATED_AT");
    private static final String INSERT = INSERTED.insertInto("EVT_BOOKING");
    private static final String SELECT = "SELECT ID, " + INSERTED.list() + " FROM EVT_BOOKING";

    /**
     * Inserts the booking and then one slot row per half hour, in time order (so that two overlapping bookings
     * wait for each other instead of deadlocking).
     *
     * @throws SQLException with SQLState 23505 when a slot is taken: the database's answer to a double booking
     */
    long insert(Connection c, BookingDraft d, long fullFeeYen, long feeYen, Instant now) throws SQLException {
        long id;
        LocalDateTime start = d.date().atTime(d.startsAt());
        LocalDateTime end = d.date().atTime(d.endsAt());
        try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            INSERTED.values()
                    .number("ROOM_ID", d.roomId())
                    .number("GROUP_ID", d.groupId())
                    .date("BOOKED_ON", d.date())
                    .timestamp("STARTS_AT", EventsBackend.instant(start))
                    .timestamp("ENDS_AT", EventsBackend.instant(end))
                    .string("PURPOSE", d.purpose())
                    .integer("ATTENDEES", d.attendees())
                    .string("EXEMPTION", d.exemption().name())
                    .string("EXEMPTION_REASON", d.exemptionReason())
                    .number("FULL_FEE_YEN", fullFeeYen)
                    .number("FEE_YEN", feeYen)
                    .number("EVENT_ID", d.eventId())
                    .string("STATUS", BookingStatus.BOOKED.name())
                    .timestamp("CREATED_AT", now)
                    .bind(ps, 1);
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO EVT_BOOKING_SLOT (ROOM_ID, SLOT_START, BOOKING_ID) VALUES (?, ?, ?)")) {
            for (LocalDateTime slot = start; slot.isBefore(end); slot = slot.plusMinutes(RoomBookings.SLOT_MINUTES)) {
                ps.setLong(1, d.roomId());
                Jdbc.setTimestamp(ps, 2, EventsBackend.instant(slot));
                ps.setLong(3, id);
                ps.executeUpdate();
            }
        }
        return id;
    }

    /** Marks the booking cancelled and frees its slots. */
    void cancel(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM EVT_BOOKING_SLOT WHERE BOOKING_ID = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE EVT_BOOKING SET STATUS = ?, CANCELLED_AT = ? WHERE ID = ?")) {
            ps.setString(1, BookingStatus.CANCELLED.name());
            Jdbc.setTimestamp(ps, 2, now);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    Optional<Row> get(Connection c, long id) throws SQLException {
        return Jdbc.list(c, SELECT + " WHERE ID = ?", List.of(id), BookingStore::row).stream()
                .findFirst();
    }

    /** The booked (not cancelled) bookings of the rooms from the first to the last day, by room and time. */
    List<Row> booked(Connection c, List<Long> roomIds, LocalDate from, LocalDate until) throws SQLException {
        if (roomIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(roomIds);
        params.add(from);
        params.add(until);
        params.add(BookingStatus.BOOKED.name());
        return Jdbc.list(
                c,
                SELECT + " WHERE ROOM_ID IN (" + Sql.placeholders(roomIds.size())
                        + ") AND BOOKED_ON BETWEEN ? AND ? AND STATUS = ? ORDER BY ROOM_ID, STARTS_AT",
                params,
                BookingStore::row);
    }

    private static Row row(ResultSet rs) throws SQLException {
        LocalDateTime start = EventStore.local(rs, "STARTS_AT");
        LocalDateTime end = EventStore.local(rs, "ENDS_AT");
        return new Row(
                rs.getLong("ID"),
                new BookingDraft(
                        rs.getLong("ROOM_ID"),
                        rs.getLong("GROUP_ID"),
                        rs.getDate("BOOKED_ON").toLocalDate(),
                        start.toLocalTime(),
                        end.toLocalTime(),
                        rs.getString("PURPOSE"),
                        rs.getInt("ATTENDEES"),
                        FeeExemption.valueOf(rs.getString("EXEMPTION")),
                        rs.getString("EXEMPTION_REASON"),
                        EventStore.longOrNull(rs, "EVENT_ID")),
                BookingStatus.valueOf(rs.getString("STATUS")),
                rs.getLong("FULL_FEE_YEN"),
                rs.getLong("FEE_YEN"),
                rs.getTimestamp("CREATED_AT").toInstant());
    }
}
