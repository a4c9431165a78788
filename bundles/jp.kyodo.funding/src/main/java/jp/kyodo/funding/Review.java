package jp.kyodo.funding;

import java.time.Instant;
import java.util.Map;

/**
 * A stored review.
 *
 * @param reviewer the reviewer's user name
 * @param weightedTotal {@code Σ weight × score}; 0 for a conflicted review (it does not count)
 */
public record Review(
        long id,
        int version,
        long applicationId,
        String reviewer,
        boolean conflictOfInterest,
        String conflictNote,
        Map<String, Integer> scores,
        String comment,
        long weightedTotal,
        Instant submittedAt) {

    public Review {
        scores = Map.copyOf(scores);
    }
}
