package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsBackend.MESSAGES;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.events.BookingDraft;
import jp.kyodo.events.BookingStatus;
import jp.kyodo.events.EventTopics;
import jp.kyodo.events.FeeExemption;
import jp.kyodo.events.JapaneseHolidays;
import jp.kyodo.events.Room;
import jp.kyodo.events.RoomBooking;
import jp.kyodo.events.RoomBookings;
import jp.kyodo.events.RoomCalendar;
import jp.kyodo.events.RoomOccupancy;
import jp.kyodo.events.Venue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Room bookings. The rules a person can read (opening hours, closed days, capacity, half hours) are checked
 * here; whether the time is still free is decided by the database when the slots are inserted, inside the
 * booking's transaction — so a check-then-insert race cannot produce a double booking.
 */
@Component(service = RoomBookings.class)
public final class BookingService implements RoomBookings {

    static final String RECORD_TYPE = "events.booking";

    /** Attempts of a booking's transaction when the database reports a transient failure. */
    static final int RETRIES = 5;

    private final EventsBackend b;
    private final VenueService venues;
    private final BookingStore bookings = new BookingStore();

    @Activate
    public BookingService(@Reference EventsBackend backend, @Reference VenueService venues) {
        this.b = backend;
        this.venues = venues;
    }

    @Override
    public RoomBooking book(BookingDraft d) {
        Permissions.requireRole(Role.STAFF);
        Checks c = new Checks();
        c.present("date", d.date()).present("startsAt", d.startsAt()).present("endsAt", d.endsAt());
        c.max("purpose", d.purpose(), 400).max("exemptionReason", d.exemptionReason(), 400);
        String group = c.organisation("groupId", d.groupId(), b);
        Room room;
        try {
            room = venues.roomOrThrow(d.roomId());
        } catch (NotFoundException e) {
            throw ValidationException.of("roomId", MESSAGES.get("room.notFound", d.roomId()));
        }
        if (!room.active()) {
            c.error("roomId", "booking.roomInactive", room.fullName());
        }
        Venue venue = venues.venueOf(room);
        if (d.attendees() < 1 || d.attendees() > room.draft().capacity()) {
            c.error("attendees", "booking.attendees", room.draft().capacity());
        }
        if (d.exemption() != FeeExemption.NONE && d.exemptionReason().isEmpty()) {
            c.error("exemptionReason", "booking.exemptionReason");
        }
        if (d.date() != null && d.startsAt() != null && d.endsAt() != null) {
            if (d.date().isBefore(b.today())) {
                c.error("date", "booking.past");
            }
            venue.closedOn(d.date())
                    .ifPresent(why ->
                            c.error("date", "booking.closed", venue.draft().name(), why));
            if (!onSlot(d.startsAt())) {
                c.error("startsAt", "booking.slot", SLOT_MINUTES);
            }
            if (!onSlot(d.endsAt())) {
                c.error("endsAt", "booking.slot", SLOT_MINUTES);
            }
            if (!d.endsAt().isAfter(d.startsAt())) {
                c.error("endsAt", "booking.endsBeforeStart");
            } else if (d.startsAt().isBefore(venue.draft().opensAt())
                    || d.endsAt().isAfter(venue.draft().closesAt())) {
                c.error(
                        "startsAt",
                        "booking.hours",
                        venue.draft().opensAt(),
                        venue.draft().closesAt());
            }
        }
        c.throwIfAny();
        long minutes = Duration.between(d.startsAt(), d.endsAt()).toMinutes();
        long fullFee = room.draft().hourlyFeeYen() * minutes / 60;
        long fee = d.exemption().apply(fullFee);
        long id = writeRetrying(() -> b.write(conn -> {
            long newId;
            try {
                newId = bookings.insert(conn, d, fullFee, fee, b.now());
            } catch (SQLException e) {
                if (Unique.violated(e)) {
                    throw new ConflictException(
                            MESSAGES.get("booking.taken", room.fullName(), d.date(), d.startsAt(), d.endsAt()));
                }
                throw e;
            }
            b.audit(
                    AuditAction.CREATE,
                    RECORD_TYPE,
                    newId,
                    room.fullName() + " " + d.date() + " " + d.startsAt() + "〜"
                            + d.endsAt() + " を" + group + "が予約（使用料 " + fullFee + "円"
                            + (d.exemption() == FeeExemption.NONE
                                    ? ""
                                    : "、" + d.exemption().labelJa() + "で" + fee + "円: " + d.exemptionReason())
                            + "）");
            b.post(EventTopics.BOOKING_CREATED, newId);
            return newId;
        }));
        return get(id);
    }

    /** Transient database failures are retried a few times in a new transaction; a taken slot never is. */
    private static <T> T writeRetrying(java.util.function.Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (jp.kyodo.core.persistence.DatabaseException e) {
                if (attempt >= RETRIES || !Unique.transientFailure(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean onSlot(LocalTime t) {
        return t.getSecond() == 0 && t.getNano() == 0 && t.getMinute() % SLOT_MINUTES == 0;
    }

    @Override
    public RoomBooking cancel(long bookingId, String reason) {
        Permissions.requireRole(Role.STAFF);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ValidationException.of("reason", MESSAGES.get("booking.reasonRequired"));
        }
        b.write(c -> {
            BookingStore.Row row = bookings.get(c, bookingId).orElseThrow(() -> notFound(bookingId));
            if (row.status() == BookingStatus.CANCELLED) {
                return null;
            }
            bookings.cancel(c, bookingId, b.now());
            b.audit(
                    AuditAction.UPDATE,
                    RECORD_TYPE,
                    bookingId,
                    "予約を取消（" + row.draft().date() + " " + row.draft().startsAt() + "〜"
                            + row.draft().endsAt() + "、使用料 " + row.feeYen() + "円）: " + why);
            b.post(EventTopics.BOOKING_UPDATED, bookingId);
            return null;
        });
        return get(bookingId);
    }

    @Override
    public RoomBooking get(long bookingId) {
        SecurityContext.require();
        BookingStore.Row row = b.read(c -> bookings.get(c, bookingId)).orElseThrow(() -> notFound(bookingId));
        return toBooking(row, venues.roomOrThrow(row.draft().roomId()), new HashMap<>());
    }

    private RoomBooking toBooking(BookingStore.Row row, Room room, Map<Long, String> groups) {
        return new RoomBooking(
                row.id(),
                row.draft(),
                room.fullName(),
                groups.computeIfAbsent(row.draft().groupId(), b::partnerName),
                row.status(),
                row.feeYen(),
                row.fullFeeYen(),
                row.createdAt());
    }

    @Override
    public List<RoomCalendar> calendar(YearMonth month, List<Long> roomIds) {
        SecurityContext.require();
        Map<Long, Room> rooms = rooms(roomIds);
        Map<Long, Venue> venueById = venues.venuesById();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<BookingStore.Row> rows = b.read(c -> bookings.booked(c, List.copyOf(rooms.keySet()), first, last));
        Map<Long, Map<LocalDate, List<RoomCalendar.Entry>>> byRoom = new HashMap<>();
        Map<Long, String> groups = new HashMap<>();
        for (BookingStore.Row r : rows) {
            BookingDraft d = r.draft();
            byRoom.computeIfAbsent(d.roomId(), k -> new HashMap<>())
                    .computeIfAbsent(d.date(), k -> new ArrayList<>())
                    .add(new RoomCalendar.Entry(
                            r.id(),
                            d.startsAt(),
                            d.endsAt(),
                            d.groupId(),
                            groups.computeIfAbsent(d.groupId(), b::partnerName),
                            d.purpose(),
                            d.eventId()));
        }
        List<RoomCalendar> out = new ArrayList<>(rooms.size());
        for (Room room : rooms.values()) {
            Venue venue = venueById.get(room.draft().venueId());
            Map<LocalDate, List<RoomCalendar.Entry>> days = byRoom.getOrDefault(room.id(), Map.of());
            List<RoomCalendar.Day> list = new ArrayList<>(31);
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                list.add(new RoomCalendar.Day(
                        day,
                        JapaneseHolidays.name(day).orElse(""),
                        venue.closedOn(day).orElse(""),
                        List.copyOf(days.getOrDefault(day, List.of()))));
            }
            out.add(new RoomCalendar(room, month, List.copyOf(list)));
        }
        return out;
    }

    /** The rooms by id in the order asked for; every room when none is named. */
    private Map<Long, Room> rooms(List<Long> roomIds) {
        Map<Long, Room> all = new LinkedHashMap<>();
        venues.allRooms(null).forEach(r -> all.put(r.id(), r));
        if (roomIds == null || roomIds.isEmpty()) {
            return all;
        }
        Map<Long, Room> out = new LinkedHashMap<>();
        for (Long id : roomIds) {
            Room room = all.get(id);
            if (room == null) {
                throw VenueService.roomNotFound(id);
            }
            out.put(id, room);
        }
        return out;
    }

    @Override
    public List<RoomBooking> onDay(long roomId, LocalDate day) {
        SecurityContext.require();
        Room room = venues.roomOrThrow(roomId);
        Map<Long, String> groups = new HashMap<>();
        return b.read(c -> bookings.booked(c, List.of(roomId), day, day)).stream()
                .map(r -> toBooking(r, room, groups))
                .toList();
    }

    @Override
    public List<RoomOccupancy> occupancy(LocalDate from, LocalDate until) {
        SecurityContext.require();
        Map<Long, Room> rooms = new LinkedHashMap<>();
        venues.allRooms(null).stream().filter(Room::active).forEach(r -> rooms.put(r.id(), r));
        Map<Long, Venue> venueById = venues.venuesById();
        List<BookingStore.Row> rows = b.read(c -> bookings.booked(c, List.copyOf(rooms.keySet()), from, until));
        Map<Long, long[]> booked = new HashMap<>();
        for (BookingStore.Row r : rows) {
            long[] n = booked.computeIfAbsent(r.draft().roomId(), k -> new long[2]);
            n[0]++;
            n[1] += Duration.between(r.draft().startsAt(), r.draft().endsAt()).toMinutes();
        }
        List<RoomOccupancy> out = new ArrayList<>();
        for (Room room : rooms.values()) {
            Venue venue = venueById.get(room.draft().venueId());
            long open = 0;
            for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
                if (venue.closedOn(day).isEmpty()) {
                    open += Duration.between(
                                    venue.draft().opensAt(), venue.draft().closesAt())
                            .toMinutes();
                }
            }
            long[] n = booked.getOrDefault(room.id(), new long[2]);
            out.add(new RoomOccupancy(room, (int) n[0], n[1], open));
        }
        out.sort(Comparator.comparingInt(RoomOccupancy::percent).reversed());
        return out;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.get("booking.notFound", id));
    }
}
