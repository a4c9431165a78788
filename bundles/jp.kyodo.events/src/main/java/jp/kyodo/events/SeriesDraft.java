package jp.kyodo.events;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A recurring series of events.
 *
 * @param template every event's details; the date of its {@code startsAt}/{@code endsAt} is replaced by each
 *     occurrence's, the times are kept
 * @param from first day the rule applies (inclusive)
 * @param until last day (inclusive)
 * @param skipped dates of the rule not held (exceptions: 会場の都合で休み)
 * @param moved dates of the rule held on another day instead (exceptions: rule date → actual date)
 */
public record SeriesDraft(
        EventDraft template,
        SeriesRule rule,
        LocalDate from,
        LocalDate until,
        HolidayPolicy holidays,
        Set<LocalDate> skipped,
        Map<LocalDate, LocalDate> moved) {

    public SeriesDraft {
        skipped = skipped == null ? Set.of() : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(skipped));
        moved = moved == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(moved));
    }

    public static SeriesDraft of(EventDraft template, SeriesRule rule, LocalDate from, LocalDate until) {
        return new SeriesDraft(template, rule, from, until, HolidayPolicy.HOLD, Set.of(), Map.of());
    }

    public SeriesDraft withExceptions(
            HolidayPolicy policy, Set<LocalDate> newSkipped, Map<LocalDate, LocalDate> newMoved) {
        return new SeriesDraft(template, rule, from, until, policy, newSkipped, newMoved);
    }
}
