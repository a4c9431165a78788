package jp.kyodo.matching.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kyodo.matching.Match;
import jp.kyodo.matching.MatchStage;
import org.junit.jupiter.api.Test;

class BoardTest {

    private static final Instant DAY1 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant DAY5 = Instant.parse("2026-11-05T00:00:00Z");
    private static final Instant DAY9 = Instant.parse("2026-11-09T00:00:00Z");

    @Test
    void staleMatchesComeFirstThenTheLongestInTheirStage() {
        Match fresh = Samples.match(1, MatchStage.CONTACTED, false, DAY9);
        Match waiting = Samples.match(2, MatchStage.CONTACTED, false, DAY1);
        Match stale = Samples.match(3, MatchStage.CONTACTED, true, DAY5);

        Board.Column column = Board.column(MatchStage.CONTACTED, List.of(fresh, waiting, stale), 3);

        assertEquals(List.of(3L, 2L, 1L), column.cards().stream().map(Match::id).toList());
        assertEquals(1, column.stale());
        assertEquals(0, column.hidden());
    }

    @Test
    void aColumnCountsWhatItDoesNotShowAndIgnoresOtherStages() {
        Match other = Samples.match(4, MatchStage.AGREED, false, DAY1);
        Match mine = Samples.match(5, MatchStage.PROPOSED, false, DAY1);

        Board.Column column = Board.column(MatchStage.PROPOSED, List.of(other, mine), 75);

        assertEquals(List.of(5L), column.cards().stream().map(Match::id).toList());
        assertEquals(74, column.hidden());
    }

    @Test
    void aDropMovesOnlyWhereThePipelineAllows() {
        assertEquals(Optional.of(MatchStage.CONTACTED), Board.dropTarget(MatchStage.PROPOSED, MatchStage.CONTACTED));
        assertEquals(Optional.empty(), Board.dropTarget(MatchStage.PROPOSED, MatchStage.AGREED), "no skipping");
        assertEquals(Optional.empty(), Board.dropTarget(MatchStage.AGREED, MatchStage.CONTACTED), "no going back");
        assertEquals(Optional.empty(), Board.dropTarget(MatchStage.AGREED, MatchStage.AGREED));
        assertEquals(Optional.of(MatchStage.COMPLETED), Board.dropTarget(MatchStage.IN_PROGRESS, MatchStage.COMPLETED));
    }

    @Test
    void theDialogSuggestsGoingOnNotDeclining() {
        assertEquals(Optional.of(MatchStage.CONTACTED), Board.suggested(MatchStage.PROPOSED));
        assertEquals(Optional.of(MatchStage.COMPLETED), Board.suggested(MatchStage.IN_PROGRESS));
        assertEquals(Optional.empty(), Board.suggested(MatchStage.COMPLETED));
    }

    @Test
    void daysInStageAreWholeDays() {
        Match m = Samples.match(1, MatchStage.PROPOSED, false, DAY1);
        assertEquals(8, Board.daysInStage(m, DAY9.plusSeconds(3600)));
        assertEquals(0, Board.daysInStage(m, DAY1.minusSeconds(60)), "never negative");
    }
}
