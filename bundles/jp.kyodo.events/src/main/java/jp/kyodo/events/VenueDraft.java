package jp.kyodo.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import jp.kyodo.core.Records;

/**
 * A venue (会場・施設): the partner station (市民活動センター), a community centre, a park.
 *
 * @param opensAt and {@code closesAt}: opening hours (開館時間); rooms are booked within them
 * @param closedDays weekly closing days (休館日, e.g. MONDAY)
 * @param closedOnHolidays closed on national holidays
 * @param closedDates further closing days (年末年始, 点検日)
 */
public record VenueDraft(
        String name,
        String address,
        LocalTime opensAt,
        LocalTime closesAt,
        Set<DayOfWeek> closedDays,
        boolean closedOnHolidays,
        Set<LocalDate> closedDates,
        String note) {

    public VenueDraft {
        name = Records.text(name);
        address = Records.text(address);
        closedDays = Records.sorted(closedDays);
        closedDates = closedDates == null
                ? Set.of()
                : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(closedDates));
        note = Records.text(note);
    }

    public static VenueDraft of(String name, String address, LocalTime opensAt, LocalTime closesAt) {
        return new VenueDraft(name, address, opensAt, closesAt, Set.of(), false, Set.of(), "");
    }

    public VenueDraft closed(Set<DayOfWeek> days, boolean onHolidays, Set<LocalDate> dates) {
        return new VenueDraft(name, address, opensAt, closesAt, days, onHolidays, dates, note);
    }
}
