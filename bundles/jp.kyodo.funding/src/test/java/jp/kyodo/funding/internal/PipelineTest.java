package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingKit.COORDINATOR;
import static jp.kyodo.funding.internal.FundingKit.REVIEWER_A;
import static jp.kyodo.funding.internal.FundingKit.REVIEWER_B;
import static jp.kyodo.funding.internal.FundingKit.REVIEWER_C;
import static jp.kyodo.funding.internal.FundingKit.STAFF;
import static jp.kyodo.funding.internal.FundingKit.VIEWER;
import static jp.kyodo.funding.internal.FundingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.funding.Agreement;
import jp.kyodo.funding.Application;
import jp.kyodo.funding.ApplicationDraft;
import jp.kyodo.funding.ApplicationQuery;
import jp.kyodo.funding.ApplicationStatus;
import jp.kyodo.funding.BudgetLine;
import jp.kyodo.funding.BudgetSide;
import jp.kyodo.funding.Decision;
import jp.kyodo.funding.DisbursementDraft;
import jp.kyodo.funding.EligibilityRules;
import jp.kyodo.funding.Evaluation;
import jp.kyodo.funding.ExitDecision;
import jp.kyodo.funding.ExitStrategy;
import jp.kyodo.funding.Indicator;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeDraft;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.RankedApplication;
import jp.kyodo.funding.ResultsReport;
import jp.kyodo.funding.Review;
import jp.kyodo.funding.ReviewCriterion;
import jp.kyodo.funding.ReviewDraft;
import jp.kyodo.funding.SubsidyRate;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class PipelineTest {

    /** Above Integer.MAX_VALUE: money is long everywhere. */
    static final long BIG = 3_000_000_000L;

    private final FundingKit kit = new FundingKit();

    @AfterEach
    void close() {
        kit.close();
    }

    /** A published collaboration grant: rate 2/3, no maximum, the standard criteria plus one of its own. */
    Programme programme(long budget, Long max, EligibilityRules rules, List<String> documents) {
        ProgrammeDraft d = ProgrammeDraft.of(
                        2026,
                        ProgrammeKind.COLLABORATION_GRANT,
                        "令和8年度 協働事業補助金",
                        budget,
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 6, 30))
                .withLimits(max, new SubsidyRate(2, 3))
                .withEligibility(rules)
                .withDocumentsAndCriteria(
                        documents,
                        List.of(
                                new ReviewCriterion(ReviewCriterion.PUBLIC_BENEFIT, "公益性", 3, 5),
                                new ReviewCriterion(ReviewCriterion.NON_PROFIT, "非営利性", 1, 5),
                                new ReviewCriterion(ReviewCriterion.SYNERGY, "相乗効果", 2, 5),
                                new ReviewCriterion("FEASIBILITY", "実現性", 1, 10)));
        Programme p = as(COORDINATOR, () -> kit.programmes.create(d));
        as(COORDINATOR, () -> kit.programmes.assignReviewers(p.id(), Set.of("shinsa-a", "shinsa-b", "shinsa-c")));
        return as(COORDINATOR, () -> kit.programmes.publish(p.id(), p.version() + 1));
    }

    Application apply(Programme p, Applicant org, long expense, long requested) {
        ApplicationDraft d = ApplicationDraft.of(
                        p.id(),
                        org.id(),
                        "多文化共生の日本語教室",
                        List.of(
                                BudgetLine.expense("講師謝礼", expense),
                                new BudgetLine(BudgetSide.EXPENSE, "懇親会費", 50_000, false),
                                BudgetLine.income("参加費", 10_000)),
                        requested)
                .withPlan("団地の集会所で週1回", "外国籍住民の孤立を防ぐ", LocalDate.of(2026, 7, 1), LocalDate.of(2027, 3, 31))
                .submittedOn(LocalDate.of(2026, 5, 10));
        return as(STAFF, () -> kit.applications.submit(d));
    }

    Application screened(Programme p, Applicant org, long expense, long requested) {
        Application a = apply(p, org, expense, requested);
        return as(COORDINATOR, () -> kit.applications.screen(a.id(), a.version()));
    }

    static Map<String, Integer> scores(int publicBenefit, int nonProfit, int synergy, int feasibility) {
        return Map.of(
                "PUBLIC_BENEFIT",
                publicBenefit,
                "NON_PROFIT",
                nonProfit,
                "SYNERGY",
                synergy,
                "FEASIBILITY",
                feasibility);
    }

    @Test
    void anApplicationGoesThroughThePipelineWithExactMoney() {
        Programme p = programme(BIG * 2, null, EligibilityRules.anyRegistered(), List.of());
        // eligible 4,500,000,001 × 2/3 = 3,000,000,000.67 → floor 3,000,000,000
        Application a = screened(p, kit.npo, 4_500_000_001L, BIG);
        assertEquals(ApplicationStatus.SCREENED, a.status());
        assertEquals(BIG, a.maxGrantYen());
        as(REVIEWER_A, () -> kit.applications.saveReview(a.id(), ReviewDraft.scores(scores(5, 5, 5, 10), "良い")));
        Application reviewed = as(COORDINATOR, () -> kit.applications.completeReview(a.id(), a.version()));
        Application granted = as(
                COORDINATOR,
                () -> kit.applications.decide(reviewed.id(), reviewed.version(), Decision.grant(BIG, "実績報告は3月末まで")));
        assertEquals(ApplicationStatus.GRANTED, granted.status());
        assertEquals(BIG, granted.grantedYen());
        assertEquals(BIG, as(COORDINATOR, () -> kit.programmes.get(p.id())).committedYen());
        Application agreed = as(
                COORDINATOR,
                () -> kit.applications.agree(
                        granted.id(), granted.version(), new Agreement(LocalDate.of(2026, 7, 1), "協推第12号", "")));
        Application paid1 = as(
                COORDINATOR,
                () -> kit.applications.disburse(
                        agreed.id(),
                        agreed.version(),
                        new DisbursementDraft(LocalDate.of(2026, 7, 10), 2_147_483_648L, "概算払")));
        assertEquals(2_147_483_648L, paid1.paidYen());
        ConflictException tooMuch = assertThrows(
                ConflictException.class,
                () -> as(
                        COORDINATOR,
                        () -> kit.applications.disburse(
                                paid1.id(), paid1.version(), new DisbursementDraft(null, BIG, ""))));
        assertTrue(tooMuch.getMessage().contains("3,000,000,000円"), tooMuch.getMessage());
        Application paid2 = as(
                COORDINATOR,
                () -> kit.applications.disburse(
                        paid1.id(), paid1.version(), new DisbursementDraft(null, BIG - 2_147_483_648L - 1, "")));
        assertEquals(BIG - 1, paid2.paidYen());
        assertEquals(2, as(STAFF, () -> kit.applications.disbursements(a.id())).size());
        // actual eligible cost 3,000,000,000 × 2/3 = 2,000,000,000: settled lower, but 2,999,999,999 was paid
        Application reported = as(
                STAFF,
                () -> kit.applications.report(
                        paid2.id(),
                        paid2.version(),
                        new ResultsReport(
                                LocalDate.of(2027, 3, 31),
                                "48回開催",
                                List.of(BudgetLine.expense("講師謝礼", 3_000_000_000L)),
                                List.of(new Indicator("参加者数", "人", 500L, 612L)))));
        assertEquals(ApplicationStatus.REPORTED, reported.status());
        assertEquals(2_000_000_000L, reported.settledYen());
        assertEquals(999_999_999L, reported.refundDueYen());
        Programme after = as(COORDINATOR, () -> kit.programmes.get(p.id()));
        assertEquals(BIG - 1, after.committedYen(), "freed down to what was paid");
        assertEquals(BIG - 1, after.paidYen());
        Application evaluated = as(
                COORDINATOR,
                () -> kit.applications.evaluate(reported.id(), reported.version(), new Evaluation(4, "目標を上回った", null)));
        Application closed = as(
                COORDINATOR,
                () -> kit.applications.decideExit(
                        evaluated.id(), evaluated.version(), new ExitDecision(ExitStrategy.CONTINUE, "自主事業へ", null)));
        assertEquals(ApplicationStatus.CLOSED, closed.status());
        assertEquals(612L, closed.report().indicators().get(0).result());
        assertNull(closed.projectId(), "no proposal, no project");
        List<String> money = kit.audit.entries().stream()
                .map(e -> e.detail())
                .filter(d -> d.contains("円"))
                .toList();
        assertTrue(money.stream().anyMatch(d -> d.contains("交付決定 3,000,000,000円")), money.toString());
        assertTrue(money.stream().anyMatch(d -> d.contains("支払 2,147,483,648円")), money.toString());
        assertTrue(money.stream().anyMatch(d -> d.contains("交付額確定 2,000,000,000円")), money.toString());
    }

    @Test
    void anIneligibleApplicationIsRefusedWithEachReasonInTheReadersLanguage() {
        EligibilityRules rules = new EligibilityRules(Set.of(PartnerType.CIVIC), Set.of(), true, "urawa", true, 24);
        Programme p = programme(1_000_000, 100_000L, rules, List.of("事業計画書"));
        kit.organisations.put(new Applicant(
                kit.association.id(),
                kit.association.name(),
                PartnerType.NEIGHBOURHOOD,
                OrganisationStatus.SUSPENDED,
                true,
                null,
                null,
                Set.of("omiya-e"),
                LocalDate.of(2026, 1, 1)));
        Application a = apply(p, kit.association, 300_000, 150_000);
        Application refused = as(COORDINATOR, () -> kit.applications.screen(a.id(), a.version()));
        assertEquals(ApplicationStatus.INELIGIBLE, refused.status());
        List<String> rules1 = refused.reasons().stream().map(r -> r.rule()).toList();
        assertEquals(
                List.of("organisationType", "status", "certification", "area", "monthsActive", "requested", "document"),
                rules1);
        assertEquals("団体の種類「地縁団体」はこの制度の対象ではありません", refused.reasons().get(0).message(Locale.JAPANESE));
        assertEquals(
                "Organisations of type neighbourhood association are not eligible",
                refused.reasons().get(0).message(Locale.ENGLISH));
        assertEquals(
                "申請額150,000円が交付できる上限100,000円を超えています", refused.reasons().get(5).toString());
        assertEquals(
                "The required document 事業計画書 is not attached",
                refused.reasons().get(6).message(Locale.ENGLISH));
        // nothing more happens to it
        ConflictException e = assertThrows(
                ConflictException.class,
                () -> as(COORDINATOR, () -> kit.applications.completeReview(refused.id(), refused.version())));
        assertEquals("「要件不適合」の申請は審査終了にできません", e.getMessage());
        assertEquals("An application that is ineligible cannot be marked reviewed", e.message(Locale.ENGLISH));
    }

    @Test
    void aSubmissionOutsideThePeriodAndAFirstTimeRuleAreChecked() {
        Programme p = programme(10_000_000, null, new EligibilityRules(null, null, false, "", true, null), List.of());
        Application first = screened(p, kit.npo, 300_000, 200_000);
        as(REVIEWER_A, () -> kit.applications.saveReview(first.id(), ReviewDraft.scores(scores(3, 3, 3, 3), "")));
        Application r = as(COORDINATOR, () -> kit.applications.completeReview(first.id(), first.version()));
        as(COORDINATOR, () -> kit.applications.decide(r.id(), r.version(), Decision.grant(200_000, "")));
        Application again = apply(p, kit.npo, 300_000, 200_000);
        Application late = as(
                STAFF,
                () -> kit.applications.update(
                        again.id(), again.version(), again.details().submittedOn(LocalDate.of(2026, 7, 1))));
        Application refused = as(COORDINATOR, () -> kit.applications.screen(late.id(), late.version()));
        assertEquals(
                List.of("period", "firstTime"),
                refused.reasons().stream().map(x -> x.rule()).toList());
        assertEquals(
                "受付日（令和8年7月1日）が募集期間（令和8年4月1日〜令和8年6月30日）の外です",
                refused.reasons().get(0).toString());
    }

    @Test
    void stepsNotAllowedFromTheCurrentStateChangeNothing() {
        Programme p = programme(1_000_000, null, EligibilityRules.anyRegistered(), List.of());
        Application a = apply(p, kit.npo, 300_000, 100_000);
        ConflictException e = assertThrows(
                ConflictException.class,
                () -> as(COORDINATOR, () -> kit.applications.decide(a.id(), a.version(), Decision.grant(100_000, ""))));
        assertEquals("「受付」の申請は決定できません", e.getMessage());
        assertThrows(
                ConflictException.class,
                () -> as(
                        COORDINATOR,
                        () -> kit.applications.disburse(a.id(), a.version(), new DisbursementDraft(null, 1, ""))));
        assertThrows(
                ConflictException.class,
                () -> as(
                        STAFF,
                        () -> kit.applications.report(
                                a.id(), a.version(), new ResultsReport(null, "", List.of(), List.of()))));
        Application same = as(STAFF, () -> kit.applications.get(a.id()));
        assertEquals(ApplicationStatus.SUBMITTED, same.status());
        assertEquals(a.version(), same.version());
        assertEquals(0, as(COORDINATOR, () -> kit.programmes.get(p.id())).committedYen());
        // a stale version is a conflict too
        Application screened = as(COORDINATOR, () -> kit.applications.screen(a.id(), a.version()));
        assertThrows(
                ConflictException.class, () -> as(COORDINATOR, () -> kit.applications.screen(a.id(), a.version())));
        assertThrows(
                ValidationException.class,
                () -> as(COORDINATOR, () -> kit.applications.withdraw(screened.id(), screened.version(), " ")));
        Application withdrawn = as(STAFF, () -> kit.applications.withdraw(screened.id(), screened.version(), "団体の都合"));
        assertEquals(ApplicationStatus.WITHDRAWN, withdrawn.status());
    }

    @Test
    void reviewersScoreEachCriterionAndConflictedScoresDoNotCount() {
        Programme p = programme(10_000_000, 500_000L, EligibilityRules.anyRegistered(), List.of());
        Application x = screened(p, kit.npo, 900_000, 500_000);
        Application y = screened(p, kit.company, 600_000, 400_000);
        Application z = screened(p, kit.association, 300_000, 200_000);
        // weights 3,1,2,1; maxima 5,5,5,10: the highest total is 15+5+10+10 = 40
        as(REVIEWER_A, () -> kit.applications.saveReview(x.id(), ReviewDraft.scores(scores(5, 5, 5, 10), "")));
        as(REVIEWER_B, () -> kit.applications.saveReview(x.id(), ReviewDraft.scores(scores(3, 3, 3, 5), "")));
        as(REVIEWER_C, () -> kit.applications.saveReview(x.id(), ReviewDraft.conflict("理事を務めている")));
        as(REVIEWER_A, () -> kit.applications.saveReview(y.id(), ReviewDraft.scores(scores(4, 4, 4, 8), "")));
        Review changed = as(
                REVIEWER_A, () -> kit.applications.saveReview(y.id(), ReviewDraft.scores(scores(5, 4, 4, 8), "見直し")));
        assertEquals(15 + 4 + 8 + 8, changed.weightedTotal());
        // the conflicted reviewer's scores are not stored and do not count
        as(REVIEWER_C, () -> kit.applications.saveReview(z.id(), ReviewDraft.conflict("家族が会員")));
        ValidationException missing = assertThrows(
                ValidationException.class,
                () -> as(
                        REVIEWER_B,
                        () -> kit.applications.saveReview(
                                z.id(), ReviewDraft.scores(Map.of("PUBLIC_BENEFIT", 6), ""))));
        assertEquals(
                List.of("scores.PUBLIC_BENEFIT", "scores.NON_PROFIT", "scores.SYNERGY", "scores.FEASIBILITY"),
                missing.errors().stream()
                        .map(e -> e.field())
                        .sorted((a, b) -> order(a) - order(b))
                        .toList());
        assertThrows(
                AccessDeniedException.class,
                () -> as(STAFF, () -> kit.applications.saveReview(x.id(), ReviewDraft.scores(scores(1, 1, 1, 1), ""))));
        List<RankedApplication> ranking = as(COORDINATOR, () -> kit.applications.ranking(p.id()));
        assertEquals(
                List.of(y.id(), x.id(), z.id()),
                ranking.stream().map(RankedApplication::applicationId).toList());
        // y: 35/40 = 87.50; x: (40 + 23) / 2 / 40 = 78.75; z: no review counts
        assertEquals(new BigDecimal("87.50"), ranking.get(0).score());
        assertEquals(new BigDecimal("78.75"), ranking.get(1).score());
        assertEquals(2, ranking.get(1).reviewers());
        assertEquals(1, ranking.get(1).conflicted());
        assertEquals(new BigDecimal("0.00"), ranking.get(2).score());
        assertEquals(3, ranking.get(2).rank());
        assertEquals(400_000, ranking.get(0).maxGrantYen());
        ConflictException none = assertThrows(
                ConflictException.class,
                () -> as(COORDINATOR, () -> kit.applications.completeReview(z.id(), z.version())));
        assertTrue(none.getMessage().contains("利害関係"));
        assertEquals(3, as(COORDINATOR, () -> kit.applications.reviews(x.id())).size());
        assertEquals(1, as(REVIEWER_B, () -> kit.applications.reviews(x.id())).size(), "a reviewer sees their own");
        assertEquals(
                Set.of(x.id(), y.id(), z.id()),
                Set.copyOf(as(REVIEWER_A, () -> kit.applications.toReview(PageRequest.first(10))).items().stream()
                        .map(s -> s.id())
                        .toList()));
    }

    private static int order(String field) {
        return List.of("scores.PUBLIC_BENEFIT", "scores.NON_PROFIT", "scores.SYNERGY", "scores.FEASIBILITY")
                .indexOf(field);
    }

    @Test
    void aGrantStaysWithinEveryLimitAndTheBudget() {
        Programme p = programme(1_000_000, 300_000L, EligibilityRules.anyRegistered(), List.of());
        Application a = reviewed(p, kit.npo, 600_000, 300_000);
        ValidationException above = assertThrows(
                ValidationException.class,
                () -> as(COORDINATOR, () -> kit.applications.decide(a.id(), a.version(), Decision.grant(300_001, ""))));
        assertEquals("grantedYen", above.errors().get(0).field());
        assertThrows(
                ValidationException.class,
                () -> as(COORDINATOR, () -> kit.applications.decide(a.id(), a.version(), Decision.grant(0, ""))));
        as(COORDINATOR, () -> kit.applications.decide(a.id(), a.version(), Decision.grant(300_000, "")));
        Application b = reviewed(p, kit.company, 600_000, 300_000);
        as(COORDINATOR, () -> kit.applications.decide(b.id(), b.version(), Decision.grant(300_000, "")));
        Application c = reviewed(p, kit.association, 600_000, 300_000);
        as(COORDINATOR, () -> kit.applications.decide(c.id(), c.version(), Decision.grant(300_000, "")));
        Application d = reviewed(p, kit.npo, 600_000, 300_000);
        ConflictException over = assertThrows(
                ConflictException.class,
                () -> as(COORDINATOR, () -> kit.applications.decide(d.id(), d.version(), Decision.grant(100_001, ""))));
        assertEquals("「令和8年度 協働事業補助金」の予算が足りません（交付額100,001円、残り100,000円）", over.getMessage());
        assertEquals(
                ApplicationStatus.REVIEWED,
                as(STAFF, () -> kit.applications.get(d.id())).status());
        Application last =
                as(COORDINATOR, () -> kit.applications.decide(d.id(), d.version(), Decision.grant(100_000, "")));
        assertEquals(100_000, last.grantedYen());
        Programme full = as(COORDINATOR, () -> kit.programmes.get(p.id()));
        assertEquals(0, full.remainingYen());
        Application e = reviewed(p, kit.company, 3, 1);
        assertThrows(
                ConflictException.class,
                () -> as(COORDINATOR, () -> kit.applications.decide(e.id(), e.version(), Decision.grant(1, ""))));
        Application rejected =
                as(COORDINATOR, () -> kit.applications.decide(e.id(), e.version(), Decision.reject("予算超過")));
        assertEquals(ApplicationStatus.REJECTED, rejected.status());
    }

    @Test
    void aWardsBudgetLimitsItsProgrammesTogether() {
        as(COORDINATOR, () -> kit.programmes.setWardBudget(2026, "urawa", 500_000));
        Programme one = wardProgramme("浦和区 提案事業A");
        Programme two = wardProgramme("浦和区 提案事業B");
        Application a = reviewed(one, kit.npo, 600_000, 300_000);
        as(COORDINATOR, () -> kit.applications.decide(a.id(), a.version(), Decision.grant(300_000, "")));
        Application b = reviewed(two, kit.company, 600_000, 300_000);
        ConflictException e = assertThrows(
                ConflictException.class,
                () -> as(COORDINATOR, () -> kit.applications.decide(b.id(), b.version(), Decision.grant(300_000, ""))));
        assertTrue(e.getMessage().contains("urawa"), e.getMessage());
        assertEquals(0, as(COORDINATOR, () -> kit.programmes.get(two.id())).committedYen(), "rolled back together");
        as(COORDINATOR, () -> kit.applications.decide(b.id(), b.version(), Decision.grant(200_000, "")));
        assertEquals(
                500_000,
                as(STAFF, () -> kit.programmes.wardBudgets(2026)).get(0).committedYen());
        assertThrows(
                ConflictException.class,
                () -> as(COORDINATOR, () -> kit.programmes.setWardBudget(2026, "urawa", 499_999)));
    }

    private Programme wardProgramme(String title) {
        ProgrammeDraft d = ProgrammeDraft.of(
                        2026,
                        ProgrammeKind.WARD_PROPOSAL,
                        title,
                        1_000_000,
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 6, 30))
                .withWard("urawa", kit.department.id());
        Programme p = as(COORDINATOR, () -> kit.programmes.create(d));
        as(COORDINATOR, () -> kit.programmes.assignReviewers(p.id(), Set.of("shinsa-a")));
        return as(COORDINATOR, () -> kit.programmes.publish(p.id(), p.version() + 1));
    }

    Application reviewed(Programme p, Applicant org, long expense, long requested) {
        Application a = screened(p, org, expense, requested);
        assertEquals(ApplicationStatus.SCREENED, a.status(), a.reasons().toString());
        as(
                REVIEWER_A,
                () -> kit.applications.saveReview(
                        a.id(),
                        ReviewDraft.scores(
                                p.details().criteria().stream().collect(Collectors.toMap(c -> c.code(), c -> 1)), "")));
        return as(COORDINATOR, () -> kit.applications.completeReview(a.id(), a.version()));
    }

    @Test
    void zeroAndOneYen() {
        Programme empty = programme(0, null, EligibilityRules.anyRegistered(), List.of());
        assertThrows(ValidationException.class, () -> apply(empty, kit.npo, 0, 0));
        Application one = reviewed(programme(1, null, EligibilityRules.anyRegistered(), List.of()), kit.npo, 2, 1);
        // 2 × 2/3 = 1.33 → 1
        assertEquals(1, one.maxGrantYen());
        Application tiny = screened(empty, kit.npo, 1, 1);
        assertEquals(
                List.of("requested"), tiny.reasons().stream().map(r -> r.rule()).toList(), "1 × 2/3 → 0");
        Application granted =
                as(COORDINATOR, () -> kit.applications.decide(one.id(), one.version(), Decision.grant(1, "")));
        assertEquals(1, granted.grantedYen());
    }

    @Test
    void viewersSeeNoApplicationsAndStaffListThem() {
        Programme p = programme(1_000_000, null, EligibilityRules.anyRegistered(), List.of());
        apply(p, kit.npo, 300_000, 100_000);
        apply(p, kit.company, 300_000, 100_000);
        assertThrows(
                AccessDeniedException.class,
                () -> as(VIEWER, () -> kit.applications.search(ApplicationQuery.all(), PageRequest.first(10))));
        assertEquals(
                2,
                as(STAFF, () -> kit.applications.search(ApplicationQuery.ofProgramme(p.id()), PageRequest.first(10)))
                        .total());
        assertEquals(
                1,
                as(
                                STAFF,
                                () -> kit.applications.search(
                                        new ApplicationQuery(
                                                "みらい", null, 2026, null, Set.of(ApplicationStatus.SUBMITTED)),
                                        PageRequest.first(10)))
                        .total());
        assertEquals(
                2L,
                as(STAFF, () -> kit.applications.statistics(2026)).byStatus().get(ApplicationStatus.SUBMITTED));
        assertEquals(
                2,
                kit.audit.of(AuditAction.CREATE).stream()
                        .filter(e -> e.recordType().equals(ApplicationService.RECORD_TYPE))
                        .count());
    }

    @Test
    void staffExportTheApplicationsFoundAsCsvThatExcelOpens() throws Exception {
        Programme p = programme(BIG * 2, null, EligibilityRules.anyRegistered(), List.of());
        Application a = reviewed(p, kit.npo, 4_500_000_001L, BIG);
        as(COORDINATOR, () -> kit.applications.decide(a.id(), a.version(), Decision.grant(BIG, "")));
        apply(p, kit.company, 300_000, 100_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(
                AccessDeniedException.class,
                () -> as(VIEWER, () -> kit.applications.export(ApplicationQuery.all(), out)));
        int rows = as(
                STAFF,
                () -> kit.applications.export(
                        new ApplicationQuery("", p.id(), null, null, Set.of(ApplicationStatus.GRANTED)), out));
        assertEquals(1, rows);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFID,年度,制度,団体,件名,状態,申請額,交付決定額,支払額,更新日時\r\n"), csv);
        assertTrue(
                csv.contains("," + "令和8年度,令和8年度 協働事業補助金,NPO法人うらわ子ども食堂,多文化共生の日本語教室,交付決定," + BIG + "," + BIG + ",0,"),
                csv);
        assertEquals(2, csv.split("\r\n").length, csv);
        assertEquals(
                1,
                kit.audit.of(AuditAction.EXPORT).stream()
                        .filter(e -> e.recordType().equals(ApplicationService.RECORD_TYPE))
                        .count());
    }
}
