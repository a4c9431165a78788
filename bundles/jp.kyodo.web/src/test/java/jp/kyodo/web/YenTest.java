package jp.kyodo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class YenTest {

    @Test
    void readsAmountsAsPeopleWriteThem() {
        assertEquals(Optional.of(120_000L), Yen.parse("120000"));
        assertEquals(Optional.of(120_000L), Yen.parse("120,000円"));
        assertEquals(Optional.of(120_000L), Yen.parse("￥１２０，０００"));
        assertEquals(Optional.of(120_000L), Yen.parse("¥120000"));
        assertEquals(Optional.of(120_000L), Yen.parse("12万"));
        assertEquals(Optional.of(15_000L), Yen.parse("1.5万円"));
        assertEquals(Optional.of(320_005_000L), Yen.parse("3億2000万5000"));
        assertEquals(Optional.of(0L), Yen.parse("0"));
        assertEquals(Optional.empty(), Yen.parse("  "));
    }

    @Test
    void refusesWhatIsNotWholeYen() {
        assertThrows(IllegalArgumentException.class, () -> Yen.parse("abc"));
        assertThrows(IllegalArgumentException.class, () -> Yen.parse("-100"));
        assertThrows(IllegalArgumentException.class, () -> Yen.parse("100.5"));
        assertThrows(IllegalArgumentException.class, () -> Yen.parse("万"));
        assertThrows(IllegalArgumentException.class, () -> Yen.parse("円"));
    }

    @Test
    void formatsForTheFieldAndReadsItBack() {
        assertEquals("1,500,000", Yen.format(1_500_000L));
        assertEquals("", Yen.format(null));
        assertEquals(Optional.of(1_500_000L), Yen.parse(Yen.format(1_500_000L)));
    }
}
