package jp.kyodo.funding;

import java.time.LocalDate;
import java.util.List;
import jp.kyodo.core.Records;

/**
 * An application as staff enter it for a registered organisation (申請書).
 *
 * @param programmeId the programme applied to
 * @param organisationId the applicant: an organisation of the registry
 * @param title the activity's or proposal's title
 * @param plan what will be done, how and with whom (事業計画)
 * @param expectedEffect the expected outcome (期待される効果)
 * @param startsOn and {@code endsOn}: the activity's period; may be null
 * @param budget income and expense lines (収支予算)
 * @param requestedYen the amount asked for (申請額)
 * @param submittedOn the day the application was received; null = today
 */
public record ApplicationDraft(
        long programmeId,
        long organisationId,
        String title,
        String plan,
        String expectedEffect,
        LocalDate startsOn,
        LocalDate endsOn,
        List<BudgetLine> budget,
        long requestedYen,
        LocalDate submittedOn) {

    public ApplicationDraft {
        title = Records.text(title);
        plan = Records.text(plan);
        expectedEffect = Records.text(expectedEffect);
        budget = Records.list(budget);
    }

    public static ApplicationDraft of(
            long programmeId, long organisationId, String title, List<BudgetLine> budget, long requestedYen) {
        return new ApplicationDraft(programmeId, organisationId, title, "", "", null, null, budget, requestedYen, null);
    }

    /** The eligible cost (補助対象経費) of the budget. */
    public long eligibleCostYen() {
        return BudgetLine.eligibleCost(budget);
    }

    public ApplicationDraft withPlan(String newPlan, String newExpectedEffect, LocalDate from, LocalDate until) {
        return new ApplicationDraft(
                programmeId,
                organisationId,
                title,
                newPlan,
                newExpectedEffect,
                from,
                until,
                budget,
                requestedYen,
                submittedOn);
    }

    public ApplicationDraft submittedOn(LocalDate day) {
        return new ApplicationDraft(
                programmeId, organisationId, title, plan, expectedEffect, startsOn, endsOn, budget, requestedYen, day);
    }
}
