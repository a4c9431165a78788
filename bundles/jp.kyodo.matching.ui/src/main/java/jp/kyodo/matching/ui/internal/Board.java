package jp.kyodo.matching.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kyodo.matching.Match;
import jp.kyodo.matching.MatchStage;

/**
 * The match board's logic: a column per open stage, the matches that need the coordinator first (stale,
 * then the longest in their stage), how many are not shown, and which moves a drop may start.
 */
final class Board {

    /** The board's columns, in the pipeline's order. */
    static final List<MatchStage> STAGES =
            List.of(MatchStage.PROPOSED, MatchStage.CONTACTED, MatchStage.AGREED, MatchStage.IN_PROGRESS);

    /** Cards per column; the rest are counted and reached through the list. */
    static final int PER_COLUMN = 50;

    /** Stale first, then the longest in the stage, then by id. */
    static final Comparator<Match> ORDER = Comparator.comparing((Match m) -> !m.stale())
            .thenComparing(Match::stageSince, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Match::id);

    private Board() {}

    /**
     * One column of the board.
     *
     * @param cards the matches shown, in {@link #ORDER}
     * @param total every match in the stage (with the filters)
     */
    record Column(MatchStage stage, List<Match> cards, long total) {

        /** Matches in the stage that are not on the board. */
        long hidden() {
            return Math.max(0, total - cards.size());
        }

        long stale() {
            return cards.stream().filter(Match::stale).count();
        }
    }

    /** A column from the service's page of the stage's matches. */
    static Column column(MatchStage stage, List<Match> found, long total) {
        List<Match> cards = found.stream()
                .filter(m -> m.stage() == stage)
                .sorted(ORDER)
                .limit(PER_COLUMN)
                .toList();
        return new Column(stage, cards, Math.max(total, cards.size()));
    }

    /**
     * The stage a match dropped on a column moves to: the column's stage when the pipeline allows that move
     * from where the match is; empty otherwise (backwards, skipping a stage, the same column).
     */
    static Optional<MatchStage> dropTarget(MatchStage from, MatchStage column) {
        return from.next().contains(column) ? Optional.of(column) : Optional.empty();
    }

    /** The move the dialog suggests first: onwards (declining is always the second choice). */
    static Optional<MatchStage> suggested(MatchStage from) {
        return from.next().stream().filter(s -> s != MatchStage.DECLINED).findFirst();
    }

    /** Whole days the match has been in its stage. */
    static long daysInStage(Match m, Instant now) {
        return m.stageSince() == null
                ? 0
                : Math.max(0, Duration.between(m.stageSince(), now).toDays());
    }
}
