package jp.kyodo.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @ParameterizedTest(name = "{0} → FY{1}")
    @CsvSource({
        "2026-04-01, 2026",
        "2026-11-23, 2026",
        "2026-12-31, 2026",
        "2027-01-01, 2026",
        "2027-03-31, 2026",
        "2027-04-01, 2027",
        "2026-03-31, 2025",
        "2019-04-30, 2019",
        "2019-05-01, 2019"
    })
    void fiscalYearOfADay(LocalDate date, int startYear) {
        FiscalYear fy = FiscalYear.of(date);
        assertEquals(startYear, fy.startYear());
        assertTrue(fy.contains(date));
    }

    @Test
    void currentUsesTheClocksZone() {
        // 2027-03-31T16:00Z is already April 1 in Tokyo
        Instant instant = Instant.parse("2027-03-31T16:00:00Z");
        assertEquals(new FiscalYear(2027), FiscalYear.current(Clock.fixed(instant, TOKYO)));
        assertEquals(new FiscalYear(2026), FiscalYear.current(Clock.fixed(instant, ZoneId.of("UTC"))));
    }

    @Test
    void runsFromAprilFirstToMarchThirtyFirst() {
        FiscalYear fy = new FiscalYear(2026);
        assertEquals(LocalDate.of(2026, 4, 1), fy.start());
        assertEquals(LocalDate.of(2027, 3, 31), fy.end());
        assertTrue(fy.contains(LocalDate.of(2026, 4, 1)));
        assertTrue(fy.contains(LocalDate.of(2027, 3, 31)));
        assertFalse(fy.contains(LocalDate.of(2026, 3, 31)));
        assertFalse(fy.contains(LocalDate.of(2027, 4, 1)));
    }

    @Test
    void nextAndPrevious() {
        FiscalYear fy = new FiscalYear(2026);
        assertEquals(new FiscalYear(2027), fy.next());
        assertEquals(new FiscalYear(2025), fy.previous());
        assertEquals(fy.end().plusDays(1), fy.next().start());
        assertThrows(ValidationException.class, () -> new FiscalYear(FiscalYear.MIN_START_YEAR).previous());
        assertThrows(ValidationException.class, () -> new FiscalYear(FiscalYear.MAX_START_YEAR).next());
    }

    @ParameterizedTest(name = "FY{0} → {1}")
    @CsvSource({
        "2026, 令和8年度, REIWA, 8",
        "2020, 令和2年度, REIWA, 2",
        "2019, 令和元年度, REIWA, 1",
        "2018, 平成30年度, HEISEI, 30",
        "2012, 平成24年度, HEISEI, 24",
        "1989, 平成元年度, HEISEI, 1",
        "1988, 昭和63年度, SHOWA, 63",
        "1927, 昭和2年度, SHOWA, 2",
        "1926, 大正15年度, TAISHO, 15",
        "1913, 大正2年度, TAISHO, 2",
        "1912, 明治45年度, MEIJI, 45",
        "1868, 明治元年度, MEIJI, 1"
    })
    void formatsInTheEraInForceOnAprilFirst(int startYear, String expected, JapaneseEra era, int eraYear) {
        FiscalYear fy = new FiscalYear(startYear);
        assertEquals(expected, fy.format());
        assertEquals(era, fy.era());
        assertEquals(eraYear, fy.eraYear());
    }

    @Test
    void formatsWithTheGregorianYear() {
        assertEquals("令和8年度（2026年度）", new FiscalYear(2026).formatWithGregorian());
        assertEquals("令和元年度（2019年度）", new FiscalYear(2019).formatWithGregorian());
    }

    @ParameterizedTest(name = "{0} → FY{1}")
    @CsvSource({
        "令和8年度, 2026",
        "令和8, 2026",
        "R8, 2026",
        "R08, 2026",
        "r8, 2026",
        "R8年度, 2026",
        "H24, 2012",
        "h24, 2012",
        "平成24年度, 2012",
        "平成31年度, 2019",
        "令和元年度, 2019",
        "令和元, 2019",
        "令和1年度, 2019",
        "R1, 2019",
        "H31, 2019",
        "平成32年度, 2020",
        "昭和64年度, 1989",
        "平成元年度, 1989",
        "2026年度, 2026",
        "2026, 2026",
        "FY2026, 2026",
        "fy2026, 2026",
        "FY 2026, 2026",
        "令和８年度, 2026",
        "Ｒ８, 2026",
        "２０２６年度, 2026",
        "ＦＹ２０２６, 2026",
        "' 令和 8 年度 ', 2026",
        "令和8年度（2026年度）, 2026",
        "令和元年度(2019年度), 2019",
        "明治元年度, 1868"
    })
    void parses(String text, int startYear) {
        assertEquals(new FiscalYear(startYear), FiscalYear.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "令和",
                "R",
                "令和0年度",
                "R0",
                "令和8年",
                "令和8年4月",
                "20266",
                "26",
                "FY",
                "第8期",
                "令和8年度（2025年度）",
                "1867",
                "1867年度"
            })
    void rejectsOtherText(String text) {
        assertThrows(ValidationException.class, () -> FiscalYear.parse(text));
    }

    @Test
    void mismatchedGregorianYearIsExplained() {
        ValidationException e = assertThrows(ValidationException.class, () -> FiscalYear.parse("令和8年度（2025年度）"));
        assertTrue(e.getMessage().contains("一致しません"), e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000"})
    void rejectsEmptyInput(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> FiscalYear.parse(text));
        assertEquals("年度を入力してください", e.errors().get(0).message());
    }

    @Test
    void everyFormattedFiscalYearParsesBack() {
        for (int year = FiscalYear.MIN_START_YEAR; year <= 2100; year++) {
            FiscalYear fy = new FiscalYear(year);
            assertEquals(fy, FiscalYear.parse(fy.format()), fy.format());
            assertEquals(fy, FiscalYear.parse(fy.formatWithGregorian()), fy.formatWithGregorian());
            assertEquals(fy, FiscalYear.parse(Integer.toString(year)));
        }
    }

    @Test
    void comparesByStartYear() {
        List<FiscalYear> years =
                new ArrayList<>(List.of(new FiscalYear(2026), new FiscalYear(2012), new FiscalYear(2019)));
        years.sort(null);
        assertEquals(List.of(new FiscalYear(2012), new FiscalYear(2019), new FiscalYear(2026)), years);
        assertTrue(FiscalYear.parse("平成31年度").compareTo(FiscalYear.parse("令和元年度")) == 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {1867, 0, -1, 9999})
    void rejectsYearsOutOfRange(int startYear) {
        assertThrows(ValidationException.class, () -> new FiscalYear(startYear));
    }
}
