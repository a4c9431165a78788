package jp.kyodo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void datesPerLocale() {
        assertEquals("2026年11月23日", Formats.date(DAY, Locale.JAPANESE));
        assertEquals("Nov 23, 2026", Formats.date(DAY, Locale.ENGLISH));
        assertEquals("", Formats.date(null, Locale.JAPANESE));
    }

    @Test
    void eraDates() {
        assertEquals("令和8年11月23日", Formats.eraDate(DAY, Locale.JAPANESE));
        assertEquals("令和元年5月1日", Formats.eraDate(LocalDate.of(2019, 5, 1), Locale.JAPANESE));
        assertEquals("Reiwa 8 (2026), Nov 23", Formats.eraDate(DAY, Locale.ENGLISH));
    }

    @Test
    void dateTimesAreInJapanTime() {
        Instant noonUtc = Instant.parse("2026-11-23T12:00:00Z");
        assertEquals("2026年11月23日 21:00", Formats.dateTime(noonUtc, Locale.JAPANESE));
        assertEquals("Nov 23, 2026 21:00", Formats.dateTime(noonUtc, Locale.ENGLISH));
    }

    @Test
    void numbersAndYen() {
        assertEquals("12,345.5", Formats.number(12345.5, Locale.JAPANESE));
        assertEquals("1,234,567円", Formats.yen(1_234_567, Locale.JAPANESE));
        assertEquals("¥1,234,567", Formats.yen(1_234_567, Locale.ENGLISH));
        assertEquals("-1,235円", Formats.yen(new BigDecimal("-1234.5"), Locale.JAPANESE));
    }
}
