package jp.kyodo.matching.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import jp.kyodo.matching.Indicator;
import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void termsShowTheirSignAndAtMostOneDecimal() {
        assertEquals("+30", Points.term(30));
        assertEquals("+12.5", Points.term(12.46));
        assertEquals("\u22125", Points.term(-5));
        assertEquals("±0", Points.term(0.01));
        assertEquals("78.5", Points.score(78.5));
        assertEquals("80", Points.score(80.0));
    }

    @Test
    void progressIsTheResultsShareOfAPositiveTarget() {
        assertEquals(OptionalInt.of(82), Progress.percent(new Indicator("参加者数", "人", 1000L, 820L)));
        assertEquals(OptionalInt.of(0), Progress.percent(new Indicator("参加者数", "人", 1000L, null)));
        assertEquals(OptionalInt.of(150), Progress.percent(new Indicator("回数", "回", 4L, 6L)));
        assertEquals(OptionalInt.empty(), Progress.percent(new Indicator("回数", "回", null, 6L)));
        assertEquals(OptionalInt.empty(), Progress.percent(new Indicator("回数", "回", 0L, 6L)));
    }
}
