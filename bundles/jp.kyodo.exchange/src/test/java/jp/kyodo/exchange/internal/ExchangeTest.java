package jp.kyodo.exchange.internal;

import static jp.kyodo.exchange.internal.City.ADMIN;
import static jp.kyodo.exchange.internal.City.STAFF;
import static jp.kyodo.exchange.internal.City.VIEWER;
import static jp.kyodo.exchange.internal.City.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.exchange.Conflict;
import jp.kyodo.exchange.Direction;
import jp.kyodo.exchange.ExchangeRefusedException;
import jp.kyodo.exchange.LogEntry;
import jp.kyodo.exchange.LogQuery;
import jp.kyodo.exchange.Outcome;
import jp.kyodo.exchange.Peer;
import jp.kyodo.exchange.PeerDraft;
import jp.kyodo.exchange.PeerState;
import jp.kyodo.exchange.ReceivedQuery;
import jp.kyodo.exchange.ReceivedRecord;
import jp.kyodo.exchange.ReceivedStatus;
import jp.kyodo.exchange.Resolution;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 川口市 and 川崎市, each on its own database, exchanging notes over HTTP on loopback. */
@DatabaseTest
class ExchangeTest {

    private static final Instant START = Instant.parse("2026-11-30T01:00:00Z");

    private City kawaguchi;
    private City kawasaki;

    @BeforeEach
    void cities() {
        kawaguchi = new City("112038", START);
        kawasaki = new City("141305", START);
        kawaguchi.knows(kawasaki);
        kawasaki.knows(kawaguchi);
    }

    @AfterEach
    void close() {
        kawaguchi.close();
        kawasaki.close();
    }

    private static List<ReceivedRecord> received(City city) {
        return as(VIEWER, () -> city.inbox
                .received(ReceivedQuery.all(), PageRequest.first(100))
                .items());
    }

    private static List<LogEntry> log(City city, Direction direction) {
        return as(STAFF, () -> city.log
                .entries(new LogQuery("", direction, null), PageRequest.first(100))
                .items());
    }

    private static void share(City city, String... ids) {
        as(STAFF, () -> city.sharing.share("notes.note", List.of(ids)));
    }

    @Test
    void sharedRecordsReachTheNeighbourWithTheirProvenanceInBothDirections() {
        String cleanup = kawaguchi.notes.add("芝川クリーン作戦", "毎月第2日曜");
        kawaguchi.notes.add("非公開のメモ", "共有しない");
        share(kawaguchi, cleanup);
        String festival = kawasaki.notes.add("多摩川ふれあいまつり", "河川敷で");
        share(kawasaki, festival);

        kawaguchi.outbox.round();
        kawasaki.outbox.round();

        ReceivedRecord atKawasaki = received(kawasaki).get(0);
        assertEquals("112038", atKawasaki.peerCode());
        assertEquals("川口市", atKawasaki.peerName());
        assertEquals(ReceivedStatus.CURRENT, atKawasaki.status());
        Notes.Note note = kawasaki.notes.notes.get(atKawasaki.localId());
        assertEquals("芝川クリーン作戦", note.title());
        assertEquals("毎月第2日曜", note.text());
        assertEquals("川口市", note.from());
        assertEquals(1, received(kawasaki).size(), "only the shared note");

        ReceivedRecord atKawaguchi = received(kawaguchi).get(0);
        assertEquals("川崎市", atKawaguchi.peerName());
        assertEquals("多摩川ふれあいまつり", atKawaguchi.title());

        Peer peer = as(VIEWER, () -> kawaguchi.peers.peer("141305")).orElseThrow();
        assertEquals(PeerState.UP_TO_DATE, peer.state());
        assertEquals(0, peer.backlog());
        assertNotNull(peer.lastSentAt());
        assertNotNull(peer.lastReceivedAt());
        assertEquals(Outcome.ACCEPTED, log(kawaguchi, Direction.OUT).get(0).outcome());
        assertEquals(Outcome.ACCEPTED, log(kawasaki, Direction.IN).get(0).outcome());
        assertEquals(
                log(kawaguchi, Direction.OUT).get(0).digest(),
                log(kawasaki, Direction.IN).get(0).digest(),
                "both logs name the same message");
    }

    @Test
    void theSameRecordsSentTwiceAreOneRecordAndAChangeIsSentAgain() {
        String id = kawaguchi.notes.add("防災訓練", "10月");
        share(kawaguchi, id);
        kawaguchi.outbox.round();
        // the sender lost the receipt and sends everything again from the start
        kawaguchi.db.execute("UPDATE EX_PEER SET ACKED_REVISION = 0");
        kawaguchi.outbox.round();
        assertEquals(2, kawasaki.delivered.size());
        assertEquals(1, kawasaki.notes.notes.size(), "the same message twice is one record");

        kawaguchi.notes.edit(id, "11月に変更");
        assertTrue(kawaguchi.sharing.recordChanged(kawaguchi.notes, id));
        kawaguchi.outbox.round();
        assertEquals(1, kawasaki.notes.notes.size());
        assertEquals("11月に変更", kawasaki.notes.notes.values().iterator().next().text());
        // an unchanged record takes no new revision
        assertTrue(!kawaguchi.sharing.recordChanged(kawaguchi.notes, id));
        // a change whose event was missed is found by the hourly reconciliation
        kawaguchi.notes.edit(id, "12月に再変更");
        assertEquals(1, kawaguchi.sharing.reconcile());
        assertEquals(0, kawaguchi.sharing.reconcile());
        kawaguchi.outbox.round();
        assertEquals("12月に再変更", kawasaki.notes.notes.values().iterator().next().text());
        // the changes of records nobody shares are passed over
        assertTrue(!kawaguchi.sharing.recordChanged(kawaguchi.notes, kawaguchi.notes.add("共有しないメモ", "x")));
    }

    @Test
    void aNeighbourDownCatchesUpWhenItIsBackAndFailuresBackOff() {
        for (int i = 0; i < 120; i++) {
            share(kawaguchi, kawaguchi.notes.add("講座 " + i, "内容 " + i));
        }
        kawasaki.stop();
        kawaguchi.outbox.round();
        Peer down = as(VIEWER, () -> kawaguchi.peers.peer("141305")).orElseThrow();
        assertEquals(PeerState.RETRYING, down.state());
        assertEquals(1, down.failures());
        assertEquals(120, down.backlog());
        assertTrue(down.nextAttemptAt().isAfter(START), "the next attempt waits");
        assertEquals(Outcome.FAILED, log(kawaguchi, Direction.OUT).get(0).outcome());
        kawaguchi.outbox.round();
        assertEquals(1, log(kawaguchi, Direction.OUT).size(), "nothing is tried before the next attempt is due");

        // a day later (the failures doubled the wait up to the hour) the neighbour is back
        for (int hour = 0; hour < 24; hour++) {
            kawaguchi.clock.advance(Duration.ofHours(1));
            kawasaki.clock.advance(Duration.ofHours(1));
            kawaguchi.outbox.round();
        }
        Peer stillDown = as(VIEWER, () -> kawaguchi.peers.peer("141305")).orElseThrow();
        assertTrue(stillDown.failures() > 5, "failed " + stillDown.failures());
        assertTrue(Duration.between(kawaguchi.clock.instant(), stillDown.nextAttemptAt())
                        .toSeconds()
                <= 3600);
        kawasaki.start();
        kawaguchi.clock.advance(Duration.ofHours(1));
        kawasaki.clock.advance(Duration.ofHours(1));
        kawaguchi.outbox.round();

        assertEquals(120, kawasaki.notes.notes.size(), "nothing lost");
        Peer back = as(VIEWER, () -> kawaguchi.peers.peer("141305")).orElseThrow();
        assertEquals(PeerState.UP_TO_DATE, back.state());
        assertEquals(0, back.failures());
        assertEquals("", back.lastError());
        assertEquals(3, kawasaki.delivered.size(), "120 records in messages of 50");
    }

    @Test
    void tamperedReplayedStaleAndUnknownMessagesAreRefusedAndLogged() {
        share(kawaguchi, kawaguchi.notes.add("子ども食堂", "毎週水曜"));
        kawaguchi.outbox.round();
        String original = kawasaki.delivered.get(0);

        ExchangeRefusedException replay =
                assertThrows(ExchangeRefusedException.class, () -> kawasaki.inbox.accept(original, "10.1.1.1"));
        assertEquals("replay", replay.code());
        assertEquals(409, replay.status());

        String[] parts = original.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.replace("子ども食堂", "偽の講座")
                                .replace(jtiOf(payload), "another-id")
                                .getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        ExchangeRefusedException tampered =
                assertThrows(ExchangeRefusedException.class, () -> kawasaki.inbox.accept(forged, "10.1.1.1"));
        assertEquals("bad-signature", tampered.code());
        assertEquals(401, tampered.status());

        assertEquals(
                "malformed",
                assertThrows(ExchangeRefusedException.class, () -> kawasaki.inbox.accept("nonsense", ""))
                        .code());
        // refused by the endpoint unread: logged all the same, with its size
        ExchangeRefusedException tooLarge = kawasaki.inbox.tooLarge(20L << 20, 16L << 20, "10.2.2.2");
        assertEquals("too-large", tooLarge.code());
        assertEquals(413, tooLarge.status());

        // a city nobody registered, with a key of its own
        try (City stranger = new City("112241", START)) {
            stranger.knows(kawasaki);
            share(stranger, stranger.notes.add("戸田のメモ", "x"));
            stranger.outbox.round();
            Peer refused = as(VIEWER, () -> stranger.peers.peer("141305")).orElseThrow();
            assertTrue(refused.lastError().contains("unknown-peer"), refused.lastError());
            assertEquals(Outcome.REJECTED, log(stranger, Direction.OUT).get(0).outcome());
        }

        // a message signed long ago
        share(kawaguchi, kawaguchi.notes.add("古いメモ", "x"));
        kawasaki.clock.advance(Duration.ofHours(2));
        kawaguchi.outbox.round();
        Peer stale = as(VIEWER, () -> kawaguchi.peers.peer("141305")).orElseThrow();
        assertTrue(stale.lastError().contains("stale"), stale.lastError());

        List<LogEntry> in = log(kawasaki, Direction.IN);
        assertEquals(
                List.of("stale", "unknown-peer", "too-large", "malformed", "bad-signature", "replay"),
                in.stream()
                        .filter(e -> e.outcome() == Outcome.REJECTED)
                        .map(e -> e.reason().split(":")[0])
                        .toList());
        LogEntry large = in.stream()
                .filter(e -> e.reason().startsWith("too-large"))
                .findFirst()
                .orElseThrow();
        assertEquals(20L << 20, large.bytes());
        assertEquals("10.2.2.2", large.address());
        assertEquals(1, kawasaki.notes.notes.size(), "only the genuine note was written");
        assertEquals("子ども食堂", kawasaki.notes.notes.values().iterator().next().title());
    }

    private static String jtiOf(String payload) {
        int at = payload.indexOf("\"jti\":\"") + 7;
        return payload.substring(at, payload.indexOf('"', at));
    }

    @Test
    void aLocalEditIsNeverOverwrittenSilently() {
        String id = kawaguchi.notes.add("清掃ボランティア募集", "10名");
        share(kawaguchi, id);
        kawaguchi.outbox.round();
        String local = received(kawasaki).get(0).localId();
        kawasaki.notes.edit(local, "川崎では20名");

        kawaguchi.notes.edit(id, "15名に変更");
        kawaguchi.sharing.recordChanged(kawaguchi.notes, id);
        kawaguchi.outbox.round();
        assertEquals("川崎では20名", kawasaki.notes.notes.get(local).text(), "the local edit stays");
        List<Conflict> conflicts = as(VIEWER, kawasaki.inbox::conflicts);
        assertEquals(1, conflicts.size());
        assertEquals("川口市", conflicts.get(0).peerName());
        assertEquals(
                List.of(new Conflict.Difference("本文", "15名に変更", "川崎では20名")),
                conflicts.get(0).differences(),
                "what the neighbour changed against what was edited here");
        assertEquals(ReceivedStatus.CONFLICT, received(kawasaki).get(0).status());

        assertThrows(
                jp.kyodo.core.AccessDeniedException.class,
                () -> as(VIEWER, () -> {
                    kawasaki.inbox.resolve(conflicts.get(0).id(), Resolution.TAKE_THEIRS);
                    return null;
                }));
        as(STAFF, () -> {
            kawasaki.inbox.resolve(conflicts.get(0).id(), Resolution.TAKE_THEIRS);
            return null;
        });
        assertEquals("15名に変更", kawasaki.notes.notes.get(local).text());
        assertEquals(ReceivedStatus.CURRENT, received(kawasaki).get(0).status());
        assertTrue(as(VIEWER, kawasaki.inbox::conflicts).isEmpty());

        // kept ours: their next change is offered again
        kawasaki.notes.edit(local, "川崎の内容");
        kawaguchi.notes.edit(id, "16名");
        kawaguchi.sharing.recordChanged(kawaguchi.notes, id);
        kawaguchi.outbox.round();
        long second = as(VIEWER, kawasaki.inbox::conflicts).get(0).id();
        as(STAFF, () -> {
            kawasaki.inbox.resolve(second, Resolution.KEEP_OURS);
            return null;
        });
        assertEquals("川崎の内容", kawasaki.notes.notes.get(local).text());
        kawaguchi.notes.edit(id, "17名");
        kawaguchi.sharing.recordChanged(kawaguchi.notes, id);
        kawaguchi.outbox.round();
        assertEquals("川崎の内容", kawasaki.notes.notes.get(local).text());
        assertEquals(1, as(VIEWER, kawasaki.inbox::conflicts).size());
    }

    @Test
    void aWithdrawnOrHiddenRecordIsWithdrawnAtTheNeighbour() {
        String a = kawaguchi.notes.add("A", "a");
        String h = kawaguchi.notes.add("H", "h");
        share(kawaguchi, a, h);
        kawaguchi.outbox.round();
        as(STAFF, () -> kawaguchi.sharing.withdraw("notes.note", List.of(a)));
        kawaguchi.notes.hide(h);
        kawaguchi.sharing.recordChanged(kawaguchi.notes, h);
        kawaguchi.outbox.round();
        assertEquals(
                List.of(ReceivedStatus.WITHDRAWN, ReceivedStatus.WITHDRAWN),
                received(kawasaki).stream().map(ReceivedRecord::status).toList());
        assertEquals(2, kawasaki.notes.notes.size(), "the local copies stay");
    }

    @Test
    void aRotatedKeyIsAnnouncedWithTheOldOneAndSignsFromThenOn() {
        String before = kawaguchi.identity().keyId();
        as(ADMIN, kawaguchi.peers::rotateKey);
        assertTrue(!before.equals(kawaguchi.identity().keyId()));
        assertEquals(before, kawaguchi.identity().previousKeyId());
        share(kawaguchi, kawaguchi.notes.add("新しい鍵で", "x"));
        kawaguchi.outbox.round();
        assertEquals(1, kawasaki.notes.notes.size());
        Peer atKawasaki = as(VIEWER, () -> kawasaki.peers.peer("112038")).orElseThrow();
        assertEquals(kawaguchi.identity().publicKey(), atKawasaki.publicKey());
    }

    @Test
    void anAnswerThatIsNotTheNeighboursReceiptIsAFailure() {
        kawasaki.answer = reply -> "<html>maintenance</html>";
        share(kawaguchi, kawaguchi.notes.add("X", "x"));
        kawaguchi.outbox.round();
        Peer peer = as(VIEWER, () -> kawaguchi.peers.peer("141305")).orElseThrow();
        assertEquals(PeerState.RETRYING, peer.state());
        assertTrue(peer.lastError().startsWith("受領証が不正です"), peer.lastError());
        assertEquals(1, peer.backlog(), "not acknowledged: sent again later");
        // a receipt signed by someone else
        kawasaki.answer = reply -> {
            try (City other = new City("111007", START)) {
                return Wire.sign(other.backend.keys().current(), Map.of("iss", "141305"));
            }
        };
        kawaguchi.clock.advance(Duration.ofMinutes(1));
        kawasaki.clock.advance(Duration.ofMinutes(1));
        kawaguchi.outbox.round();
        peer = as(VIEWER, () -> kawaguchi.peers.peer("141305")).orElseThrow();
        assertTrue(peer.lastError().contains("署名"), peer.lastError());
    }

    @Test
    void peersAreCheckedAtTheirFieldsAndChangedByAdministratorsOnly() {
        ValidationException wrong = assertThrows(
                ValidationException.class,
                () -> as(ADMIN, () -> kawaguchi.peers.register(new PeerDraft("112031", "ftp://x", "short", true))));
        assertEquals(
                List.of("municipalityCode", "baseUrl", "publicKey"),
                wrong.errors().stream().map(e -> e.field()).toList());
        assertTrue(wrong.errors().get(0).message().contains("112038"), "names the right check digit");
        ValidationException own = assertThrows(
                ValidationException.class,
                () -> as(
                        ADMIN,
                        () -> kawaguchi.peers.register(new PeerDraft(
                                "１１２０３８",
                                "https://kyodo.example.jp",
                                kawasaki.identity().publicKey(),
                                true))));
        assertTrue(own.errors().get(0).message().contains("自身"));
        assertThrows(
                jp.kyodo.core.ConflictException.class,
                () -> as(
                        ADMIN,
                        () -> kawaguchi.peers.register(new PeerDraft(
                                "141305",
                                "https://kyodo.example.jp",
                                kawasaki.identity().publicKey(),
                                true))));
        assertThrows(
                jp.kyodo.core.AccessDeniedException.class,
                () -> as(
                        STAFF,
                        () -> kawaguchi.peers.register(new PeerDraft(
                                "112232",
                                "https://kyodo.warabi.example.jp",
                                kawasaki.identity().publicKey(),
                                true))));
        Peer warabi = as(
                ADMIN,
                () -> kawaguchi.peers.register(new PeerDraft(
                        "112232",
                        "https://kyodo.warabi.example.jp",
                        kawasaki.identity().publicKey(),
                        false)));
        assertEquals("蕨市", warabi.name());
        assertEquals(PeerState.PAUSED, warabi.state());
        assertTrue(kawaguchi.audit.entries().stream().anyMatch(e -> e.detail().contains("蕨市")));
    }
}
