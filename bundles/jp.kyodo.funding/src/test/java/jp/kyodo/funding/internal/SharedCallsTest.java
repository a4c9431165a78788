package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingKit.COORDINATOR;
import static jp.kyodo.funding.internal.FundingKit.VIEWER;
import static jp.kyodo.funding.internal.FundingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.exchange.ShareableType.Candidate;
import jp.kyodo.core.exchange.ShareableType.Outgoing;
import jp.kyodo.core.exchange.ShareableType.Provenance;
import jp.kyodo.core.exchange.ShareableType.Received;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.funding.FundingEvents;
import jp.kyodo.funding.NeighbourCall;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeDraft;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.ReviewCriterion;
import jp.kyodo.funding.SubsidyRate;
import jp.kyodo.testing.DatabaseTest;
import jp.kyodo.testing.StatementLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Grant calls as the exchange module sends and receives them: this city's calls into a neighbour's store. */
@DatabaseTest
class SharedCallsTest {

    /** The exchange calls as the platform. */
    private static final Actor EXCHANGE = Actor.system("exchange");

    /** The sending city of the kit (its configuration: さいたま市, 111007). */
    private static final Provenance SAITAMA = new Provenance("111007", "さいたま市");

    private static final Provenance KAWAGUCHI = new Provenance("112038", "川口市");

    private final FundingKit kit = new FundingKit();
    /** The neighbouring city, on a database of its own. */
    private final FundingKit neighbour = new FundingKit();

    private final List<Event> events = new CopyOnWriteArrayList<>();

    SharedCallsTest() {
        neighbour.backend.eventAdmin = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                events.add(event);
            }
        };
    }

    @AfterEach
    void close() {
        neighbour.close();
        kit.close();
    }

    private static <T> T asExchange(Callable<T> task) {
        return SecurityContext.callAs(EXCHANGE, task);
    }

    /** A published programme of the kit's city (today is 2026-06-15). */
    private Programme call(String title, LocalDate opens, LocalDate closes) {
        ProgrammeDraft draft = ProgrammeDraft.of(2026, ProgrammeKind.CITIZEN_ACTIVITY, title, 3_000_000, opens, closes)
                .withLimits(300_000L, new SubsidyRate(2, 3))
                .withWard("", kit.department.id())
                .withDocumentsAndCriteria(
                        List.of("事業計画書", "収支予算書"),
                        List.of(new ReviewCriterion(ReviewCriterion.PUBLIC_BENEFIT, "公益性", 1, 5)))
                .withTexts(
                        "しみんかつどうほじょきん",
                        "新しい社会貢献活動を支援します。\n説明会: 6月20日",
                        "市内で活動する市民団体, 3人以上",
                        "市民協働推進課 048-000-0000",
                        "https://example.jp/josei");
        Programme p = as(COORDINATOR, () -> kit.programmes.create(draft));
        return as(COORDINATOR, () -> kit.programmes.publish(p.id(), p.version()));
    }

    private Programme open() {
        return call("令和8年度 市民活動補助金", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31));
    }

    private List<NeighbourCall> received(FundingKit city, String text) {
        return as(VIEWER, () -> city.neighbourCalls.search(text, PageRequest.first(100)))
                .items();
    }

    @Test
    void anExportedCallIsReceivedByANeighbourWithItsContentAndWhereItCameFrom() {
        Programme p = open();
        String id = Long.toString(p.id());
        Outgoing out = asExchange(() -> kit.shared.export(List.of(id))).get(id);
        assertEquals("令和8年度 市民活動補助金", out.title());
        String[] lines = out.payload().split("\r\n");
        assertEquals(
                2, lines.length, "the header and the row (the summary's line break quoted in it): " + out.payload());
        assertTrue(lines[0].startsWith("全国地方公共団体コード,ID,地方公共団体名,制度名,制度名_カナ,"), lines[0]);
        assertTrue(lines[1].startsWith("111007," + id + ",さいたま市,令和8年度 市民活動補助金,"), lines[1]);
        assertEquals(asExchange(() -> kit.shared.fingerprints(List.of(id))).get(id), out.fingerprint());

        Received r = asExchange(() -> neighbour.shared.receive(SAITAMA, id, 1, out.payload(), null));
        assertEquals("令和8年度 市民活動補助金", r.title());
        assertTrue(r.localId().startsWith("neighbour-"), r.localId());
        List<NeighbourCall> there = received(neighbour, "");
        assertEquals(1, there.size());
        NeighbourCall n = there.get(0);
        assertEquals("111007", n.municipalityCode());
        assertEquals("さいたま市", n.municipalityName());
        assertEquals(id, n.remoteId());
        assertEquals("令和8年度 市民活動補助金", n.title());
        assertEquals("しみんかつどうほじょきん", n.titleKana());
        assertEquals(ProgrammeKind.CITIZEN_ACTIVITY.labelJa(), n.kind());
        assertEquals("令和8年度", n.fiscalYear());
        assertEquals("新しい社会貢献活動を支援します。\n説明会: 6月20日", n.summary());
        assertEquals("市内で活動する市民団体, 3人以上", n.target());
        assertEquals("補助率 2/3、上限 300,000円", n.support());
        assertEquals(300_000L, n.maxAmountYen());
        assertEquals("2/3", n.subsidyRate());
        assertEquals(3_000_000L, n.budgetYen());
        assertEquals(LocalDate.of(2026, 6, 1), n.opensOn());
        assertEquals(LocalDate.of(2026, 7, 31), n.closesOn());
        assertEquals("事業計画書、収支予算書", n.documents());
        assertEquals("市民協働推進課", n.department());
        assertEquals("市民協働推進課 048-000-0000", n.contact());
        assertEquals("https://example.jp/josei", n.url());
        assertEquals(NeighbourCall.State.OPEN, n.stateOn(FundingKit.TODAY));
        assertEquals(neighbour.backend.now(), n.receivedAt());
        assertEquals(
                r.fingerprint(),
                asExchange(() -> neighbour.shared.fingerprints(List.of(r.localId())))
                        .get(r.localId()));
        assertEquals(0, received(kit, "").size(), "the sender keeps its programme, nothing received");
        assertEquals(1, neighbour.audit.of(AuditAction.IMPORT).size());
        assertTrue(
                neighbour.audit.of(AuditAction.IMPORT).get(0).detail().contains("さいたま市（111007）から助成金の公募「令和8年度 市民活動補助金」"),
                neighbour.audit.of(AuditAction.IMPORT).get(0).detail());
        assertEquals(
                List.of(FundingEvents.NEIGHBOUR_CALL_UPDATED),
                events.stream().map(Event::getTopic).toList());
        assertEquals(
                Long.parseLong(r.localId().substring("neighbour-".length())),
                events.get(0).getProperty(FundingEvents.ID));
        // a neighbour's call is no programme here, and it is not sent on
        assertEquals(
                0,
                as(
                                VIEWER,
                                () -> neighbour.programmes.search(
                                        jp.kyodo.funding.ProgrammeQuery.all(), PageRequest.first(5)))
                        .total());
        assertEquals(Map.of(), asExchange(() -> neighbour.shared.export(List.of(r.localId()))));
    }

    @Test
    void receivingAgainUpdatesTheSameCallAndALocalEditChangesTheFingerprint() {
        Programme p = open();
        String id = Long.toString(p.id());
        Outgoing first = asExchange(() -> kit.shared.export(List.of(id))).get(id);
        Received r = asExchange(() -> neighbour.shared.receive(SAITAMA, id, 1, first.payload(), null));
        Received again = asExchange(() -> neighbour.shared.receive(SAITAMA, id, 1, first.payload(), r.localId()));
        assertEquals(r.localId(), again.localId());
        assertEquals(r.fingerprint(), again.fingerprint(), "the same content, the same fingerprint");
        // without the local id (the exchange lost it) the source key finds the call: still one
        Received lost = asExchange(() -> neighbour.shared.receive(SAITAMA, id, 1, first.payload(), null));
        assertEquals(r.localId(), lost.localId());
        assertEquals(1, received(neighbour, "").size());
        // another city's call of the same id is another call
        asExchange(() -> neighbour.shared.receive(KAWAGUCHI, id, 1, first.payload(), null));
        assertEquals(2, received(neighbour, "").size());

        // unchanged: the same fingerprint; edited here: another, and the neighbour's copy follows
        assertEquals(
                first.fingerprint(),
                asExchange(() -> kit.shared.fingerprints(List.of(id))).get(id));
        as(
                COORDINATOR,
                () -> kit.programmes.update(
                        p.id(), p.version(), p.details().withLimits(500_000L, new SubsidyRate(3, 4))));
        Outgoing changed = asExchange(() -> kit.shared.export(List.of(id))).get(id);
        assertNotEquals(first.fingerprint(), changed.fingerprint());
        assertEquals(
                changed.fingerprint(),
                asExchange(() -> kit.shared.fingerprints(List.of(id))).get(id));
        Received updated = asExchange(() -> neighbour.shared.receive(SAITAMA, id, 1, changed.payload(), r.localId()));
        assertNotEquals(r.fingerprint(), updated.fingerprint());
        NeighbourCall n = received(neighbour, "さいたま").get(0);
        assertEquals(500_000L, n.maxAmountYen());
        assertEquals("3/4", n.subsidyRate());
        assertEquals(5, neighbour.audit.of(AuditAction.IMPORT).size(), "one entry per receipt");
    }

    @Test
    void draftsClosedEndedAndMissingCallsAreNotExported() {
        Programme open = open();
        Programme upcoming = call("夏のまちづくり助成", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31));
        Programme ended = call("春の助成", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31));
        Programme closed = call("打ち切った助成", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31));
        as(COORDINATOR, () -> kit.programmes.close(closed.id(), closed.version()));
        Programme draft = as(
                COORDINATOR,
                () -> kit.programmes.create(ProgrammeDraft.of(
                        2026,
                        ProgrammeKind.CITIZEN_ACTIVITY,
                        "下書き",
                        1_000,
                        LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 7, 31))));
        List<String> ids = List.of(
                Long.toString(open.id()),
                Long.toString(upcoming.id()),
                Long.toString(ended.id()),
                Long.toString(closed.id()),
                Long.toString(draft.id()),
                "999999",
                "not-a-number",
                "neighbour-1");
        List<String> shareable = List.of(Long.toString(open.id()), Long.toString(upcoming.id()));
        assertEquals(
                shareable,
                new ArrayList<>(asExchange(() -> kit.shared.export(ids)).keySet()));
        assertEquals(
                shareable,
                new ArrayList<>(asExchange(() -> kit.shared.fingerprints(ids)).keySet()));
        assertEquals(Map.of(), asExchange(() -> kit.shared.export(List.of())));
        // the application period ends: the call is no longer sent (the next change withdraws it)
        kit.clock.advance(java.time.Duration.ofDays(47));
        assertEquals(
                List.of(Long.toString(upcoming.id())),
                new ArrayList<>(asExchange(() -> kit.shared.export(ids)).keySet()));
    }

    @Test
    void aPayloadOfAnotherVersionOrUnreadableIsRefusedWithAClearMessage() {
        Programme p = open();
        String id = Long.toString(p.id());
        String payload =
                asExchange(() -> kit.shared.export(List.of(id))).get(id).payload();

        ValidationException v2 = refused(() -> neighbour.shared.receive(SAITAMA, id, 2, payload, null));
        assertEquals("version", v2.errors().get(0).field());
        assertTrue(v2.getMessage().contains("データ形式バージョン2は読めません"), v2.getMessage());

        ValidationException garbage = refused(() -> neighbour.shared.receive(SAITAMA, id, 1, "\u0000garbage\"x", null));
        assertEquals("payload", garbage.errors().get(0).field());
        assertTrue(garbage.getMessage().contains("受信した助成金の公募のデータ"), garbage.getMessage());
        ValidationException unclosed = refused(() -> neighbour.shared.receive(SAITAMA, id, 1, "制度名\r\n\"x", null));
        assertTrue(unclosed.getMessage().contains("CSVとして読めません"), unclosed.getMessage());
        ValidationException empty = refused(() -> neighbour.shared.receive(SAITAMA, id, 1, null, null));
        assertEquals("payload", empty.errors().get(0).field());

        ValidationException layout = refused(() -> neighbour.shared.receive(SAITAMA, id, 1, "名前,日付\r\nx,y\r\n", null));
        assertTrue(layout.getMessage().contains("「支援制度情報」の様式と一致しません"), layout.getMessage());

        ValidationException date = refused(
                () -> neighbour.shared.receive(SAITAMA, id, 1, payload.replace("2026-07-31", "2026-13-31"), null));
        assertEquals("payload", date.errors().get(0).field());
        assertTrue(date.getMessage().contains("「募集終了日」の「2026-13-31」が日付"), date.getMessage());

        ValidationException yen =
                refused(() -> neighbour.shared.receive(SAITAMA, id, 1, payload.replace(",300000,", ",30万,"), null));
        assertTrue(yen.getMessage().contains("「支援金額上限」の「30万」が金額"), yen.getMessage());

        String header = payload.substring(0, payload.indexOf("\r\n") + 2);
        String twoRows = payload + payload.substring(header.length());
        ValidationException rows = refused(() -> neighbour.shared.receive(SAITAMA, id, 1, twoRows, null));
        assertTrue(rows.getMessage().contains("公募1行ではありません（2行）"), rows.getMessage());

        ValidationException gone = refused(() -> neighbour.shared.receive(SAITAMA, id, 1, payload, "neighbour-424242"));
        assertEquals("localId", gone.errors().get(0).field());
        ValidationException notOurs = refused(() -> neighbour.shared.receive(SAITAMA, id, 1, payload, "1"));
        assertEquals("localId", notOurs.errors().get(0).field());

        assertEquals(0, neighbour.audit.of(AuditAction.IMPORT).size());
        assertEquals(List.of(), received(neighbour, ""));
        assertEquals(List.of(), events);
    }

    private static ValidationException refused(Callable<Received> receive) {
        return assertThrows(ValidationException.class, () -> asExchange(receive));
    }

    @Test
    void candidatesAreOpenCallsClosingSoonestThenUpcomingOnes() {
        call("夏のまちづくり助成", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31));
        open();
        call("子ども食堂応援助成", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        call("春の助成", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31)); // ended
        List<Candidate> candidates = asExchange(() -> kit.shared.candidates("", 10));
        assertEquals(
                List.of("子ども食堂応援助成", "令和8年度 市民活動補助金", "夏のまちづくり助成"),
                candidates.stream().map(Candidate::title).toList());
        String kind = ProgrammeKind.CITIZEN_ACTIVITY.labelJa();
        assertEquals("受付中 2026-06-01〜2026-06-30 " + kind, candidates.get(0).detail());
        assertEquals("募集前 2026-07-01〜2026-08-31 " + kind, candidates.get(2).detail());
        assertEquals(1, asExchange(() -> kit.shared.candidates("", 1)).size());
        assertEquals(List.of(), asExchange(() -> kit.shared.candidates("", 0)));
        assertEquals(
                List.of("子ども食堂応援助成"),
                asExchange(() -> kit.shared.candidates("食堂", 10)).stream()
                        .map(Candidate::title)
                        .toList());
        assertEquals("funding.call", kit.shared.type());
        assertEquals(1, kit.shared.version());
        assertEquals("助成金の公募", kit.shared.title(Locale.JAPANESE));
        assertEquals("Grant calls", kit.shared.title(Locale.ENGLISH));
        assertEquals(
                List.of(FundingEvents.PROGRAMME_CREATED, FundingEvents.PROGRAMME_UPDATED), kit.shared.changeTopics());
        assertEquals(FundingEvents.ID, kit.shared.idProperty());
    }

    @Test
    void fiveHundredCallsAreExportedWithOneQueryPerTable() {
        List<String> ids = insert(kit, 500);
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        FundingBackend counted = new FundingBackend(
                StatementLog.recording(kit.db.transactions(), statements),
                kit.jpa,
                kit.audit,
                kit.organisations,
                kit.clock,
                FundingKit.config());
        SharedCalls shared = new SharedCalls(counted);

        Map<String, Outgoing> out = asExchange(() -> shared.export(ids));
        assertEquals(500, out.size());
        assertEquals(1, count(statements, "FROM FUN_PROGRAMME "), statements.toString());
        assertEquals(1, count(statements, "FROM FUN_PROGRAMME_DOCUMENT"), statements.toString());
        assertEquals(2, statements.size(), statements.toString());
        assertTrue(
                out.get(ids.get(0)).payload().contains("事業計画書"),
                out.get(ids.get(0)).payload());
        statements.clear();
        assertEquals(500, asExchange(() -> shared.fingerprints(ids)).size());
        assertEquals(2, statements.size(), statements.toString());

        // the neighbour's 500 fingerprints: one query
        List<String> local = new ArrayList<>();
        for (Map.Entry<String, Outgoing> o : out.entrySet()) {
            local.add(asExchange(() -> neighbour.shared.receive(
                            SAITAMA, o.getKey(), 1, o.getValue().payload(), null))
                    .localId());
        }
        List<String> theirs = Collections.synchronizedList(new ArrayList<>());
        SharedCalls counting = new SharedCalls(new FundingBackend(
                StatementLog.recording(neighbour.db.transactions(), theirs),
                neighbour.jpa,
                neighbour.audit,
                neighbour.organisations,
                neighbour.clock,
                FundingKit.config()));
        assertEquals(500, asExchange(() -> counting.fingerprints(local)).size());
        assertEquals(1, theirs.size(), theirs.toString());
    }

    private static long count(List<String> statements, String table) {
        return statements.stream().filter(s -> s.contains(table)).count();
    }

    /** Published programmes written straight into the table, each with a document (as many as a test wants). */
    static List<String> insert(FundingKit kit, int n) {
        List<String> ids = new ArrayList<>(n);
        kit.backend.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO FUN_PROGRAMME (VERSION, FISCAL_YEAR, KIND, STATUS, TITLE, TITLE_KANA, SUMMARY,"
                                    + " TARGET, DEPARTMENT_ID, BUDGET_YEN, MAX_AMOUNT_YEN, RATE_NUMERATOR, RATE_DENOMINATOR,"
                                    + " OPENS_ON, CLOSES_ON, EL_TYPES, EL_STATUSES, EL_CERTIFIED, EL_AREA_CODE,"
                                    + " EL_FIRST_TIME, CONTACT, URL, SEARCH_TEXT, CREATED_AT, UPDATED_AT) VALUES (1, 2026,"
                                    + " 'CITIZEN_ACTIVITY', 'PUBLISHED', ?, '', '', '', ?, 1000000, 100000, 1, 2, ?, ?, '', '',"
                                    + " FALSE, '', FALSE, '', '', ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement doc = c.prepareStatement(
                            "INSERT INTO FUN_PROGRAMME_DOCUMENT (PROGRAMME_ID, SEQ, NAME) VALUES (?, 0, '事業計画書')")) {
                for (int i = 0; i < n; i++) {
                    String title = "地域の助成 " + i;
                    ps.setString(1, title);
                    ps.setLong(2, kit.department.id());
                    ps.setDate(3, java.sql.Date.valueOf(LocalDate.of(2026, 6, 1)));
                    ps.setDate(4, java.sql.Date.valueOf(LocalDate.of(2026, 7, 1).plusDays(i % 200)));
                    ps.setString(5, Codes.searchText(6000, title));
                    Timestamp now = Timestamp.from(Instant.now());
                    ps.setTimestamp(6, now);
                    ps.setTimestamp(7, now);
                    ps.executeUpdate();
                    long id = jp.kyodo.core.persistence.Jdbc.generatedId(ps);
                    doc.setLong(1, id);
                    doc.executeUpdate();
                    ids.add(Long.toString(id));
                }
            }
            return null;
        });
        return ids;
    }

    @Test
    void receivedCallsAreListedOpenFirstPagedAndSearched() {
        receive(KAWAGUCHI, "1", "芝川クリーン活動助成", "2026-06-01", "2026-06-30");
        receive(KAWAGUCHI, "2", "子ども食堂応援補助金", "2026-07-01", "2026-07-31");
        receive(SAITAMA, "3", "見沼田んぼ保全活動補助", "2026-04-01", "2026-05-31");
        receive(SAITAMA, "4", "市民活動スタート支援", "2026-06-10", "2026-08-31");
        receive(KAWAGUCHI, "5", "年度末までの防災助成", "2026-04-01", "2026-05-20");
        receive(KAWAGUCHI, "6", "随時受付の相談助成", "", "");
        Page<NeighbourCall> first =
                as(VIEWER, () -> neighbour.neighbourCalls.search("", new PageRequest(0, 3, List.of())));
        assertEquals(6, first.total());
        Page<NeighbourCall> second =
                as(VIEWER, () -> neighbour.neighbourCalls.search("", new PageRequest(3, 3, List.of())));
        List<String> titles = new ArrayList<>();
        first.items().forEach(n -> titles.add(n.title()));
        second.items().forEach(n -> titles.add(n.title()));
        assertEquals(
                List.of(
                        "芝川クリーン活動助成", // open, closing first
                        "市民活動スタート支援",
                        "随時受付の相談助成", // open, no period
                        "子ども食堂応援補助金", // opening later
                        "見沼田んぼ保全活動補助", // ended, the latest first
                        "年度末までの防災助成"),
                titles);
        assertEquals(
                List.of(NeighbourCall.State.OPEN, NeighbourCall.State.OPEN, NeighbourCall.State.OPEN),
                first.items().stream().map(n -> n.stateOn(FundingKit.TODAY)).toList());
        assertEquals(
                List.of(NeighbourCall.State.UPCOMING, NeighbourCall.State.CLOSED, NeighbourCall.State.CLOSED),
                second.items().stream().map(n -> n.stateOn(FundingKit.TODAY)).toList());

        assertEquals(
                List.of("子ども食堂応援補助金"),
                received(neighbour, "食堂").stream().map(NeighbourCall::title).toList());
        assertEquals(4, received(neighbour, "川口").size(), "the city's name is searched");
        assertEquals(
                List.of("市民活動スタート支援", "見沼田んぼ保全活動補助"),
                received(neighbour, "さいたま 活動").stream()
                        .map(NeighbourCall::title)
                        .toList());
        assertEquals(
                List.of("芝川クリーン活動助成"),
                received(neighbour, "ｸﾘｰﾝ").stream().map(NeighbourCall::title).toList());
        assertEquals(List.of(), received(neighbour, "存在しない言葉"));
        assertThrows(
                ValidationException.class,
                () -> as(
                        VIEWER,
                        () -> neighbour.neighbourCalls.search(
                                "", PageRequest.first(5).sortedBy(new Sort("title", true)))));
    }

    /** A neighbour's call as its 支援制度情報 row (this city's layout), received. */
    private void receive(Provenance from, String remoteId, String title, String opens, String closes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cityCode", from.municipalityCode());
        fields.put("cityName", from.municipalityName());
        fields.put("id", remoteId);
        fields.put("title", title);
        fields.put("kind", "市民活動補助");
        fields.put("summary", "地域の活動を支援します");
        fields.put("opensOn", opens);
        fields.put("closesOn", closes);
        fields.put("url", "https://example.jp/" + remoteId);
        String payload;
        try {
            payload = SharedCalls.payload(new OpenCalls(neighbour.backend).layout(), fields);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        asExchange(() -> neighbour.shared.receive(from, remoteId, 1, payload, null));
    }
}
