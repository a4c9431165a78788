package jp.kyodo.events;

/**
 * How full a room is over some days: booked minutes against the minutes the venue is open.
 *
 * @param bookings the number of bookings
 */
public record RoomOccupancy(Room room, int bookings, long bookedMinutes, long openMinutes) {

    /** 0–100. */
    public int percent() {
        return openMinutes == 0 ? 0 : (int) Math.round(100.0 * bookedMinutes / openMinutes);
    }
}
