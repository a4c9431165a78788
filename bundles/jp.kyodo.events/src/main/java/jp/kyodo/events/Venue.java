package jp.kyodo.events;

import java.time.LocalDate;
import java.util.Optional;

public record Venue(long id, int version, VenueDraft draft) {

    /** Why the venue is closed that day (休館日, the holiday's name, 臨時休館), or empty when open. */
    public Optional<String> closedOn(LocalDate day) {
        if (draft.closedDates().contains(day)) {
            return Optional.of("休館日");
        }
        if (draft.closedDays().contains(day.getDayOfWeek())) {
            return Optional.of("定休日");
        }
        if (draft.closedOnHolidays() && JapaneseHolidays.isHoliday(day)) {
            return JapaneseHolidays.name(day);
        }
        return Optional.empty();
    }
}
