package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsKit.STAFF;
import static jp.kyodo.events.internal.EventsKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.events.Event;
import jp.kyodo.events.EventQuery;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class DemoDataTest {

    private final EventsKit kit = new EventsKit();

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void aYearOfEventsAFairWithExhibitorsAndRoomsWithBookings() {
        for (String d : List.of("協働推進課", "環境政策課", "国際交流室", "防災課")) {
            kit.partners.organisation(PartnerType.CITY, "川口市 " + d);
        }
        kit.partners.organisation(PartnerType.CITY, "蕨市 協働推進課");
        for (int i = 0; i < 20; i++) {
            kit.partners.organisation(PartnerType.CIVIC, "市民団体" + i);
        }
        DemoDataLoader.Stories stories = new DemoDataLoader.Stories(
                kit.backend, kit.venues, kit.events, kit.series, kit.registrations, kit.exhibitors, kit.bookings);
        int created = SecurityContext.callAs(Actor.system("demo-data"), stories::load);
        assertTrue(created >= 40, "events: " + created);
        List<Event> fairs = as(
                        STAFF,
                        () -> kit.events.search(
                                new EventQuery("ボランティア見本市", null, null, false, null), PageRequest.first(5)))
                .items();
        assertEquals(LocalDateTime.of(2027, 10, 17, 10, 0), fairs.get(0).draft().startsAt());
        assertEquals(
                12,
                as(STAFF, () -> kit.exhibitors.of(fairs.get(0).id())).stream()
                        .filter(e -> !e.booth().isEmpty())
                        .count());
        Event forum = as(
                        STAFF,
                        () -> kit.events.search(
                                new EventQuery("多文化共生フォーラム", null, null, false, null), PageRequest.first(5)))
                .items()
                .get(0);
        assertTrue(forum.waiting() > 0, "waiting " + forum.waiting());
        var occupancy = as(STAFF, () -> kit.bookings.occupancy(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 1)));
        assertEquals(7, occupancy.size());
        assertTrue(occupancy.get(0).bookings() > 0);
        assertEquals(0, SecurityContext.callAs(Actor.system("demo-data"), stories::load), "loaded once");
    }
}
