package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsKit.STAFF;
import static jp.kyodo.events.internal.EventsKit.VIEWER;
import static jp.kyodo.events.internal.EventsKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.events.CollaborationForm;
import jp.kyodo.events.Event;
import jp.kyodo.events.EventDraft;
import jp.kyodo.events.EventQuery;
import jp.kyodo.events.Exhibitor;
import jp.kyodo.events.Organiser;
import jp.kyodo.events.Registration;
import jp.kyodo.events.RegistrationDraft;
import jp.kyodo.events.RegistrationStatus;
import jp.kyodo.events.Titles;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class EventTest {

    private static final LocalDateTime FORUM = LocalDateTime.of(2026, 12, 12, 14, 0);

    private final EventsKit kit = new EventsKit();

    @AfterEach
    void close() {
        kit.close();
    }

    private Event forum(int capacity) {
        return as(
                STAFF,
                () -> kit.events.create(EventDraft.of(
                                new Titles(
                                        "多文化共生フォーラム",
                                        "Multicultural Forum",
                                        "多元文化共生论坛",
                                        "다문화 공생 포럼",
                                        "いろいろな くにの ひとと くらす はなしあい"),
                                List.of(
                                        Organiser.of(kit.division.id(), CollaborationForm.HOST),
                                        Organiser.of(kit.npo.id(), CollaborationForm.ENDORSEMENT)),
                                "芝公民館",
                                FORUM,
                                FORUM.plusHours(2))
                        .withCapacity(capacity)
                        .withAudience(null, null, Set.of("ja", "zh"))
                        .withFee(300, "資料代")));
    }

    @Test
    void anEventIsFoundByAnyOfItsTitlesWhateverKanaOrWidth() {
        Event e = forum(40);
        assertEquals("Multicultural Forum", e.draft().title().in(Locale.ENGLISH));
        assertEquals("多元文化共生论坛", e.draft().title().in(Locale.CHINESE));
        assertEquals("多文化共生フォーラム", e.draft().title().in(Locale.FRENCH));
        assertEquals("市民協働推進課", e.draft().organisers().get(0).name());
        for (String q : List.of("ﾌｫｰﾗﾑ", "ふぉーらむ", "multicultural", "论坛", "다문화")) {
            assertEquals(
                    1,
                    as(
                                    VIEWER,
                                    () -> kit.events.search(
                                            new EventQuery(q, null, null, false, null), PageRequest.first(5)))
                            .total(),
                    q);
        }
    }

    @Test
    void withoutAHostOrWithAnUnknownPartnerEveryProblemIsReported() {
        EventDraft bad = EventDraft.of(
                        Titles.of(""),
                        List.of(
                                Organiser.of(kit.npo.id(), CollaborationForm.ENDORSEMENT),
                                Organiser.of(999, CollaborationForm.CO_HOST)),
                        "",
                        FORUM,
                        FORUM.minusHours(1))
                .withCapacity(0);
        ValidationException e = assertThrows(ValidationException.class, () -> as(STAFF, () -> kit.events.create(bad)));
        assertEquals(
                Set.of("title.ja", "endsAt", "capacity", "organisers", "organisers[1].partnerId", "place"),
                Set.copyOf(e.errors().stream().map(FieldError::field).toList()));
        assertEquals(
                "Choose at least one host or committee (co-hosts and endorsements alone are not enough)",
                e.errors().stream()
                        .filter(f -> f.field().equals("organisers"))
                        .findFirst()
                        .orElseThrow()
                        .message(Locale.ENGLISH));
    }

    @Test
    void pastCapacityOntoTheWaitingListAndACancellationMovesTheNextUp() {
        Event e = forum(5);
        Registration a = as(STAFF, () -> kit.registrations.register(RegistrationDraft.of(e.id(), "山田", 3)));
        Registration b = as(STAFF, () -> kit.registrations.register(RegistrationDraft.of(e.id(), "李", 2)));
        Registration c = as(STAFF, () -> kit.registrations.register(RegistrationDraft.of(e.id(), "佐藤", 2)));
        Registration d = as(STAFF, () -> kit.registrations.register(RegistrationDraft.of(e.id(), "金", 1)));
        assertEquals(RegistrationStatus.CONFIRMED, a.status());
        assertEquals(RegistrationStatus.CONFIRMED, b.status());
        assertEquals(RegistrationStatus.WAITING, c.status());
        // one place is left, but 佐藤 waits first: nobody jumps the queue
        assertEquals(RegistrationStatus.WAITING, d.status());
        Event full = as(STAFF, () -> kit.events.get(e.id()));
        assertEquals(5, full.confirmed());
        assertEquals(3, full.waiting());
        assertEquals(0, full.placesLeft());
        List<Registration> moved = as(STAFF, () -> kit.registrations.cancel(b.id()));
        assertEquals(List.of("佐藤"), moved.stream().map(r -> r.draft().name()).toList());
        List<Registration> list = as(STAFF, () -> kit.registrations.of(e.id()));
        assertEquals(
                List.of("山田", "佐藤", "金", "李"),
                list.stream().map(r -> r.draft().name()).toList());
        assertEquals(1, list.get(2).waitingPosition());
        moved = as(STAFF, () -> kit.registrations.cancel(c.id()));
        assertEquals(List.of("金"), moved.stream().map(r -> r.draft().name()).toList());
        Registration in = as(STAFF, () -> kit.registrations.checkIn(a.id()));
        assertEquals(kit.clock.instant(), in.checkedInAt());
        ValidationException notConfirmed =
                assertThrows(ValidationException.class, () -> as(STAFF, () -> kit.registrations.checkIn(b.id())));
        assertEquals("status", notConfirmed.errors().get(0).field());
    }

    @Test
    void concurrentRegistrationsNeverOverfillTheEvent() throws Exception {
        Event e = forum(10);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(30);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Registration>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String name = "参加者" + i;
            results.add(pool.submit(() -> {
                start.await();
                return as(STAFF, () -> kit.registrations.register(RegistrationDraft.of(e.id(), name, 1)));
            }));
        }
        start.countDown();
        int confirmed = 0;
        for (var f : results) {
            confirmed +=
                    f.get(120, java.util.concurrent.TimeUnit.SECONDS).status() == RegistrationStatus.CONFIRMED ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(10, confirmed);
        Event after = as(STAFF, () -> kit.events.get(e.id()));
        assertEquals(10, after.confirmed());
        assertEquals(20, after.waiting());
    }

    @Test
    void exhibitorsGetOneBoothEach() {
        Event fair = forum(100);
        var other = kit.partners.organisation(PartnerType.CIVIC, "川口手話サークル");
        Exhibitor first = as(STAFF, () -> kit.exhibitors.add(fair.id(), kit.npo.id(), "A-1", "電源が必要"));
        assertEquals("NPO法人かわぐち環境ネット", first.partnerName());
        assertThrows(
                ConflictException.class, () -> as(STAFF, () -> kit.exhibitors.add(fair.id(), other.id(), "A-1", "")));
        assertThrows(
                ConflictException.class, () -> as(STAFF, () -> kit.exhibitors.add(fair.id(), kit.npo.id(), "", "")));
        Exhibitor second = as(STAFF, () -> kit.exhibitors.add(fair.id(), other.id(), "", ""));
        assertEquals(
                List.of("A-1", ""),
                as(STAFF, () -> kit.exhibitors.of(fair.id())).stream()
                        .map(Exhibitor::booth)
                        .toList());
        assertThrows(ConflictException.class, () -> as(STAFF, () -> kit.exhibitors.assignBooth(second.id(), "A-1")));
        as(STAFF, () -> kit.exhibitors.assignBooth(second.id(), "B-2"));
        assertEquals(
                List.of("A-1", "B-2"),
                as(STAFF, () -> kit.exhibitors.of(fair.id())).stream()
                        .map(Exhibitor::booth)
                        .toList());
    }
}
