package jp.kyodo.funding;

import java.time.Instant;
import java.time.LocalDate;

/** A stored payment of a grant. */
public record Disbursement(
        long id,
        long applicationId,
        LocalDate paidOn,
        long amountYen,
        String note,
        String recordedBy,
        Instant recordedAt) {}
