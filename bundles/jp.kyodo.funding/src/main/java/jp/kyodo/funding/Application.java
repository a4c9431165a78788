package jp.kyodo.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored application with where it stands in the pipeline.
 *
 * @param programmeKind and {@code fiscalYear}, {@code programmeTitle}: of its programme
 * @param organisationName the applicant's name in the registry when it was submitted
 * @param statusChangedAt when it entered its status
 * @param reasons why it was found ineligible (empty otherwise)
 * @param maxGrantYen what it could be granted at most: {@code min(requested, maximum, floor(eligible cost ×
 *     rate))}
 * @param grantedYen the decided grant; null before a grant
 * @param settledYen the grant settled on the results report; null before the report
 * @param paidYen disbursed so far
 * @param refundDueYen paid beyond the settled amount (to be returned, 返還); 0 normally
 * @param report the results report; null before it
 * @param evaluation null before it
 * @param exit null before it
 * @param projectId the collaboration project it became (matching module); null when none
 */
public record Application(
        long id,
        int version,
        ApplicationStatus status,
        ApplicationDraft details,
        String programmeTitle,
        ProgrammeKind programmeKind,
        int fiscalYear,
        String organisationName,
        Instant statusChangedAt,
        List<ScreeningReason> reasons,
        long maxGrantYen,
        Long grantedYen,
        String conditions,
        String decisionNote,
        LocalDate decidedOn,
        Agreement agreement,
        Long settledYen,
        long paidYen,
        long refundDueYen,
        ResultsReport report,
        Evaluation evaluation,
        ExitDecision exit,
        Long projectId,
        Instant createdAt,
        Instant updatedAt) {

    public Application {
        reasons = List.copyOf(reasons);
    }
}
