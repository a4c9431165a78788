package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingKit.COORDINATOR;
import static jp.kyodo.matching.internal.MatchingKit.STAFF;
import static jp.kyodo.matching.internal.MatchingKit.VIEWER;
import static jp.kyodo.matching.internal.MatchingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.matching.CandidateKind;
import jp.kyodo.matching.CandidateRef;
import jp.kyodo.matching.CaseDraft;
import jp.kyodo.matching.CaseStudy;
import jp.kyodo.matching.Match;
import jp.kyodo.matching.MatchQuery;
import jp.kyodo.matching.MatchStage;
import jp.kyodo.matching.MatchStep;
import jp.kyodo.matching.Need;
import jp.kyodo.matching.NeedDraft;
import jp.kyodo.matching.NeedKind;
import jp.kyodo.matching.NeedStatus;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class PipelineTest {

    private final MatchingKit kit = new MatchingKit();
    private final PartnerProfile expert = kit.profiles.person("山田 太郎", "会計、税務", "honcho", true, true);
    private final Need need;

    PipelineTest() {
        kit.start();
        need = as(
                COORDINATOR,
                () -> kit.needs.create(NeedDraft.of(kit.department.id(), "子ども食堂の会計支援", Set.of(NeedKind.EXPERT))
                        .withText("", "会計")));
    }

    @AfterEach
    void close() {
        kit.close();
    }

    private Match propose() {
        return as(
                COORDINATOR,
                () -> kit.pipeline.propose(need.id(), new CandidateRef(CandidateKind.PERSON, expert.id()), "電話で打診する"));
    }

    private Match move(Match m, MatchStage to, String note) {
        return as(COORDINATOR, () -> kit.pipeline.move(m.id(), m.version(), to, note));
    }

    @Test
    void theCoordinatorDrivesAMatchToItsOutcomeAndEveryStepIsDatedAndAttributed() {
        Match m = propose();
        m = move(m, MatchStage.CONTACTED, "双方に連絡した");
        kit.clock.advance(Duration.ofDays(2));
        m = move(m, MatchStage.AGREED, "月1回の訪問で合意");
        m = move(m, MatchStage.IN_PROGRESS, "");
        m = move(m, MatchStage.COMPLETED, "決算書を作成、会計ソフトを導入");

        assertEquals(MatchStage.COMPLETED, m.stage());
        assertEquals("決算書を作成、会計ソフトを導入", m.result());
        assertEquals(
                List.of(
                        MatchStage.PROPOSED,
                        MatchStage.CONTACTED,
                        MatchStage.AGREED,
                        MatchStage.IN_PROGRESS,
                        MatchStage.COMPLETED),
                m.steps().stream().map(MatchStep::stage).toList());
        assertTrue(m.steps().stream().allMatch(s -> s.by().equals("suishin")));
        assertTrue(m.steps().get(2).at().isAfter(m.steps().get(1).at()));
        assertEquals(
                NeedStatus.MATCHED,
                as(COORDINATOR, () -> kit.needs.get(need.id())).status(),
                "agreed: the need is matched");
        assertEquals(5, kit.audit.of(jp.kyodo.core.audit.AuditAction.UPDATE).size() + 1);
    }

    @Test
    void aMoveThePipelineDoesNotAllowIsRefusedAndChangesNothing() {
        Match m = propose();
        ValidationException e = assertThrows(ValidationException.class, () -> move(m, MatchStage.COMPLETED, "成果"));
        assertEquals("「提案」から「完了」には進められません", e.errors().get(0).message());
        assertEquals(
                "A match cannot move from \"提案\" to \"完了\"", e.errors().get(0).message(Locale.ENGLISH));
        Match same = as(COORDINATOR, () -> kit.pipeline.get(m.id()));
        assertEquals(MatchStage.PROPOSED, same.stage());
        assertEquals(m.version(), same.version());
        assertEquals(1, same.steps().size());
    }

    @Test
    void completingNeedsTheOutcomeAndDecliningTheReason() {
        Match m = propose();
        assertThrows(ValidationException.class, () -> move(m, MatchStage.DECLINED, " "));
        Match declined = move(m, MatchStage.DECLINED, "日程が合わない");
        assertEquals("日程が合わない", declined.result());
        assertThrows(ValidationException.class, () -> move(declined, MatchStage.CONTACTED, ""), "closed for good");
    }

    @Test
    void aStaleVersionIsAConflict() {
        Match m = propose();
        move(m, MatchStage.CONTACTED, "");
        assertThrows(ConflictException.class, () -> move(m, MatchStage.CONTACTED, ""));
    }

    @Test
    void aCandidateIsProposedOnceForANeed() {
        propose();
        assertThrows(ConflictException.class, this::propose);
    }

    @Test
    void aPrivatePersonIsAnonymousToStaffUntilBothSidesAgree() {
        Match m = propose();
        Match seenByStaff = as(STAFF, () -> kit.pipeline.get(m.id()));
        assertTrue(seenByStaff.anonymous());
        assertEquals("個人の協力者", seenByStaff.candidateName());
        assertEquals("山田 太郎", as(COORDINATOR, () -> kit.pipeline.get(m.id())).candidateName());

        Match agreed = move(move(m, MatchStage.CONTACTED, ""), MatchStage.AGREED, "");
        Match afterAgreement = as(VIEWER, () -> kit.pipeline.get(agreed.id()));
        assertFalse(afterAgreement.anonymous());
        assertEquals("山田 太郎", afterAgreement.candidateName());
    }

    @Test
    void aMatchWithoutAStepForTwoWeeksSurfacesAsStale() {
        Match m = propose();
        kit.clock.advance(Duration.ofDays(15));
        Match stale = as(COORDINATOR, () -> kit.pipeline.get(m.id()));
        assertTrue(stale.stale());
        assertEquals(
                1,
                as(COORDINATOR, () -> kit.pipeline.search(new MatchQuery(Set.of(), null, true), PageRequest.first(50)))
                        .total());
        move(stale, MatchStage.CONTACTED, "");
        assertEquals(
                0,
                as(COORDINATOR, () -> kit.pipeline.search(new MatchQuery(Set.of(), null, true), PageRequest.first(50)))
                        .total());
    }

    @Test
    void aCompletedMatchIsWrittenUpAsACaseStudyOnce() {
        Match m = propose();
        assertThrows(
                ValidationException.class,
                () -> as(COORDINATOR, () -> kit.pipeline.writeCase(m.id(), new CaseDraft("事例", "概要", "成果", true))),
                "only completed matches");
        Match done = move(
                move(move(move(m, MatchStage.CONTACTED, ""), MatchStage.AGREED, ""), MatchStage.IN_PROGRESS, ""),
                MatchStage.COMPLETED,
                "決算書を作成");
        CaseStudy written = as(
                COORDINATOR,
                () -> kit.pipeline.writeCase(
                        done.id(), new CaseDraft("子ども食堂に税理士がプロボノで会計支援", "専門家が月1回訪問", "決算書を作成", true)));
        assertNotNull(written.publishedOn());
        assertEquals(
                written.id(), as(COORDINATOR, () -> kit.pipeline.get(done.id())).caseId());
        assertThrows(
                ConflictException.class,
                () -> as(
                        COORDINATOR, () -> kit.pipeline.writeCase(done.id(), new CaseDraft("二つ目", "概要", "成果", false))));
        assertEquals(
                1,
                as(VIEWER, () -> kit.pipeline.cases(true, PageRequest.first(10)))
                        .total());

        CaseStudy hidden = as(
                COORDINATOR,
                () -> kit.pipeline.updateCase(
                        written.id(),
                        written.version(),
                        new CaseDraft(written.details().title(), "概要", "成果", false)));
        assertEquals(null, hidden.publishedOn());
        assertThrows(NotFoundException.class, () -> as(VIEWER, () -> kit.pipeline.getCase(written.id())));
    }
}
