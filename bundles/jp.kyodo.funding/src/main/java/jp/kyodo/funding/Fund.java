package jp.kyodo.funding;

import java.time.Instant;

/**
 * A stored fund.
 *
 * @param balanceYen the balance now: the last year-end balance plus the entries of the open years
 * @param lastClosedYear the last closed fiscal year; null while none is
 */
public record Fund(
        long id,
        int version,
        FundDraft details,
        long balanceYen,
        Integer lastClosedYear,
        Instant createdAt,
        Instant updatedAt) {}
