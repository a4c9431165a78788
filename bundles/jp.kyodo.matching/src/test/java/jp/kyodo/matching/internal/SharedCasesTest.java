package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingKit.COORDINATOR;
import static jp.kyodo.matching.internal.MatchingKit.STAFF;
import static jp.kyodo.matching.internal.MatchingKit.VIEWER;
import static jp.kyodo.matching.internal.MatchingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.exchange.ShareableType.Candidate;
import jp.kyodo.core.exchange.ShareableType.Outgoing;
import jp.kyodo.core.exchange.ShareableType.Provenance;
import jp.kyodo.core.exchange.ShareableType.Received;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.matching.CandidateKind;
import jp.kyodo.matching.CandidateRef;
import jp.kyodo.matching.CaseDraft;
import jp.kyodo.matching.CaseStudy;
import jp.kyodo.matching.Match;
import jp.kyodo.matching.MatchQuery;
import jp.kyodo.matching.MatchStage;
import jp.kyodo.matching.MatchingEvents;
import jp.kyodo.matching.Need;
import jp.kyodo.matching.NeedDraft;
import jp.kyodo.matching.NeedKind;
import jp.kyodo.matching.ScoreTerm;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.testing.DatabaseTest;
import jp.kyodo.testing.StatementLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Published case studies as the exchange module sends and receives them: Kawaguchi's cases into a second city's. */
@DatabaseTest
class SharedCasesTest {

    /** The exchange calls as the platform. */
    private static final Actor EXCHANGE = Actor.system("exchange");

    private static final Provenance KAWAGUCHI = new Provenance("112038", "川口市");

    private final MatchingKit kit = new MatchingKit();
    /** The neighbouring city, on a database of its own. */
    private final MatchingKit neighbour = new MatchingKit();

    private final SharedCases shared = new SharedCases(kit.backend);
    private final SharedCases there = new SharedCases(neighbour.backend);
    private final PartnerProfile expert = kit.profiles.person("山田 太郎", "会計、税務", "honcho", true, true);

    @AfterEach
    void close() {
        neighbour.close();
        kit.close();
    }

    private static <T> T asExchange(Callable<T> task) {
        return SecurityContext.callAs(EXCHANGE, task);
    }

    /** A need of 本町町会 for an expert, its match completed and written up as a case study. */
    private CaseStudy written(String title, boolean published) {
        kit.start();
        Need need = as(
                COORDINATOR,
                () -> kit.needs.create(NeedDraft.of(kit.department.id(), "子ども食堂の会計支援", Set.of(NeedKind.EXPERT))
                        .withText("", "会計")
                        .withWhere(Set.of("welfare", "health"), "honcho")));
        Match m = as(
                COORDINATOR,
                () -> kit.pipeline.propose(need.id(), new CandidateRef(CandidateKind.PERSON, expert.id()), ""));
        for (MatchStage stage :
                List.of(MatchStage.CONTACTED, MatchStage.AGREED, MatchStage.IN_PROGRESS, MatchStage.COMPLETED)) {
            Match now = m;
            m = as(COORDINATOR, () -> kit.pipeline.move(now.id(), now.version(), stage, "決算書を作成"));
        }
        long matchId = m.id();
        return as(
                COORDINATOR,
                () -> kit.pipeline.writeCase(
                        matchId,
                        new CaseDraft(
                                title, "専門家が月1回訪問し、帳簿の付け方を「一緒に」確認した\n（ボランティア3名）", "決算書を期限内に提出, 会計ソフトを導入", published)));
    }

    private Received receive(Outgoing out, String remoteId, String localId) {
        return asExchange(() -> there.receive(KAWAGUCHI, remoteId, 1, out.payload(), localId));
    }

    @Test
    void anExportedCaseIsReceivedByANeighbourWithItsContentAndWhereItCameFrom() {
        CaseStudy k = written("子ども食堂に税理士がプロボノで会計支援", true);
        String id = Long.toString(k.id());
        Outgoing out = asExchange(() -> shared.export(List.of(id))).get(id);
        assertEquals("子ども食堂に税理士がプロボノで会計支援", out.title());
        assertTrue(out.payload().startsWith("事例名,概要,成果,協働の形,活動分野,地域,公開日\r\n"), out.payload());
        assertTrue(out.payload().contains(",EXPERT,health;welfare,本町町会,2026-11-24"), out.payload());
        assertFalse(out.payload().contains("山田"), "a case study names no private person");
        assertEquals(asExchange(() -> shared.fingerprints(List.of(id))).get(id), out.fingerprint());
        assertEquals("子ども食堂に税理士がプロボノで会計支援", shared.fields(out.payload()).get("事例名"));
        assertEquals("本町町会", shared.fields(out.payload()).get("地域"));
        assertTrue(shared.fields("not a case").isEmpty());

        Received received = receive(out, id, null);
        assertEquals(out.title(), received.title());
        assertEquals(out.fingerprint(), received.fingerprint(), "the same content, the same digest in both cities");
        CaseStudy copy = as(VIEWER, () -> neighbour.pipeline.getCase(Long.parseLong(received.localId())));
        assertEquals(k.details(), copy.details());
        assertEquals(Set.of(NeedKind.EXPERT), copy.kinds());
        assertEquals(Set.of("health", "welfare"), copy.fieldCodes());
        assertEquals("本町町会", copy.areaName());
        assertEquals("", copy.areaCode(), "Kawaguchi's area code means nothing here");
        assertEquals(LocalDate.of(2026, 11, 24), copy.publishedOn());
        assertEquals("川口市", copy.sourceCity());
        assertTrue(copy.received());
        assertEquals(0, copy.matchId(), "no match here");
        assertFalse(k.received());
        assertEquals("", k.sourceCity());
        assertEquals(
                List.of(copy.id()),
                as(VIEWER, () -> neighbour.pipeline.cases(true, PageRequest.first(10))).items().stream()
                        .map(CaseStudy::id)
                        .toList(),
                "listed among the published cases");
        assertEquals(1, neighbour.audit.of(AuditAction.IMPORT).size());
        assertTrue(neighbour.audit.of(AuditAction.IMPORT).get(0).detail().contains("川口市（112038）から協働事例"));
    }

    @Test
    void theSamePayloadAgainUpdatesTheCaseAndAnEditChangesTheFingerprint() {
        CaseStudy k = written("子ども食堂の会計支援", true);
        String id = Long.toString(k.id());
        Outgoing first = asExchange(() -> shared.export(List.of(id))).get(id);
        Received r = receive(first, id, null);
        Received again = receive(first, id, r.localId());
        assertEquals(r.localId(), again.localId());
        assertEquals(r.fingerprint(), again.fingerprint());
        // without the local id (the exchange lost it) the source key finds the case: still one
        assertEquals(r.localId(), receive(first, id, null).localId());
        assertEquals(
                1,
                as(STAFF, () -> neighbour.pipeline.cases(false, PageRequest.first(10)))
                        .total());

        // an edit in Kawaguchi: another fingerprint, and the neighbour's copy follows
        assertEquals(
                first.fingerprint(),
                asExchange(() -> shared.fingerprints(List.of(id))).get(id));
        as(
                COORDINATOR,
                () -> kit.pipeline.updateCase(
                        k.id(), k.version(), new CaseDraft(k.details().title(), "月2回に増やした", "決算書を提出", true)));
        Outgoing changed = asExchange(() -> shared.export(List.of(id))).get(id);
        assertNotEquals(first.fingerprint(), changed.fingerprint());
        Received updated = receive(changed, id, r.localId());
        assertNotEquals(r.fingerprint(), updated.fingerprint());
        CaseStudy copy = as(STAFF, () -> neighbour.pipeline.getCase(Long.parseLong(r.localId())));
        assertEquals("月2回に増やした", copy.details().summary());
        assertEquals("川口市", copy.sourceCity());

        // a local edit of the received case shows in its fingerprint, and keeps its provenance
        CaseStudy edited = as(
                COORDINATOR,
                () -> neighbour.pipeline.updateCase(
                        copy.id(), copy.version(), new CaseDraft(copy.details().title(), "月2回", "提出", true)));
        assertEquals("川口市", edited.sourceCity());
        assertNotEquals(
                updated.fingerprint(),
                asExchange(() -> there.fingerprints(List.of(r.localId()))).get(r.localId()));
        assertEquals(4, neighbour.audit.of(AuditAction.IMPORT).size(), "four receipts, each audited once");
    }

    @Test
    void unpublishedReceivedAndMissingCasesAreNotExported() {
        CaseStudy open = written("公開した事例", true);
        CaseStudy hidden = written("非公開の事例", false);
        String openId = Long.toString(open.id());
        Outgoing out = asExchange(() -> shared.export(List.of(openId))).get(openId);
        // a case Kawaguchi received from 蕨市 is 蕨市's to share
        Received fromWarabi =
                asExchange(() -> shared.receive(new Provenance("112241", "蕨市"), "7", 1, out.payload(), null));
        List<String> ids = List.of(openId, Long.toString(hidden.id()), fromWarabi.localId(), "999999", "not-a-number");
        Map<String, Outgoing> exported = asExchange(() -> shared.export(ids));
        assertEquals(List.of(openId), new ArrayList<>(exported.keySet()));
        // fingerprints name every case that exists (a local edit is noticed whether or not it is published)
        assertEquals(3, asExchange(() -> shared.fingerprints(ids)).size());
        assertEquals(Map.of(), asExchange(() -> shared.export(List.of())));

        // unpublished later: withdrawn at the next export
        as(
                COORDINATOR,
                () -> kit.pipeline.updateCase(
                        open.id(), open.version(), new CaseDraft(open.details().title(), "概要", "成果", false)));
        assertEquals(Map.of(), asExchange(() -> shared.export(List.of(openId))));
    }

    @Test
    void aPayloadOfAnotherVersionOrUnreadableIsRefusedWithAClearMessage() {
        CaseStudy k = written("子ども食堂の会計支援", true);
        String id = Long.toString(k.id());
        String payload = asExchange(() -> shared.export(List.of(id))).get(id).payload();

        ValidationException v2 = assertThrows(
                ValidationException.class, () -> asExchange(() -> there.receive(KAWAGUCHI, id, 2, payload, null)));
        assertEquals("version", v2.errors().get(0).field());
        assertTrue(v2.getMessage().contains("協働事例のデータ形式バージョン2は読めません"), v2.getMessage());

        ValidationException garbage = assertThrows(
                ValidationException.class,
                () -> asExchange(() -> there.receive(KAWAGUCHI, id, 1, "\u0000garbage\"x", null)));
        assertEquals("payload", garbage.errors().get(0).field());
        assertTrue(garbage.getMessage().contains("受信した協働事例のデータ"), garbage.getMessage());

        ValidationException empty = assertThrows(
                ValidationException.class, () -> asExchange(() -> there.receive(KAWAGUCHI, id, 1, null, null)));
        assertEquals("payload", empty.errors().get(0).field());

        ValidationException date = assertThrows(
                ValidationException.class,
                () -> asExchange(
                        () -> there.receive(KAWAGUCHI, id, 1, payload.replace("2026-11-24", "2026-13-24"), null)));
        assertEquals("payload", date.errors().get(0).field());
        assertTrue(date.getMessage().contains("公開日「2026-13-24」が日付"), date.getMessage());

        ValidationException kind = assertThrows(
                ValidationException.class,
                () -> asExchange(() -> there.receive(KAWAGUCHI, id, 1, payload.replace("EXPERT", "HUG"), null)));
        assertTrue(kind.getMessage().contains("協働の形「HUG」はありません"), kind.getMessage());

        String twoRows = payload + payload.substring(payload.indexOf("\r\n") + 2);
        ValidationException rows = assertThrows(
                ValidationException.class, () -> asExchange(() -> there.receive(KAWAGUCHI, id, 1, twoRows, null)));
        assertTrue(rows.getMessage().contains("事例1行ではありません（2行）"), rows.getMessage());

        ValidationException gone = assertThrows(
                ValidationException.class, () -> asExchange(() -> there.receive(KAWAGUCHI, id, 1, payload, "424242")));
        assertEquals("localId", gone.errors().get(0).field());

        // a local id that is this city's own case is not overwritten by a neighbour's
        CaseStudy own = as(STAFF, () -> kit.pipeline.getCase(k.id()));
        ValidationException local = assertThrows(
                ValidationException.class, () -> asExchange(() -> shared.receive(KAWAGUCHI, "1", 1, payload, id)));
        assertTrue(local.getMessage().contains("他の市から受信した事例の中にありません"), local.getMessage());
        assertEquals(own, as(STAFF, () -> kit.pipeline.getCase(k.id())));
        assertEquals(0, neighbour.audit.of(AuditAction.IMPORT).size());
        assertEquals(0, kit.audit.of(AuditAction.IMPORT).size());
    }

    @Test
    void receivedCasesAreNoMatchesHereAndLeaveTheMatchesAndPastOutcomesAsTheyWere() {
        CaseStudy k = written("子ども食堂の会計支援", true);
        String id = Long.toString(k.id());
        Outgoing out = asExchange(() -> shared.export(List.of(id))).get(id);
        // two cases from two cities, both without a match: the unique constraint on MATCH_ID lets both in
        Received a = asExchange(() -> shared.receive(new Provenance("112241", "蕨市"), "1", 1, out.payload(), null));
        Received b = asExchange(() -> shared.receive(new Provenance("141305", "川崎市"), "1", 1, out.payload(), null));
        assertNotEquals(a.localId(), b.localId());

        // the match keeps its own case; the match lists and board count the one match
        assertEquals(
                1,
                as(STAFF, () -> kit.pipeline.search(new MatchQuery(Set.of(), null, false), PageRequest.first(10)))
                        .total());
        Match m = as(STAFF, () -> kit.pipeline.get(k.matchId()));
        assertEquals(k.id(), m.caseId());
        assertEquals(
                3,
                as(VIEWER, () -> kit.pipeline.cases(true, PageRequest.first(10)))
                        .total());

        // the index (match history, past outcomes) rebuilt on the table with received cases
        kit.start();
        Need another = as(
                COORDINATOR,
                () -> kit.needs.create(NeedDraft.of(kit.department.id(), "NPOの決算支援", Set.of(NeedKind.EXPERT))
                        .withText("", "会計")));
        var best = as(COORDINATOR, () -> kit.matcher.candidates(another.id(), 5));
        ScoreTerm outcomes = best.stream()
                .filter(c -> c.ref().equals(new CandidateRef(CandidateKind.PERSON, expert.id())))
                .findFirst()
                .orElseThrow()
                .terms()
                .stream()
                .filter(t -> t.rule().equals("outcomes"))
                .findFirst()
                .orElseThrow();
        assertEquals(3.0, outcomes.points(), "one completed match, no more");
    }

    @Test
    void theUniqueConstraintsAllowManyCasesWithoutAMatchButOneCasePerMatchAndPerSource() {
        CaseStudy k = written("子ども食堂の会計支援", true);
        kit.backend.write(c -> {
            insert(c, null, null);
            insert(c, null, null);
            insert(c, null, "141305:9");
            return null;
        });
        assertThrows(RuntimeException.class, () -> kit.backend.write(c -> insert(c, k.matchId(), null)));
        assertThrows(RuntimeException.class, () -> kit.backend.write(c -> insert(c, null, "141305:9")));
    }

    @Test
    void theMigrationKeepsEveryCaseWithItsMatchAndFillsInWhatItsNeedAskedFor() throws Exception {
        try (jp.kyodo.testing.TestDatabase old = jp.kyodo.testing.TestDatabase.create("jp.kyodo.core")) {
            old.execute(statements("V1__matching.sql"));
            old.execute(
                    "INSERT INTO MAT_NEED (ID, OWNER_ID, TITLE, DESCRIPTION, KINDS, SKILLS, FIELD_CODES, AREA_CODE, DAYS,"
                            + " TIMES, STATUS, SEARCH_TEXT, CREATED_AT, UPDATED_AT, VERSION) VALUES (7, 1, 't', '',"
                            + " 'EXPERT;MONEY', '', 'welfare', 'honcho', '', '', 'MATCHED', '', CURRENT_TIMESTAMP,"
                            + " CURRENT_TIMESTAMP, 1)",
                    "INSERT INTO MAT_MATCH (ID, NEED_ID, CANDIDATE_KIND, CANDIDATE_ID, PARTNER_ID, STAGE, STAGE_SINCE,"
                            + " LAST_STEP_AT, CREATED_AT, VERSION) VALUES (8, 7, 'PERSON', 3, 3, 'COMPLETED',"
                            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)",
                    "INSERT INTO MAT_CASE (ID, MATCH_ID, TITLE, SUMMARY, OUTCOME, FIELD_CODES, AREA_CODE, UPDATED_AT,"
                            + " VERSION) VALUES (9, 8, '事例', '概要', '成果', 'welfare', 'honcho', CURRENT_TIMESTAMP, 1)");
            old.execute(statements("V2__received_cases.sql"));
            CaseStudy k =
                    old.transactions().read(c -> new CaseStore().get(c, 9)).orElseThrow();
            assertEquals(8, k.matchId());
            assertEquals(Set.of(NeedKind.EXPERT, NeedKind.MONEY), k.kinds());
            assertEquals("", k.sourceCity());
            assertFalse(k.received());
            assertThrows(
                    RuntimeException.class,
                    () -> old.execute("INSERT INTO MAT_CASE (MATCH_ID, TITLE, SUMMARY,"
                            + " OUTCOME, FIELD_CODES, AREA_CODE, UPDATED_AT, VERSION) VALUES (8, 't', 's', 'o', '', '',"
                            + " CURRENT_TIMESTAMP, 1)"));
            assertThrows(
                    RuntimeException.class,
                    () -> old.execute("INSERT INTO MAT_CASE (MATCH_ID, TITLE, SUMMARY,"
                            + " OUTCOME, FIELD_CODES, AREA_CODE, UPDATED_AT, VERSION) VALUES (99, 't', 's', 'o', '', '',"
                            + " CURRENT_TIMESTAMP, 1)"),
                    "the foreign key is back");
        }
    }

    /** A migration's statements, split as the core's migrator splits them (at a semicolon ending a line). */
    private static String[] statements(String file) throws java.io.IOException {
        String sql;
        try (var in = SharedCasesTest.class.getResourceAsStream("/db/migration/matching/" + file)) {
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        return out.toArray(String[]::new);
    }

    private static int insert(Connection c, Long matchId, String sourceKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO MAT_CASE (MATCH_ID, TITLE, SUMMARY, OUTCOME,"
                + " FIELD_CODES, AREA_CODE, UPDATED_AT, VERSION, SOURCE_KEY) VALUES (?, 't', 's', 'o', '', '',"
                + " CURRENT_TIMESTAMP, 1, ?)")) {
            jp.kyodo.core.persistence.Jdbc.setLong(ps, 1, matchId);
            ps.setString(2, sourceKey);
            return ps.executeUpdate();
        }
    }

    @Test
    void candidatesAreThisCitysPublishedCasesNewestFirst() {
        CaseStudy older = written("子ども食堂の会計支援", true);
        kit.clock.advance(java.time.Duration.ofDays(3));
        CaseStudy newer = written("公民館の会計講座", true);
        written("非公開の会計支援", false);
        List<Candidate> all = asExchange(() -> shared.candidates("", 10));
        assertEquals(
                List.of(Long.toString(newer.id()), Long.toString(older.id())),
                all.stream().map(Candidate::localId).toList());
        assertEquals("公民館の会計講座", all.get(0).title());
        assertEquals("2026-11-27 公開 / 専門家 / 健康・医療、福祉", all.get(0).detail());
        assertEquals(1, asExchange(() -> shared.candidates("", 1)).size());
        assertEquals(1, asExchange(() -> shared.candidates("子ども食堂", 10)).size());
        assertEquals(1, asExchange(() -> shared.candidates("帳簿 食堂", 10)).size());
        assertEquals(List.of(), asExchange(() -> shared.candidates("100%_", 10)));
        assertEquals(List.of(), asExchange(() -> shared.candidates("", 0)));

        assertEquals("協働事例", shared.title(Locale.JAPANESE));
        assertEquals("Collaboration cases", shared.title(Locale.ENGLISH));
        assertEquals("matching.case", shared.type());
        assertEquals(1, shared.version());
        assertEquals(List.of(MatchingEvents.CASE_CREATED, MatchingEvents.CASE_UPDATED), shared.changeTopics());
        assertEquals(MatchingEvents.ID, shared.idProperty());
    }

    @Test
    void fiveHundredCasesAreExportedWithOneQueryPerTable() {
        List<String> ids = new ArrayList<>();
        // written straight into the table, as a benchmark would: published cases without a match
        CaseStore store = new CaseStore();
        kit.backend.write(c -> {
            for (int i = 0; i < 500; i++) {
                ids.add(Long.toString(store.insertReceived(
                        c,
                        null,
                        "",
                        new CaseStore.Received(
                                new CaseDraft("事例 " + i, "概要", "成果", true),
                                Set.of(NeedKind.PEOPLE),
                                Set.of("welfare"),
                                "",
                                LocalDate.of(2026, 11, 1)),
                        kit.backend.now())));
            }
            return null;
        });
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        MatchingBackend counted = new MatchingBackend(
                StatementLog.recording(kit.db.transactions(), statements),
                kit.audit,
                kit.profiles,
                kit.clock,
                MatchingKit.config());
        counted.areas = MatchingKit.AREAS;
        SharedCases countedShared = new SharedCases(counted);

        Map<String, Outgoing> out = asExchange(() -> countedShared.export(ids));
        assertEquals(500, out.size());
        assertEquals(1, count(statements, "FROM MAT_CASE"), statements.toString());
        statements.clear();
        assertEquals(500, asExchange(() -> countedShared.fingerprints(ids)).size());
        assertEquals(1, count(statements, "FROM MAT_CASE"), statements.toString());
    }

    private static long count(List<String> statements, String table) {
        return statements.stream().filter(s -> s.contains(table)).count();
    }
}
