package jp.kyodo.matching;

import java.time.Instant;
import java.util.List;
import jp.kyodo.core.Records;

/**
 * A candidate proposed for a need, and how far the coordinator has driven it.
 *
 * @param candidateName the candidate's name; a private person's only for coordinators or once both sides
 *     agreed ({@link MatchStage#disclosed()}), otherwise 「個人の協力者」
 * @param anonymous whether {@code candidateName} hides a private person
 * @param stageSince when the match reached its stage
 * @param stale open and without a step for longer than the configured days: it needs the coordinator
 * @param steps every step, oldest first
 * @param caseId the case study (事例) written from it, when there is one
 */
public record Match(
        long id,
        int version,
        long needId,
        String needTitle,
        String ownerName,
        CandidateRef candidate,
        String candidateName,
        boolean anonymous,
        MatchStage stage,
        Instant stageSince,
        boolean stale,
        List<MatchStep> steps,
        Long caseId) {

    public Match {
        steps = Records.list(steps);
    }

    /** The outcome (completed) or the reason (declined): the last step's note; empty while open. */
    public String result() {
        return stage.closed() && !steps.isEmpty() ? steps.get(steps.size() - 1).note() : "";
    }
}
