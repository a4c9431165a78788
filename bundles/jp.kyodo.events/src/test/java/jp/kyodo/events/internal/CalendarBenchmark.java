package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsKit.COORDINATOR;
import static jp.kyodo.events.internal.EventsKit.VIEWER;
import static jp.kyodo.events.internal.EventsKit.as;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import jp.kyodo.events.BookingDraft;
import jp.kyodo.events.FeeExemption;
import jp.kyodo.events.Room;
import jp.kyodo.events.RoomCalendar;
import jp.kyodo.events.RoomDraft;
import jp.kyodo.events.Venue;
import jp.kyodo.events.VenueDraft;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The calendar's target: a month for 30 rooms ≤ 200 ms server time (the service call: rooms and venues through
 * JPA, the month's bookings in one query, holidays and closed days, group names). 30 rooms in 3 venues, a
 * month with every open day's morning, afternoon and evening booked at random by 200 groups (about 2,000
 * bookings), on embedded Derby in memory (or PostgreSQL with -Dkyodo.test.db=postgresql). Not a unit test: it
 * prints figures and asserts nothing about time. Run:
 *
 * <pre>
 * ./mvnw -o -pl bundles/jp.kyodo.events test -Dtest=CalendarBenchmark -Dkyodo.benchmark=true -Dkyodo.test.skipPostgresql=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "kyodo.benchmark", matches = "true")
class CalendarBenchmark {

    private static final YearMonth MONTH = YearMonth.of(2027, 3);
    private static final int ROUNDS = 200;
    private static final int WARM_UP = 50;

    @Test
    void aMonthForThirtyRooms() {
        Random random = new Random(20261129L);
        try (EventsKit kit = new EventsKit()) {
            List<PartnerProfile> groups = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                groups.add(kit.partners.organisation(PartnerType.CIVIC, "団体" + i));
            }
            List<Room> rooms = new ArrayList<>();
            for (int v = 0; v < 3; v++) {
                int venue = v;
                Venue created = as(
                        COORDINATOR,
                        () -> kit.venues.createVenue(
                                VenueDraft.of("公民館" + venue, "", LocalTime.of(9, 0), LocalTime.of(21, 30))
                                        .closed(Set.of(DayOfWeek.MONDAY), true, Set.of())));
                for (int r = 0; r < 10; r++) {
                    int room = r;
                    rooms.add(as(
                            COORDINATOR,
                            () -> kit.venues.addRoom(
                                    new RoomDraft(created.id(), "会議室" + room, 40, Set.of("机", "椅子"), 500))));
                }
            }
            long start = System.nanoTime();
            LocalTime[][] blocks = {
                {LocalTime.of(9, 0), LocalTime.of(12, 0)},
                {LocalTime.of(13, 0), LocalTime.of(17, 0)},
                {LocalTime.of(18, 0), LocalTime.of(21, 30)}
            };
            int count = kit.backend.write(c -> {
                BookingStore store = new BookingStore();
                int n = 0;
                for (Room room : rooms) {
                    for (LocalDate day = MONTH.atDay(1); !day.isAfter(MONTH.atEndOfMonth()); day = day.plusDays(1)) {
                        if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                            continue;
                        }
                        for (LocalTime[] block : blocks) {
                            if (random.nextInt(4) == 0) {
                                continue;
                            }
                            PartnerProfile g = groups.get(random.nextInt(groups.size()));
                            store.insert(
                                    c,
                                    new BookingDraft(
                                            room.id(),
                                            g.id(),
                                            day,
                                            block[0],
                                            block[1],
                                            "定例会",
                                            10,
                                            FeeExemption.NONE,
                                            "",
                                            null),
                                    1500,
                                    1500,
                                    kit.clock.instant());
                            n++;
                        }
                    }
                }
                return n;
            });
            System.out.printf(
                    Locale.ROOT,
                    "%,d bookings of 30 rooms written in %d ms%n",
                    count,
                    (System.nanoTime() - start) / 1_000_000);
            List<Long> ids = rooms.stream().map(Room::id).toList();
            long[] times = new long[ROUNDS];
            int entries = 0;
            for (int i = -WARM_UP; i < ROUNDS; i++) {
                long t0 = System.nanoTime();
                List<RoomCalendar> month = as(VIEWER, () -> kit.bookings.calendar(MONTH, ids));
                long t = System.nanoTime() - t0;
                if (i >= 0) {
                    times[i] = t;
                    entries = month.stream()
                            .mapToInt(m -> m.days().stream()
                                    .mapToInt(d -> d.bookings().size())
                                    .sum())
                            .sum();
                }
            }
            Arrays.sort(times);
            System.out.printf(
                    Locale.ROOT,
                    "month calendar for 30 rooms (%,d bookings shown) on %s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                            + " max %.1f ms over %d calls%n",
                    entries,
                    kit.db.kind(),
                    times[ROUNDS / 2] / 1e6,
                    times[ROUNDS * 95 / 100] / 1e6,
                    times[ROUNDS * 99 / 100] / 1e6,
                    times[ROUNDS - 1] / 1e6,
                    ROUNDS);
        }
    }
}
