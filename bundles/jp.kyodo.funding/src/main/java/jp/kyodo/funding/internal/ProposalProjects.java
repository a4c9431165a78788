package jp.kyodo.funding.internal;

import java.time.LocalDate;

/**
 * Collaboration projects in the matching module, behind a bundle-private interface that names no matching
 * type: {@link MatchingLink} hands the application service a {@link MatchingProjects} only while matching's
 * service is there — so funding runs, and its classes load, without matching.
 */
interface ProposalProjects {

    /**
     * @param source {@code funding:application:<id>}
     * @return the new project's id
     */
    long create(
            String title,
            long departmentId,
            long organisationId,
            String purpose,
            LocalDate startsOn,
            LocalDate endsOn,
            long budgetYen,
            String source);
}
