package jp.kyodo.funding;

import java.util.Map;

/**
 * Counts for a dashboard: applications by state and money by programme, for one fiscal year.
 *
 * @param byStatus applications per state (states without any are absent)
 * @param requestedYen asked for in all applications
 * @param grantedYen granted (decided grants)
 * @param paidYen disbursed
 */
public record ApplicationStatistics(
        int fiscalYear, Map<ApplicationStatus, Long> byStatus, long requestedYen, long grantedYen, long paidYen) {

    public ApplicationStatistics {
        byStatus = Map.copyOf(byStatus);
    }
}
