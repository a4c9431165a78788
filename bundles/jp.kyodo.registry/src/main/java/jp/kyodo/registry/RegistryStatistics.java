package jp.kyodo.registry;

import java.util.Map;
import jp.kyodo.core.calendar.FiscalYear;

/**
 * Counts of active partners for the dashboard.
 *
 * @param byType active partners per type
 * @param organisationsByField active organisations per activity field code
 * @param experts people with an expert profile
 * @param newThisFiscalYear partners registered since April 1 of the current fiscal year
 */
public record RegistryStatistics(
        Map<PartnerType, Long> byType,
        Map<String, Long> organisationsByField,
        long experts,
        FiscalYear fiscalYear,
        long newThisFiscalYear) {

    public RegistryStatistics {
        byType = Map.copyOf(byType);
        organisationsByField = Map.copyOf(organisationsByField);
    }

    public long total() {
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }
}
