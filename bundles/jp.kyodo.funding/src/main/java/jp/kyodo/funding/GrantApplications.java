package jp.kyodo.funding;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/**
 * Applications to grant programmes and their pipeline (see {@link ApplicationStatus}). Staff enter and
 * update applications for organisations, attach their documents and enter results reports; coordinators
 * screen, decide, make agreements, pay, evaluate and decide the exit; reviewers (users assigned to the
 * programme, with at least the staff role) score. Viewers see nothing of applications.
 *
 * <p>A step not allowed from the application's current state throws {@link ConflictException}
 * naming both states and changes nothing; so does a decision or payment the budget cannot carry (the budget
 * is guarded in the database, also against simultaneous decisions). Every step takes the version the user
 * saw; a stale one is a {@link ConflictException} too.
 */
@org.osgi.annotation.versioning.ProviderType
public interface GrantApplications {

    /** Accepted attachment size, in bytes (10 MB). */
    long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    Application get(long id);

    Page<ApplicationSummary> search(ApplicationQuery query, PageRequest page);

    /** Applications waiting for the calling reviewer: screened, in the programmes they review. */
    Page<ApplicationSummary> toReview(PageRequest page);

    ApplicationStatistics statistics(int fiscalYear);

    /**
     * Writes the applications the query finds as CSV that Excel opens (UTF-8 with BOM): ID, 年度, 制度, 団体,
     * 件名, 状態, 申請額, 交付決定額, 支払額, 更新日時, in the query's order. Staff and above; audited.
     *
     * @return the number of applications written
     */
    int export(ApplicationQuery query, OutputStream out) throws IOException;

    /** Enters an application for a registered organisation; it is submitted (受付) at once. */
    Application submit(ApplicationDraft draft);

    /** Replaces the details while the application is submitted and not yet screened. */
    Application update(long id, int expectedVersion, ApplicationDraft draft);

    /**
     * Checks the programme's eligibility rules, the application period, the amounts and the required
     * documents: screened when every rule holds, otherwise ineligible with one reason per rule failed.
     */
    Application screen(long id, int expectedVersion);

    Application withdraw(long id, int expectedVersion, String reason);

    /** Saves the calling reviewer's review of a screened application (replacing their earlier one). */
    Review saveReview(long applicationId, ReviewDraft draft);

    /** The reviews of an application: all of them for coordinators, the caller's own for a reviewer. */
    List<Review> reviews(long applicationId);

    /** Ends the review of a screened application; at least one review must count. */
    Application completeReview(long id, int expectedVersion);

    /** The programme's screened and later applications by weighted score, best first. */
    List<RankedApplication> ranking(long programmeId);

    /** Grants (within every limit and the budget) or rejects a reviewed application. */
    Application decide(long id, int expectedVersion, Decision decision);

    Application agree(long id, int expectedVersion, Agreement agreement);

    /** Pays (part of) the grant; the payments never exceed it. */
    Application disburse(long id, int expectedVersion, DisbursementDraft payment);

    List<Disbursement> disbursements(long applicationId);

    /** Records the results report and settles the grant on the actual costs (the rest of the budget is freed). */
    Application report(long id, int expectedVersion, ResultsReport report);

    Application evaluate(long id, int expectedVersion, Evaluation evaluation);

    Application decideExit(long id, int expectedVersion, ExitDecision exit);

    /**
     * Makes the granted proposal a collaboration project in the matching module, when that is installed and
     * the application has none yet (done automatically after the grant; this retries).
     *
     * @return the project's id, or empty when matching is not installed or the application is no proposal
     */
    Optional<Long> createProject(long applicationId);

    /**
     * Attaches a document. The type is found in the content, never taken from the name: PDF, Word, Excel,
     * PowerPoint (Office Open XML), JPEG or PNG, at most {@value #MAX_ATTACHMENT_BYTES} bytes.
     */
    AttachmentInfo attach(long applicationId, String documentName, String fileName, byte[] content);

    List<AttachmentInfo> attachments(long applicationId);

    /** The document's bytes, for staff and the programme's reviewers; every read is audited. */
    AttachmentContent readAttachment(long attachmentId);

    /** Removes a document while the application is not yet screened. */
    void removeAttachment(long attachmentId);
}
