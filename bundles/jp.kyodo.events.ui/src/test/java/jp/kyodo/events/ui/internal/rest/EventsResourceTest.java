package jp.kyodo.events.ui.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;

class EventsResourceTest {

    @Test
    void datesAndMonthsAreIsoAndABadOneNamesItsParameter() {
        assertEquals(LocalDate.of(2027, 10, 17), EventsResource.date("from", " 2027-10-17 "));
        assertNull(EventsResource.date("from", ""));
        assertEquals(YearMonth.of(2026, 12), EventsResource.month("2026-12"));
        ValidationException e =
                assertThrows(ValidationException.class, () -> EventsResource.date("until", "2027/13/01"));
        assertEquals("until", e.errors().get(0).field());
        assertEquals(
                "month",
                assertThrows(ValidationException.class, () -> EventsResource.month("12月"))
                        .errors()
                        .get(0)
                        .field());
    }
}
