package jp.kyodo.training;

import java.time.Instant;

/**
 * A stored training with its progress.
 *
 * @param assigned staff it is assigned to
 * @param completed of those, how many completed it
 */
public record Training(long id, TrainingDraft details, int assigned, int completed, Instant createdAt) {

    /** Completed share in percent (0–100, one decimal), 0 when assigned to nobody. */
    public double completionRate() {
        return Percent.of(completed, assigned);
    }
}
