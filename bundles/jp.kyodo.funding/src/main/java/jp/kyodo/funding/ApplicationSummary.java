package jp.kyodo.funding;

import java.time.Instant;

/** One line of an application list. */
public record ApplicationSummary(
        long id,
        long programmeId,
        String programmeTitle,
        int fiscalYear,
        long organisationId,
        String organisationName,
        String title,
        ApplicationStatus status,
        long requestedYen,
        Long grantedYen,
        long paidYen,
        Instant updatedAt) {}
