package jp.kyodo.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseEraTest {

    /** The table of standards.md (JIS X 0301). */
    @ParameterizedTest
    @CsvSource({
        "MEIJI, 明治, M, 1868-01-25, 1912-07-29",
        "TAISHO, 大正, T, 1912-07-30, 1926-12-24",
        "SHOWA, 昭和, S, 1926-12-25, 1989-01-07",
        "HEISEI, 平成, H, 1989-01-08, 2019-04-30",
        "REIWA, 令和, R, 2019-05-01,"
    })
    void followsTheTable(JapaneseEra era, String kanji, char letter, LocalDate first, LocalDate last) {
        assertEquals(kanji, era.kanji());
        assertEquals(letter, era.letter());
        assertEquals(first, era.firstDay());
        assertEquals(last, era.lastDay());
    }

    @Test
    void erasFollowEachOtherWithoutGap() {
        JapaneseEra[] eras = JapaneseEra.values();
        for (int i = 1; i < eras.length; i++) {
            assertEquals(eras[i - 1].lastDay().plusDays(1), eras[i].firstDay(), eras[i].name());
        }
        assertNull(JapaneseEra.REIWA.lastDay());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "1868-01-25, MEIJI",
        "1912-07-29, MEIJI",
        "1912-07-30, TAISHO",
        "1926-12-24, TAISHO",
        "1926-12-25, SHOWA",
        "1989-01-07, SHOWA",
        "1989-01-08, HEISEI",
        "2019-04-30, HEISEI",
        "2019-05-01, REIWA",
        "2026-11-23, REIWA",
        "2200-01-01, REIWA"
    })
    void eraOfADay(LocalDate date, JapaneseEra expected) {
        assertEquals(expected, JapaneseEra.of(date));
        assertTrue(expected.contains(date));
    }

    @Test
    void meijiStartsOnTheTwentyFifthOfJanuaryNotOnNewYear() {
        ValidationException e =
                assertThrows(ValidationException.class, () -> JapaneseEra.of(LocalDate.of(1868, 1, 24)));
        assertTrue(e.getMessage().contains("明治元年"), e.getMessage());
        assertThrows(ValidationException.class, () -> JapaneseEra.of(LocalDate.of(1868, 1, 1)));
    }

    @Test
    void containsRespectsBothEnds() {
        assertFalse(JapaneseEra.HEISEI.contains(LocalDate.of(2019, 5, 1)));
        assertFalse(JapaneseEra.HEISEI.contains(LocalDate.of(1989, 1, 7)));
        assertFalse(JapaneseEra.REIWA.contains(LocalDate.of(2019, 4, 30)));
    }

    @ParameterizedTest
    @CsvSource({
        "令和, REIWA",
        "R, REIWA",
        "r, REIWA",
        "Reiwa, REIWA",
        "REIWA, REIWA",
        "reiwa, REIWA",
        "Ｒ, REIWA",
        "㋿, REIWA",
        "' 平成 ', HEISEI",
        "㍻, HEISEI",
        "H, HEISEI",
        "Showa, SHOWA",
        "s, SHOWA",
        "大正, TAISHO",
        "t, TAISHO",
        "明治, MEIJI",
        "Meiji, MEIJI"
    })
    void byName(String name, JapaneseEra expected) {
        assertEquals(Optional.of(expected), JapaneseEra.byName(name));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"慶応", "X", "RR", "令"})
    void unknownNames(String name) {
        assertTrue(JapaneseEra.byName(name).isEmpty());
    }

    @Test
    void yearsOfAnEra() {
        assertEquals(8, JapaneseEra.REIWA.yearOf(LocalDate.of(2026, 11, 23)));
        assertEquals(1, JapaneseEra.REIWA.yearOf(LocalDate.of(2019, 5, 1)));
        assertEquals(64, JapaneseEra.SHOWA.yearOf(LocalDate.of(1989, 1, 7)));
        assertEquals(2026, JapaneseEra.REIWA.toGregorianYear(8));
        assertEquals(2012, JapaneseEra.HEISEI.toGregorianYear(24));
        assertEquals(2020, JapaneseEra.HEISEI.toGregorianYear(32), "past the era's end is allowed");
        assertThrows(ValidationException.class, () -> JapaneseEra.REIWA.toGregorianYear(0));
        assertEquals("令和元年", JapaneseEra.REIWA.formatYear(1));
        assertEquals("令和8年", JapaneseEra.REIWA.formatYear(8));
    }
}
