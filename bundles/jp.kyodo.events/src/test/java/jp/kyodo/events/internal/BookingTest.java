package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsKit.COORDINATOR;
import static jp.kyodo.events.internal.EventsKit.STAFF;
import static jp.kyodo.events.internal.EventsKit.VIEWER;
import static jp.kyodo.events.internal.EventsKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.events.BookingDraft;
import jp.kyodo.events.BookingStatus;
import jp.kyodo.events.FeeExemption;
import jp.kyodo.events.Room;
import jp.kyodo.events.RoomBooking;
import jp.kyodo.events.RoomCalendar;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class BookingTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    private final EventsKit kit = new EventsKit();
    private final Room room = kit.station();

    @AfterEach
    void close() {
        kit.close();
    }

    private BookingDraft morning(long groupId) {
        return BookingDraft.of(room.id(), groupId, TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0), "定例会", 12);
    }

    @Test
    void fiftySimultaneousRequestsForOneSlotGiveExactlyOneBooking() throws Exception {
        List<PartnerProfile> groups = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            groups.add(kit.partners.organisation(PartnerType.CIVIC, "団体" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (PartnerProfile group : groups) {
            // overlapping but not equal times: each request shares the 11:00 half hour with every other
            int shift = results.size() % 3;
            results.add(pool.submit(() -> {
                start.await();
                return SecurityContext.callAs(STAFF, () -> {
                    try {
                        kit.bookings.book(BookingDraft.of(
                                room.id(),
                                group.id(),
                                TUESDAY,
                                LocalTime.of(10, 0).plusMinutes(30L * shift),
                                LocalTime.of(11, 30).plusMinutes(30L * shift),
                                "会議",
                                5));
                        return "booked";
                    } catch (ConflictException e) {
                        return "taken";
                    }
                });
            }));
        }
        start.countDown();
        int booked = 0;
        int taken = 0;
        for (Future<String> f : results) {
            String r = f.get(120, TimeUnit.SECONDS);
            booked += r.equals("booked") ? 1 : 0;
            taken += r.equals("taken") ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, booked);
        assertEquals(49, taken);
        assertEquals(1, as(STAFF, () -> kit.bookings.onDay(room.id(), TUESDAY)).size());
        int rows = kit.db.transactions().read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM EVT_BOOKING_SLOT")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertEquals(3, rows, "the one booking's three half hours");
    }

    @Test
    void aTakenSlotIsRefusedWithTheRoomAndTimeAndFreedByCancelling() {
        RoomBooking first = as(STAFF, () -> kit.bookings.book(morning(kit.npo.id())));
        assertEquals(1200, first.fullFeeYen());
        assertEquals("市民活動センター 会議室A", first.roomName());
        ConflictException e = assertThrows(
                ConflictException.class,
                () -> as(
                        STAFF,
                        () -> kit.bookings.book(BookingDraft.of(
                                room.id(),
                                kit.division.id(),
                                TUESDAY,
                                LocalTime.of(11, 30),
                                LocalTime.of(13, 0),
                                "説明会",
                                10))));
        assertEquals("市民活動センター 会議室Aは2026-12-01 11:30〜13:00の一部がすでに予約されています", e.getMessage());
        // next to it is free
        as(
                STAFF,
                () -> kit.bookings.book(BookingDraft.of(
                        room.id(), kit.division.id(), TUESDAY, LocalTime.of(12, 0), LocalTime.of(13, 0), "説明会", 10)));
        as(STAFF, () -> kit.bookings.cancel(first.id(), "団体の都合"));
        RoomBooking again = as(STAFF, () -> kit.bookings.book(morning(kit.division.id())));
        assertEquals(BookingStatus.BOOKED, again.status());
        assertEquals(
                BookingStatus.CANCELLED,
                as(STAFF, () -> kit.bookings.get(first.id())).status());
    }

    @Test
    void closedDaysHoursHalfHoursCapacityAndReasonsAreCheckedTogether() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        BookingDraft bad = new BookingDraft(
                room.id(), 999, monday, LocalTime.of(8, 15), LocalTime.of(10, 0), "", 31, FeeExemption.HALF, "", null);
        ValidationException e = assertThrows(ValidationException.class, () -> as(STAFF, () -> kit.bookings.book(bad)));
        assertEquals(
                Set.of("groupId", "attendees", "exemptionReason", "date", "startsAt"),
                Set.copyOf(e.errors().stream().map(FieldError::field).toList()));
        FieldError closed = e.errors().stream()
                .filter(f -> f.field().equals("date"))
                .findFirst()
                .orElseThrow();
        assertEquals("市民活動センターはこの日は休館です（定休日）", closed.message());
        assertEquals("市民活動センター is closed that day (定休日)", closed.message(Locale.ENGLISH));
        // a national holiday: 2027-01-11 成人の日 (a Monday too); 2026-12-29 a closing day of its own
        ValidationException holiday = assertThrows(
                ValidationException.class,
                () -> as(
                        STAFF,
                        () -> kit.bookings.book(BookingDraft.of(
                                room.id(),
                                kit.npo.id(),
                                LocalDate.of(2026, 12, 29),
                                LocalTime.of(10, 0),
                                LocalTime.of(11, 0),
                                "",
                                3))));
        assertEquals("市民活動センターはこの日は休館です（休館日）", holiday.errors().get(0).message());
        assertThrows(AccessDeniedException.class, () -> as(VIEWER, () -> kit.bookings.book(morning(kit.npo.id()))));
    }

    @Test
    void anExemptionHalvesTheFeeAndIsAudited() {
        RoomBooking b = as(
                STAFF,
                () -> kit.bookings.book(morning(kit.npo.id()).withExemption(FeeExemption.HALF, "登録市民活動団体（第12号）")));
        assertEquals(1200, b.fullFeeYen());
        assertEquals(600, b.feeYen());
        assertTrue(
                kit.audit.entries().stream().anyMatch(a -> a.detail().contains("5割減額で600円")),
                kit.audit.entries().toString());
    }

    @Test
    void theMonthCalendarShowsHolidaysClosedDaysAndBookings() {
        as(STAFF, () -> kit.bookings.book(morning(kit.npo.id())));
        RoomCalendar month = as(VIEWER, () -> kit.bookings.calendar(YearMonth.of(2026, 12), List.of(room.id())))
                .get(0);
        assertEquals(31, month.days().size());
        RoomCalendar.Day tuesday = month.day(TUESDAY).orElseThrow();
        assertEquals(1, tuesday.bookings().size());
        assertEquals("NPO法人かわぐち環境ネット", tuesday.bookings().get(0).groupName());
        assertEquals("定休日", month.day(LocalDate.of(2026, 12, 7)).orElseThrow().closed());
        assertEquals("休館日", month.day(LocalDate.of(2026, 12, 29)).orElseThrow().closed());
        RoomCalendar jan = as(VIEWER, () -> kit.bookings.calendar(YearMonth.of(2027, 1), List.of()))
                .get(0);
        assertEquals("元日", jan.day(LocalDate.of(2027, 1, 1)).orElseThrow().holiday());
        assertEquals("元日", jan.day(LocalDate.of(2027, 1, 1)).orElseThrow().closed());
        var occupancy = as(VIEWER, () -> kit.bookings.occupancy(TUESDAY, TUESDAY.plusDays(6)));
        assertEquals(1, occupancy.get(0).bookings());
        assertEquals(120, occupancy.get(0).bookedMinutes());
        // six open days of 12.5 hours (Monday closed)
        assertEquals(6 * 750, occupancy.get(0).openMinutes());
        assertTrue(as(COORDINATOR, () -> kit.venues.rooms(null)).size() == 1);
    }

    @Test
    void aBookingForTomorrowMadeAfterMidnightOnTheLastDayOfAMonthIsInTheNextMonthsCalendar() {
        // 00:17 JST on 30 November is 15:17 UTC on the 29th: a server in UTC still has November the 29th
        kit.clock.advance(
                java.time.Duration.between(kit.clock.instant(), java.time.Instant.parse("2026-11-29T15:17:00Z")));
        LocalDate tomorrow = LocalDate.now(kit.clock.withZone(EventsKit.TOKYO)).plusDays(1);
        assertEquals(LocalDate.of(2026, 12, 1), tomorrow);
        RoomBooking booked = as(
                STAFF,
                () -> kit.bookings.book(BookingDraft.of(
                        room.id(), kit.npo.id(), tomorrow, LocalTime.of(10, 0), LocalTime.of(12, 0), "定例会", 12)));
        assertEquals(tomorrow, booked.draft().date());
        RoomCalendar december = as(
                        VIEWER,
                        () -> kit.bookings.calendar(
                                YearMonth.from(booked.draft().date()), List.of(room.id())))
                .get(0);
        assertEquals(1, december.day(tomorrow).orElseThrow().bookings().size(), december.toString());
        assertEquals(
                1, as(VIEWER, () -> kit.bookings.onDay(room.id(), tomorrow)).size());
    }
}
