package jp.kyodo.funding;

import java.time.Instant;
import java.time.LocalDate;
import jp.kyodo.core.calendar.FiscalYear;

/**
 * A stored programme with its budget position.
 *
 * @param committedYen granted to applications (decided, not released at settlement); never above the budget
 * @param paidYen disbursed so far; never above {@code committedYen}
 * @param applications how many applications it has (any state)
 */
public record Programme(
        long id,
        int version,
        ProgrammeStatus status,
        ProgrammeDraft details,
        long committedYen,
        long paidYen,
        int applications,
        String departmentName,
        Instant createdAt,
        Instant updatedAt) {

    /** What can still be granted. */
    public long remainingYen() {
        return details.budgetYen() - committedYen;
    }

    public FiscalYear fiscalYear() {
        return new FiscalYear(details.fiscalYear());
    }

    /** Published and the day lies in the application period. */
    public boolean openOn(LocalDate day) {
        return status == ProgrammeStatus.PUBLISHED
                && !day.isBefore(details.opensOn())
                && !day.isAfter(details.closesOn());
    }
}
