package jp.kyodo.matching;

import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/**
 * The matches a coordinator drives from proposal to outcome, and the case studies (事例) written from
 * them. Coordinators move matches; staff see them (a private person anonymous until both sides agreed).
 */
public interface MatchPipeline {

    /** Sort keys of {@link #search} ({@link jp.kyodo.core.PageRequest#sort()}); without one, newest activity first. */
    String SORT_UPDATED = "updated";

    /** By the time the match reached its stage. */
    String SORT_STAGE_SINCE = "stageSince";

    /**
     * Proposes the candidate for the need.
     *
     * @throws jp.kyodo.core.ValidationException when the candidate cannot serve the need (no consent, the
     *     wrong kind, inactive) or the need is not open
     * @throws jp.kyodo.core.ConflictException when the candidate is already proposed for the need
     */
    Match propose(long needId, CandidateRef candidate, String note);

    /**
     * Moves the match to the next stage ({@link MatchStage#next()}); completing needs the outcome in
     * {@code note}, declining the reason.
     *
     * @throws jp.kyodo.core.ValidationException for a move the pipeline does not allow from the current
     *     stage, or a missing outcome or reason
     */
    Match move(long matchId, int expectedVersion, MatchStage to, String note);

    Match get(long id);

    /** Newest activity first. */
    Page<Match> search(MatchQuery query, PageRequest page);

    /** Writes the case study of a completed match (one per match). */
    CaseStudy writeCase(long matchId, CaseDraft draft);

    CaseStudy updateCase(long caseId, int expectedVersion, CaseDraft draft);

    CaseStudy getCase(long caseId);

    /** Newest first; {@code publishedOnly} for what may be shown outside (and shared with other cities). */
    Page<CaseStudy> cases(boolean publishedOnly, PageRequest page);
}
