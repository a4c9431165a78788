package jp.kyodo.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Bookings of rooms (貸館) by groups. A room is never booked twice for the same half hour: the database
 * refuses the second booking (one row per room and half hour under a unique key), so two staff members or
 * fifty simultaneous requests cannot both get the slot. Staff and above book and cancel; anyone signed in
 * reads the calendars. Fees and exemptions are audited.
 */
public interface RoomBookings {

    /** Bookings start and end on these boundaries. */
    int SLOT_MINUTES = 30;

    /**
     * @throws jp.kyodo.core.ConflictException when any part of the time is booked already (the message names
     *     the room and the time)
     * @throws jp.kyodo.core.ValidationException for a closed day, a time outside the opening hours or off the
     *     half hour, too many attendees, an exemption without a reason
     */
    RoomBooking book(BookingDraft draft);

    /** Frees the slots; the booking stays, cancelled, with the reason audited. */
    RoomBooking cancel(long bookingId, String reason);

    RoomBooking get(long bookingId);

    /** The rooms' months (every room when roomIds is empty), in the order of the ids given. */
    List<RoomCalendar> calendar(YearMonth month, List<Long> roomIds);

    /** The bookings of a room on a day, in order of time. */
    List<RoomBooking> onDay(long roomId, LocalDate day);

    /** Every active room's occupancy from the first to the last day (inclusive), fullest first. */
    List<RoomOccupancy> occupancy(LocalDate from, LocalDate until);
}
