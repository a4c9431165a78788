package jp.kyodo.matching;

import java.time.Instant;

/**
 * One move of a match through the pipeline, dated and attributed.
 *
 * @param by the user who made it
 * @param note what was done or agreed; for a completed match its outcome, for a declined one the reason
 */
public record MatchStep(MatchStage stage, Instant at, String by, String note) {}
