package jp.kyodo.training;

import java.time.LocalDate;

/**
 * One line of a person's points ledger.
 *
 * @param minutes activity time for {@link PointKind#EARN}, 0 otherwise
 * @param points positive when earned, negative when redeemed or expired
 */
public record PointEntry(
        long id,
        long personId,
        int fiscalYear,
        PointKind kind,
        LocalDate on,
        String activity,
        int minutes,
        int points,
        String note,
        String recordedBy) {}
