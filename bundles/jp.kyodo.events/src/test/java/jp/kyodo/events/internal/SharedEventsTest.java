package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsKit.STAFF;
import static jp.kyodo.events.internal.EventsKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.exchange.ShareableType.Candidate;
import jp.kyodo.core.exchange.ShareableType.Outgoing;
import jp.kyodo.core.exchange.ShareableType.Provenance;
import jp.kyodo.core.exchange.ShareableType.Received;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.events.CollaborationForm;
import jp.kyodo.events.Event;
import jp.kyodo.events.EventDraft;
import jp.kyodo.events.EventTopics;
import jp.kyodo.events.Organiser;
import jp.kyodo.events.Room;
import jp.kyodo.events.Titles;
import jp.kyodo.testing.DatabaseTest;
import jp.kyodo.testing.StatementLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Public events as the exchange module sends and receives them: Kawaguchi's events into a second city's store. */
@DatabaseTest
class SharedEventsTest {

    /** The exchange calls as the platform. */
    private static final Actor EXCHANGE = Actor.system("exchange");

    private static final Provenance KAWAGUCHI = new Provenance("112038", "川口市");

    private final EventsKit kit = new EventsKit();
    /** The neighbouring city, on a database of its own. */
    private final EventsKit neighbour = new EventsKit();

    @AfterEach
    void close() {
        neighbour.close();
        kit.close();
    }

    private static <T> T asExchange(Callable<T> task) {
        return SecurityContext.callAs(EXCHANGE, task);
    }

    private Event ecoLife(Room room) {
        return as(
                STAFF,
                () -> kit.events.create(EventDraft.of(
                                new Titles("エコライフDAY説明会; 参加者募集, 先着順", "Eco-life Day", "", "", ""),
                                List.of(
                                        Organiser.of(kit.division.id(), CollaborationForm.HOST),
                                        Organiser.of(kit.npo.id(), CollaborationForm.CO_HOST)),
                                "",
                                LocalDateTime.of(2026, 12, 13, 10, 0),
                                LocalDateTime.of(2026, 12, 13, 12, 0))
                        .withRoom(room.id())
                        .withText("チェックシートを配ります。\n持ち物: 筆記用具", "講座・教室", "どなたでも")
                        .withCapacity(25)
                        .withFee(300, "資料代")));
    }

    private Event walk(boolean publicEvent, LocalDateTime starts) {
        return as(
                STAFF,
                () -> kit.events.create(EventDraft.of(
                                Titles.of("見沼たんぼ散策"),
                                List.of(Organiser.of(kit.npo.id(), CollaborationForm.HOST)),
                                "見沼自然公園",
                                starts,
                                starts.plusHours(3))
                        .withPublic(publicEvent)));
    }

    @Test
    void anExportedEventIsReceivedByANeighbourWithItsContentAndWhereItCameFrom() {
        Room room = kit.station();
        Event e = ecoLife(room);
        String id = Long.toString(e.id());
        Outgoing out = asExchange(() -> kit.shared.export(List.of(id))).get(id);
        assertEquals("エコライフDAY説明会; 参加者募集, 先着順", out.title());
        String[] lines = out.payload().split("\r\n");
        assertEquals(2, lines.length, out.payload());
        assertTrue(lines[0].startsWith("全国地方公共団体コード,ID,地方公共団体名,イベント名,"), lines[0]);
        assertTrue(lines[1].startsWith("112038," + id + ",川口市,"), lines[1]);
        assertEquals(asExchange(() -> kit.shared.fingerprints(List.of(id))).get(id), out.fingerprint());

        Received received = asExchange(() -> neighbour.shared.receive(KAWAGUCHI, id, 1, out.payload(), null));
        assertEquals(out.title(), received.title());
        Event there = as(STAFF, () -> neighbour.events.get(Long.parseLong(received.localId())));
        EventDraft d = there.draft();
        assertEquals(e.draft().title().ja(), d.title().ja());
        assertEquals("Eco-life Day", d.title().en());
        assertEquals(LocalDateTime.of(2026, 12, 13, 10, 0), d.startsAt());
        assertEquals(LocalDateTime.of(2026, 12, 13, 12, 0), d.endsAt());
        assertEquals("市民活動センター 会議室A 埼玉県川口市本町1-1-1", d.place());
        assertEquals(300, d.feeYen());
        assertEquals("資料代", d.feeNote());
        assertEquals(25, d.capacity());
        assertTrue(d.publicEvent(), "a neighbour's public event is listed as public here too");
        assertEquals("主催: 市民協働推進課 / 共催: NPO法人かわぐち環境ネット（川口市から）", there.organiserText());
        assertEquals(
                received.fingerprint(),
                asExchange(() -> neighbour.shared.fingerprints(List.of(received.localId())))
                        .get(received.localId()));
        assertEquals(1, neighbour.audit.of(AuditAction.IMPORT).size());
        assertTrue(neighbour.audit.of(AuditAction.IMPORT).get(0).detail().contains("川口市（112038）から公開イベント"));

        // a later import of Kawaguchi's own list finds the same event by its city code and ID
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        as(STAFF, () -> {
            kit.publishing.exportEventList(jp.kyodo.events.EventQuery.between(null, null), csv);
            return null;
        });
        var report = as(STAFF, () -> neighbour.publishing.importEventList(csv.toByteArray(), true));
        assertEquals(0, report.created());
        assertEquals(1, report.updated());
    }

    @Test
    void theSamePayloadAgainUpdatesTheEventAndAnEditChangesTheFingerprint() {
        Event e = walk(true, LocalDateTime.of(2026, 12, 6, 9, 0));
        String id = Long.toString(e.id());
        Outgoing first = asExchange(() -> kit.shared.export(List.of(id))).get(id);
        Received r = asExchange(() -> neighbour.shared.receive(KAWAGUCHI, id, 1, first.payload(), null));
        Received again = asExchange(() -> neighbour.shared.receive(KAWAGUCHI, id, 1, first.payload(), r.localId()));
        assertEquals(r.localId(), again.localId());
        assertEquals(r.fingerprint(), again.fingerprint(), "the same content, the same fingerprint");
        assertEquals(
                1,
                as(
                                STAFF,
                                () -> neighbour.events.search(
                                        jp.kyodo.events.EventQuery.between(null, null),
                                        jp.kyodo.core.PageRequest.first(5)))
                        .total());
        // without the local id (the exchange lost it) the source key finds the event: still one
        asExchange(() -> neighbour.shared.receive(KAWAGUCHI, id, 1, first.payload(), null));
        assertEquals(
                1,
                as(
                                STAFF,
                                () -> neighbour.events.search(
                                        jp.kyodo.events.EventQuery.between(null, null),
                                        jp.kyodo.core.PageRequest.first(5)))
                        .total());

        // unchanged: the same fingerprint; changed: another, and the neighbour's copy follows
        assertEquals(
                first.fingerprint(),
                asExchange(() -> kit.shared.fingerprints(List.of(id))).get(id));
        as(STAFF, () -> kit.events.update(e.id(), e.version(), e.draft().withFee(500, "")));
        Outgoing changed = asExchange(() -> kit.shared.export(List.of(id))).get(id);
        assertNotEquals(first.fingerprint(), changed.fingerprint());
        Received updated = asExchange(() -> neighbour.shared.receive(KAWAGUCHI, id, 1, changed.payload(), r.localId()));
        assertNotEquals(r.fingerprint(), updated.fingerprint());
        assertEquals(
                500,
                as(STAFF, () -> neighbour.events.get(Long.parseLong(r.localId())))
                        .draft()
                        .feeYen());

        // a local edit of the received event shows in its fingerprint
        Event local = as(STAFF, () -> neighbour.events.get(Long.parseLong(r.localId())));
        EventDraft edited = EventDraft.of(
                        local.draft().title(),
                        List.of(Organiser.of(neighbour.division.id(), CollaborationForm.HOST)),
                        local.draft().place(),
                        local.draft().startsAt(),
                        local.draft().endsAt())
                .withText("雨天中止", "", "")
                .withFee(500, "");
        as(STAFF, () -> neighbour.events.update(local.id(), local.version(), edited));
        assertNotEquals(
                updated.fingerprint(),
                asExchange(() -> neighbour.shared.fingerprints(List.of(r.localId())))
                        .get(r.localId()));
    }

    @Test
    void aPayloadReadsAsItsColumnsWithoutThoseNamingTheCityAndAFreeEventSaysSoOnce() {
        Event e = walk(true, LocalDateTime.of(2026, 12, 6, 9, 0));
        String id = Long.toString(e.id());
        Outgoing out = asExchange(() -> kit.shared.export(List.of(id))).get(id);
        java.util.Map<String, String> fields = kit.shared.fields(out.payload());
        assertEquals(e.draft().title().ja(), fields.get("イベント名"));
        assertEquals("2026-12-06", fields.get("開始日"));
        assertFalse(fields.containsKey("全国地方公共団体コード"), fields.toString());
        assertFalse(fields.containsKey("ID"), fields.toString());
        assertTrue(kit.shared.fields("garbage").isEmpty());
        // received and sent on again: 「無料」 is not doubled on the way
        Received r = asExchange(() -> neighbour.shared.receive(KAWAGUCHI, id, 1, out.payload(), null));
        Outgoing back =
                asExchange(() -> neighbour.shared.export(List.of(r.localId()))).get(r.localId());
        assertEquals(
                fields.get("料金(詳細)"), neighbour.shared.fields(back.payload()).get("料金(詳細)"));
    }

    @Test
    void privateCancelledAndMissingEventsAreNotExported() {
        Event open = walk(true, LocalDateTime.of(2026, 12, 6, 9, 0));
        Event hidden = walk(false, LocalDateTime.of(2026, 12, 7, 9, 0));
        Event cancelled = walk(true, LocalDateTime.of(2026, 12, 8, 9, 0));
        as(STAFF, () -> kit.events.cancel(cancelled.id(), cancelled.version(), "雨天のため"));
        List<String> ids = List.of(
                Long.toString(open.id()),
                Long.toString(hidden.id()),
                Long.toString(cancelled.id()),
                "999999",
                "not-a-number");
        Map<String, Outgoing> out = asExchange(() -> kit.shared.export(ids));
        assertEquals(List.of(Long.toString(open.id())), new ArrayList<>(out.keySet()));
        // fingerprints name every event that exists (a local edit is noticed whether or not it is public)
        assertEquals(3, asExchange(() -> kit.shared.fingerprints(ids)).size());
        assertEquals(
                List.of(),
                asExchange(() -> kit.shared.export(List.of())).keySet().stream().toList());
    }

    @Test
    void aPayloadOfAnotherVersionOrUnreadableIsRefusedWithAClearMessage() {
        Event e = walk(true, LocalDateTime.of(2026, 12, 6, 9, 0));
        String id = Long.toString(e.id());
        String payload =
                asExchange(() -> kit.shared.export(List.of(id))).get(id).payload();
        ValidationException v2 = assertThrows(
                ValidationException.class,
                () -> asExchange(() -> neighbour.shared.receive(KAWAGUCHI, id, 2, payload, null)));
        assertEquals("version", v2.errors().get(0).field());
        assertTrue(v2.getMessage().contains("バージョン2は読めません"), v2.getMessage());

        ValidationException garbage = assertThrows(
                ValidationException.class,
                () -> asExchange(() -> neighbour.shared.receive(KAWAGUCHI, id, 1, "\u0000garbage\"x", null)));
        assertEquals("payload", garbage.errors().get(0).field());
        assertTrue(garbage.getMessage().contains("受信した公開イベントのデータ"), garbage.getMessage());

        String badDate = payload.replace("2026-12-06", "2026-13-06");
        ValidationException date = assertThrows(
                ValidationException.class,
                () -> asExchange(() -> neighbour.shared.receive(KAWAGUCHI, id, 1, badDate, null)));
        assertEquals("payload", date.errors().get(0).field());
        assertTrue(date.getMessage().contains("開始日"), date.getMessage());

        String twoRows = payload + payload.substring(payload.indexOf("\r\n") + 2);
        ValidationException rows = assertThrows(
                ValidationException.class,
                () -> asExchange(() -> neighbour.shared.receive(KAWAGUCHI, id, 1, twoRows, null)));
        assertTrue(rows.getMessage().contains("イベント1行ではありません（2行）"), rows.getMessage());

        ValidationException gone = assertThrows(
                ValidationException.class,
                () -> asExchange(() -> neighbour.shared.receive(KAWAGUCHI, id, 1, payload, "424242")));
        assertEquals("localId", gone.errors().get(0).field());
        assertEquals(0, neighbour.audit.of(AuditAction.IMPORT).size());
    }

    @Test
    void candidatesAreUpcomingPublicEventsSoonestFirst() {
        walk(true, LocalDateTime.of(2026, 12, 20, 9, 0));
        walk(true, LocalDateTime.of(2026, 12, 6, 9, 0));
        walk(true, LocalDateTime.of(2026, 11, 1, 9, 0)); // over
        walk(false, LocalDateTime.of(2026, 12, 7, 9, 0));
        List<Candidate> candidates = asExchange(() -> kit.shared.candidates("", 10));
        assertEquals(
                List.of("2026-12-06（日） 09:00〜12:00 見沼自然公園", "2026-12-20（日） 09:00〜12:00 見沼自然公園"),
                candidates.stream().map(Candidate::detail).toList());
        assertEquals("見沼たんぼ散策", candidates.get(0).title());
        assertEquals(1, asExchange(() -> kit.shared.candidates("", 1)).size());
        assertEquals(List.of(), asExchange(() -> kit.shared.candidates("エコライフ", 10)));
        assertEquals(2, asExchange(() -> kit.shared.candidates("見沼", 10)).size());
        assertEquals("公開イベント", kit.shared.title(Locale.JAPANESE));
        assertEquals("Public events", kit.shared.title(Locale.ENGLISH));
        assertEquals("events.event", kit.shared.type());
        assertEquals(List.of(EventTopics.EVENT_CREATED, EventTopics.EVENT_UPDATED), kit.shared.changeTopics());
        assertEquals(EventTopics.ID, kit.shared.idProperty());
    }

    @Test
    void fiveHundredEventsAreExportedWithOneQueryPerTable() {
        Room room = kit.station();
        List<String> ids = insert(kit, 500, room);
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        EventsBackend counted = new EventsBackend(
                StatementLog.recording(kit.db.transactions(), statements),
                kit.jpa,
                kit.audit,
                kit.partners,
                kit.clock,
                EventsKit.config());
        VenueService venues = new VenueService(counted);
        EventService events = new EventService(counted, venues);
        SharedEvents shared = new SharedEvents(counted, events, new PublishingService(counted, events, venues));

        Map<String, Outgoing> out = asExchange(() -> shared.export(ids));
        assertEquals(500, out.size());
        assertEquals(1, count(statements, "FROM EVT_EVENT"), statements.toString());
        assertEquals(1, count(statements, "FROM EVT_ORGANISER"), statements.toString());
        statements.clear();
        assertEquals(500, asExchange(() -> shared.fingerprints(ids)).size());
        assertEquals(1, count(statements, "FROM EVT_EVENT"));
        assertEquals(1, count(statements, "FROM EVT_ORGANISER"));
        assertFalse(out.get(ids.get(0)).payload().isEmpty());
    }

    private static long count(List<String> statements, String table) {
        return statements.stream().filter(s -> s.contains(table)).count();
    }

    /** Events written straight into the store (as many as a benchmark wants, in one transaction). */
    static List<String> insert(EventsKit kit, int n, Room room) {
        EventStore store = new EventStore();
        List<String> ids = new ArrayList<>(n);
        kit.backend.write(c -> {
            for (int i = 0; i < n; i++) {
                LocalDateTime starts = LocalDateTime.of(2027, 1, 1, 10, 0).plusDays(i % 300);
                EventDraft d = EventDraft.of(
                                Titles.of("地域の催し " + i),
                                List.of(Organiser.of(kit.division.id(), CollaborationForm.HOST)),
                                "",
                                starts,
                                starts.plusHours(2))
                        .withRoom(room.id())
                        .withFee(i % 3 * 100L, "");
                ids.add(Long.toString(store.insert(c, d, null, "", null, kit.backend.now())));
            }
            return null;
        });
        return ids;
    }
}
