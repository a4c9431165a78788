package jp.kyodo.funding;

import java.time.LocalDate;
import java.util.List;
import jp.kyodo.core.Records;

/**
 * The results report (実績報告) after the activity: what happened, the actual income and expenses, and the
 * indicators. The grant is settled on it (額の確定): {@code min(grant, maximum, floor(actual eligible cost ×
 * rate))}.
 *
 * @param reportedOn the day received; null = today
 */
public record ResultsReport(LocalDate reportedOn, String summary, List<BudgetLine> actual, List<Indicator> indicators) {

    public ResultsReport {
        summary = Records.text(summary);
        actual = Records.list(actual);
        indicators = Records.list(indicators);
    }

    public long actualEligibleCostYen() {
        return BudgetLine.eligibleCost(actual);
    }
}
