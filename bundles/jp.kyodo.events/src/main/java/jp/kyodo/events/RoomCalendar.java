package jp.kyodo.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** A room's month: every day with its holiday, whether the venue is closed, and the bookings. */
public record RoomCalendar(Room room, YearMonth month, List<Day> days) {

    /**
     * @param holiday the national holiday's name, or empty
     * @param closed why the venue is closed (休館日 …), or empty when open
     * @param bookings in order of time
     */
    public record Day(LocalDate date, String holiday, String closed, List<Entry> bookings) {

        public boolean open() {
            return closed.isEmpty();
        }
    }

    public record Entry(
            long bookingId,
            LocalTime startsAt,
            LocalTime endsAt,
            long groupId,
            String groupName,
            String purpose,
            Long eventId) {}

    public Optional<Day> day(LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst();
    }
}
