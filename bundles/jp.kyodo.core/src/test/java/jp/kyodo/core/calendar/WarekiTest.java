package jp.kyodo.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WarekiTest {

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource({
        "2026-11-23, 令和8年11月23日, R08.11.23",
        "2019-05-01, 令和元年5月1日, R01.05.01",
        "2020-01-01, 令和2年1月1日, R02.01.01",
        "2019-04-30, 平成31年4月30日, H31.04.30",
        "1989-01-08, 平成元年1月8日, H01.01.08",
        "1989-01-07, 昭和64年1月7日, S64.01.07",
        "1926-12-25, 昭和元年12月25日, S01.12.25",
        "1926-12-24, 大正15年12月24日, T15.12.24",
        "1912-07-30, 大正元年7月30日, T01.07.30",
        "1912-07-29, 明治45年7月29日, M45.07.29",
        "1868-01-25, 明治元年1月25日, M01.01.25"
    })
    void formats(LocalDate date, String full, String shortForm) {
        assertEquals(full, Wareki.formatDate(date));
        assertEquals(shortForm, Wareki.formatShort(date));
    }

    @Test
    void cannotFormatDaysBeforeMeiji() {
        assertThrows(ValidationException.class, () -> Wareki.formatDate(LocalDate.of(1868, 1, 24)));
        assertThrows(ValidationException.class, () -> Wareki.formatShort(LocalDate.of(1800, 1, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "令和8年11月23日, 2026-11-23",
        "令和元年5月1日, 2019-05-01",
        "令和1年5月1日, 2019-05-01",
        "令和01年05月01日, 2019-05-01",
        "R8.11.23, 2026-11-23",
        "R08.11.23, 2026-11-23",
        "R8/11/23, 2026-11-23",
        "R8-11-23, 2026-11-23",
        "r8.11.23, 2026-11-23",
        "R01.05.01, 2019-05-01",
        "H31.4.30, 2019-04-30",
        "H1.1.8, 1989-01-08",
        "S64.1.7, 1989-01-07",
        "平成元年1月8日, 1989-01-08",
        "昭和64年1月7日, 1989-01-07",
        "大正15年12月24日, 1926-12-24",
        "明治元年1月25日, 1868-01-25",
        "令和８年１１月２３日, 2026-11-23",
        "Ｒ８．１１．２３, 2026-11-23",
        "Ｒ８／１１／２３, 2026-11-23",
        "㋿8年11月23日, 2026-11-23",
        "' 令和 8年 11月 23日 ', 2026-11-23",
        "平成32年1月1日, 2020-01-01",
        "H32.1.1, 2020-01-01",
        "昭和64年1月8日, 1989-01-08",
        "2026-11-23, 2026-11-23",
        "2026/11/23, 2026-11-23",
        "2026/1/5, 2026-01-05",
        "2026年11月23日, 2026-11-23",
        "２０２６－１１－２３, 2026-11-23"
    })
    void parses(String text, LocalDate expected) {
        assertEquals(expected, Wareki.parseDate(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"令和1年4月1日", "令和元年4月30日", "R1.4.30", "平成元年1月7日", "明治元年1月1日"})
    void rejectsDaysBeforeTheNamedEraBegan(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> Wareki.parseDate(text));
        assertTrue(e.getMessage().contains("より前の日付です"), e.getMessage());
    }

    @Test
    void rejectionNamesTheEraStart() {
        ValidationException e = assertThrows(ValidationException.class, () -> Wareki.parseDate("令和1年4月1日"));
        String message = e.errors().get(0).message();
        assertTrue(message.contains("令和元年5月1日"), message);
        assertTrue(message.contains("2019-05-01"), message);
        assertEquals("date", e.errors().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"令和8年2月30日", "R8.13.1", "2026-02-29", "令和0年5月1日", "R0.5.1"})
    void rejectsDaysThatDoNotExist(String text) {
        assertThrows(ValidationException.class, () -> Wareki.parseDate(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"令和8年", "R8.11", "X8.11.23", "R8.11/23", "2026.11", "26-11-23", "令和八年十一月二十三日", "昨日"})
    void rejectsOtherForms(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> Wareki.parseDate(text));
        assertTrue(e.getMessage().contains("日付の形式が正しくありません"), e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void rejectsEmptyInput(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> Wareki.parseDate(text));
        assertEquals("日付を入力してください", e.errors().get(0).message());
    }

    @Test
    void everyFormattedDayParsesBack() {
        for (LocalDate d = LocalDate.of(1868, 1, 25); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(11)) {
            assertEquals(d, Wareki.parseDate(Wareki.formatDate(d)), Wareki.formatDate(d));
            assertEquals(d, Wareki.parseDate(Wareki.formatShort(d)), Wareki.formatShort(d));
        }
        for (JapaneseEra era : JapaneseEra.values()) {
            assertEquals(era.firstDay(), Wareki.parseDate(Wareki.formatDate(era.firstDay())));
            if (era.lastDay() != null) {
                assertEquals(era.lastDay(), Wareki.parseDate(Wareki.formatShort(era.lastDay())));
            }
        }
    }
}
