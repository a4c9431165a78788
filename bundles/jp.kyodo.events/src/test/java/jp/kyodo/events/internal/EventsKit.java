package jp.kyodo.events.internal;

import java.lang.annotation.Annotation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.events.Room;
import jp.kyodo.events.RoomDraft;
import jp.kyodo.events.Venue;
import jp.kyodo.events.VenueDraft;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.testing.MutableClock;
import jp.kyodo.testing.RecordingAuditLog;
import jp.kyodo.testing.TestDatabase;
import jp.kyodo.testing.TestJpa;

/** The events services on a fresh database (JDBC and the JPA unit in one transaction manager), a movable clock. */
final class EventsKit implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    static final Actor COORDINATOR = new Actor("suishin", Set.of(Role.COORDINATOR), "10.0.0.1");
    static final Actor STAFF = new Actor("shokuin", Set.of(Role.STAFF), "10.0.0.2");
    static final Actor VIEWER = new Actor("etsuran", Set.of(Role.VIEWER), "10.0.0.3");

    final TestDatabase db = TestDatabase.create("jp.kyodo.core", "jp.kyodo.events");
    final TestJpa jpa = db.jpa("kyodo-events");
    final RecordingAuditLog audit = new RecordingAuditLog();
    final MutableClock clock =
            new MutableClock(TODAY.atStartOfDay(TOKYO).plusHours(10).toInstant(), TOKYO);
    final Partners partners = new Partners();
    final EventsBackend backend;
    final VenueService venues;
    final EventService events;
    final RegistrationService registrations;
    final ExhibitorService exhibitors;
    final SeriesService series;
    final BookingService bookings;
    final PublishingService publishing;
    final SharedEvents shared;

    /** The city's collaboration division: hosts events. */
    final PartnerProfile division;
    /** A civic group: books rooms, co-hosts, exhibits. */
    final PartnerProfile npo;

    EventsKit() {
        backend = new EventsBackend(db.transactions(), jpa, audit, partners, clock, config());
        venues = new VenueService(backend);
        events = new EventService(backend, venues);
        registrations = new RegistrationService(backend);
        exhibitors = new ExhibitorService(backend);
        series = new SeriesService(backend, events);
        bookings = new BookingService(backend, venues);
        publishing = new PublishingService(backend, events, venues);
        shared = new SharedEvents(backend, events, publishing);
        division = partners.organisation(PartnerType.CITY, "市民協働推進課");
        npo = partners.organisation(PartnerType.CIVIC, "NPO法人かわぐち環境ネット");
    }

    /** 市民活動センター (9:00–21:30, closed on Mondays and holidays) with a meeting room. */
    Room station() {
        return as(COORDINATOR, () -> {
            Venue v = venues.createVenue(
                    VenueDraft.of("市民活動センター", "埼玉県川口市本町1-1-1", LocalTime.of(9, 0), LocalTime.of(21, 30))
                            .closed(Set.of(DayOfWeek.MONDAY), true, Set.of(LocalDate.of(2026, 12, 29))));
            return venues.addRoom(new RoomDraft(v.id(), "会議室A", 30, Set.of("プロジェクター", "ホワイトボード"), 600));
        });
    }

    static <T> T as(Actor actor, Callable<T> task) {
        return SecurityContext.callAs(actor, task);
    }

    static EventsConfiguration config() {
        return new EventsConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EventsConfiguration.class;
            }

            @Override
            public String cityCode() {
                return "112038";
            }

            @Override
            public String cityName() {
                return "川口市";
            }

            @Override
            public String prefecture() {
                return "埼玉県";
            }

            @Override
            public String layoutFolder() {
                return "";
            }

            @Override
            public String exportLayout() {
                return "current";
            }

            @Override
            public int maxImportMegabytes() {
                return 20;
            }
        };
    }

    @Override
    public void close() {
        jpa.close();
        db.close();
    }
}
