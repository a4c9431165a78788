package jp.kyodo.matching.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingSearchTest {

    @Test
    void eachKindTakesItsTurnSoThatNoneCrowdsOutTheOthers() {
        List<String> hits = MatchingSearch.takeTurns(
                List.of(List.of("n1", "n2", "n3"), List.of(), List.of("p1"), List.of("d1", "d2")), 5);
        assertEquals(List.of("n1", "p1", "d1", "n2", "d2"), hits);
        assertEquals(List.of("n1", "p1"), MatchingSearch.takeTurns(List.of(List.of("n1"), List.of("p1")), 8));
    }
}
