package jp.kyodo.events.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;

class VenuesViewTest {

    @Test
    void closingDaysAreReadAsPeopleTypeThem() {
        Set<LocalDate> dates = VenuesView.parseDates("2026-12-29〜2027-01-03、２０２７/２/１０\n2027.3.1 ,2027-03-01");
        assertEquals(8, dates.size(), dates.toString());
        assertTrue(dates.contains(LocalDate.of(2027, 1, 1)));
        assertTrue(dates.contains(LocalDate.of(2027, 2, 10)));
        assertTrue(dates.contains(LocalDate.of(2027, 3, 1)));
        assertEquals(Set.of(), VenuesView.parseDates("  "));
    }

    @Test
    void whatIsNoDateOrPeriodIsNamedAtTheField() {
        for (String bad : new String[] {"2026-13-01", "年末年始", "2027-01-03〜2026-12-29", "2026-01-01〜2028-01-01"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> VenuesView.parseDates(bad), bad);
            assertEquals("closedDates", e.errors().get(0).field());
            assertTrue(e.errors().get(0).message(java.util.Locale.JAPANESE).contains("「"), bad);
        }
    }
}
