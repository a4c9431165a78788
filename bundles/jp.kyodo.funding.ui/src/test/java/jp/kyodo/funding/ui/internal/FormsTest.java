package jp.kyodo.funding.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.funding.Application;
import jp.kyodo.funding.ApplicationDraft;
import jp.kyodo.funding.ApplicationStatus;
import jp.kyodo.funding.BudgetLine;
import jp.kyodo.funding.BudgetSide;
import jp.kyodo.funding.EligibilityRules;
import jp.kyodo.funding.Fund;
import jp.kyodo.funding.FundDraft;
import jp.kyodo.funding.Funds;
import jp.kyodo.funding.GrantApplications;
import jp.kyodo.funding.GrantProgrammes;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeDraft;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.ProgrammeStatus;
import jp.kyodo.funding.ReviewCriterion;
import jp.kyodo.funding.SubsidyRate;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerDirectory;
import jp.kyodo.registry.PartnerType;
import org.junit.jupiter.api.Test;

/** The forms read a stored record into their fields and give back the same draft; the services' errors find their fields. */
class FormsTest {

    static final Instant AT = Samples.AT;

    static final ProgrammeDraft PROGRAMME = ProgrammeDraft.of(
                    2026,
                    ProgrammeKind.CITIZEN_ACTIVITY,
                    "令和8年度 市民活動補助金",
                    3_000_000,
                    LocalDate.of(2026, 4, 15),
                    LocalDate.of(2026, 6, 30))
            .withLimits(300_000L, new SubsidyRate(2, 3))
            .withEligibility(new EligibilityRules(
                    Set.of(PartnerType.CIVIC, PartnerType.NEIGHBOURHOOD),
                    Set.of(OrganisationStatus.REGISTERED),
                    true,
                    "",
                    true,
                    12))
            .withDocumentsAndCriteria(
                    List.of("事業計画書", "収支予算書"),
                    List.of(
                            new ReviewCriterion(ReviewCriterion.PUBLIC_BENEFIT, "公益性", 2, 5),
                            new ReviewCriterion("FEASIBILITY", "実現性", 1, 10)))
            .withTexts("しみんかつどうほじょきん", "新しい社会貢献活動を補助します", "市民団体・地縁団体", "協働推進課", "");

    static final Programme STORED = new Programme(4, 3, ProgrammeStatus.PUBLISHED, PROGRAMME, 0, 0, 0, "", AT, AT);

    /** Only what filling a form reads: the programme of an application. */
    private static final FundingServices SERVICES = new FundingServices(
            only(GrantProgrammes.class, "get", STORED),
            only(GrantApplications.class, "", null),
            only(Funds.class, "", null),
            only(PartnerDirectory.class, "", null));

    private static <T> T only(Class<T> type, String name, Object answer) {
        return type.cast(Proxy.newProxyInstance(FormsTest.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            if (m.getName().equals(name)) {
                return answer;
            }
            throw new UnsupportedOperationException(m.getName());
        }));
    }

    @Test
    void aProgrammeReadIntoTheFormComesBackAsTheSameDraft() {
        ProgrammeForm form = new ProgrammeForm(SERVICES);
        form.fill(STORED);

        assertEquals(PROGRAMME, form.draft());
        assertEquals("300,000", form.maxAmount.getValue(), "yen shown with grouping");
        assertEquals("2/3", form.rate.getValue());
    }

    @Test
    void theServicesErrorsFindTheirFieldsInTheRowsAndNestedRules() {
        ProgrammeForm form = new ProgrammeForm(SERVICES);
        form.fill(STORED);
        List<FieldError> unplaced = form.fieldErrors()
                .show(new ValidationException(List.of(
                        new FieldError("criteria[1].weight", "1以上"),
                        new FieldError("eligibility.minMonthsActive", "1〜1200"),
                        new FieldError("requiredDocuments[1]", "二度"),
                        new FieldError("subsidyRate", "読めません"))));

        assertEquals(List.of(), unplaced);
        assertTrue(form.minMonths.isInvalid());
        assertTrue(form.documents.isInvalid());
        assertTrue(form.rate.isInvalid());
    }

    @Test
    void anApplicationReadIntoTheFormComesBackAsTheSameDraftWithoutBlankBudgetRows() {
        ApplicationDraft draft = ApplicationDraft.of(
                        4,
                        12,
                        "河川敷の清掃と環境学習",
                        List.of(
                                BudgetLine.expense("講師謝礼", 225_000),
                                new BudgetLine(BudgetSide.EXPENSE, "懇親会費", 20_000, false),
                                BudgetLine.income("参加費", 30_000)),
                        200_000)
                .withPlan("月1回の清掃", "川がきれいになる", LocalDate.of(2026, 7, 1), LocalDate.of(2027, 3, 31))
                .submittedOn(LocalDate.of(2026, 5, 10));
        Application stored = Samples.application(9, ApplicationStatus.SUBMITTED, draft, "みどりの会", List.of());
        ApplicationForm form = new ApplicationForm(SERVICES);
        form.fill(stored);

        assertEquals(draft, form.draft());
        assertEquals("200,000", form.requested.getValue());
    }

    @Test
    void aFundReadIntoTheFormComesBackAsTheSameDraft() {
        FundDraft draft = new FundDraft("volunteer", "ボランティアひとづくり基金", "ボランティアの育成", 2012, 12_500_000);
        FundForm form = new FundForm(SERVICES);
        form.fill(new Fund(1, 2, draft, 28_396_610, 2025, AT, AT));

        assertEquals(draft, form.draft());
        assertEquals("12,500,000", form.opening.getValue());
    }
}
