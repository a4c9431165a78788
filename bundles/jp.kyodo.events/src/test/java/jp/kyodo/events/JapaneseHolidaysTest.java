package jp.kyodo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Against the Cabinet Office's published lists (内閣府「国民の祝日について」, syukujitsu.csv), which name a
 * 振替休日 and a 国民の休日 both 「休日」.
 */
class JapaneseHolidaysTest {

    private static final Map<Integer, String> PUBLISHED = new LinkedHashMap<>();

    static {
        PUBLISHED.put(
                2019,
                "01-01 元日, 01-14 成人の日, 02-11 建国記念の日, 03-21 春分の日, 04-29 昭和の日, 04-30 休日,"
                        + " 05-01 天皇の即位の日, 05-02 休日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 休日,"
                        + " 07-15 海の日, 08-11 山の日, 08-12 休日, 09-16 敬老の日, 09-23 秋分の日, 10-14 体育の日,"
                        + " 10-22 即位礼正殿の儀の行われる日, 11-03 文化の日, 11-04 休日, 11-23 勤労感謝の日");
        PUBLISHED.put(
                2020,
                "01-01 元日, 01-13 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 02-24 休日, 03-20 春分の日,"
                        + " 04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 休日, 07-23 海の日,"
                        + " 07-24 スポーツの日, 08-10 山の日, 09-21 敬老の日, 09-22 秋分の日, 11-03 文化の日, 11-23 勤労感謝の日");
        PUBLISHED.put(
                2021,
                "01-01 元日, 01-11 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 03-20 春分の日, 04-29 昭和の日,"
                        + " 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 07-22 海の日, 07-23 スポーツの日, 08-08 山の日,"
                        + " 08-09 休日, 09-20 敬老の日, 09-23 秋分の日, 11-03 文化の日, 11-23 勤労感謝の日");
        PUBLISHED.put(
                2022,
                "01-01 元日, 01-10 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 03-21 春分の日, 04-29 昭和の日,"
                        + " 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 07-18 海の日, 08-11 山の日, 09-19 敬老の日,"
                        + " 09-23 秋分の日, 10-10 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日");
        PUBLISHED.put(
                2023,
                "01-01 元日, 01-02 休日, 01-09 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 03-21 春分の日,"
                        + " 04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 07-17 海の日, 08-11 山の日,"
                        + " 09-18 敬老の日, 09-23 秋分の日, 10-09 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日");
        PUBLISHED.put(
                2024,
                "01-01 元日, 01-08 成人の日, 02-11 建国記念の日, 02-12 休日, 02-23 天皇誕生日, 03-20 春分の日,"
                        + " 04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 休日, 07-15 海の日,"
                        + " 08-11 山の日, 08-12 休日, 09-16 敬老の日, 09-22 秋分の日, 09-23 休日, 10-14 スポーツの日,"
                        + " 11-03 文化の日, 11-04 休日, 11-23 勤労感謝の日");
        PUBLISHED.put(
                2025,
                "01-01 元日, 01-13 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 02-24 休日, 03-20 春分の日,"
                        + " 04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 休日, 07-21 海の日,"
                        + " 08-11 山の日, 09-15 敬老の日, 09-23 秋分の日, 10-13 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日,"
                        + " 11-24 休日");
        PUBLISHED.put(
                2026,
                "01-01 元日, 01-12 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 03-20 春分の日, 04-29 昭和の日,"
                        + " 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 休日, 07-20 海の日, 08-11 山の日,"
                        + " 09-21 敬老の日, 09-22 休日, 09-23 秋分の日, 10-12 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日");
        PUBLISHED.put(
                2027,
                "01-01 元日, 01-11 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 03-21 春分の日, 03-22 休日,"
                        + " 04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 07-19 海の日, 08-11 山の日,"
                        + " 09-20 敬老の日, 09-23 秋分の日, 10-11 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日");
    }

    @ParameterizedTest
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
    void everyDayOfThePublishedListAndNoOther(int year) {
        Map<LocalDate, String> expected = new TreeMap<>();
        Arrays.stream(PUBLISHED.get(year).split(",\\s*")).forEach(entry -> {
            String[] parts = entry.split(" ");
            expected.put(LocalDate.parse(year + "-" + parts[0]), parts[1]);
        });
        assertEquals(expected, JapaneseHolidays.of(year));
    }

    @Test
    void theEmperorsBirthdayMovedAndWasNoHolidayIn2019() {
        assertEquals("天皇誕生日", JapaneseHolidays.name(LocalDate.of(2018, 12, 23)).orElseThrow());
        assertFalse(JapaneseHolidays.isHoliday(LocalDate.of(2019, 12, 23)));
        assertFalse(JapaneseHolidays.isHoliday(LocalDate.of(2019, 2, 23)));
    }

    @Test
    void aCitizensHolidayBetweenRespectForTheAgedAndTheEquinoxIn2009And2015() {
        assertEquals("休日", JapaneseHolidays.name(LocalDate.of(2009, 9, 22)).orElseThrow());
        assertEquals("休日", JapaneseHolidays.name(LocalDate.of(2015, 9, 22)).orElseThrow());
        assertFalse(JapaneseHolidays.isHoliday(LocalDate.of(2016, 9, 20)));
    }

    @Test
    void weekendsAreDaysOffButNotHolidays() {
        LocalDate saturday = LocalDate.of(2026, 11, 28);
        assertTrue(JapaneseHolidays.isDayOff(saturday));
        assertFalse(JapaneseHolidays.isHoliday(saturday));
        assertTrue(JapaneseHolidays.of(2006).isEmpty());
    }
}
