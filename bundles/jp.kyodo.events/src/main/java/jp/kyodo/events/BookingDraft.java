package jp.kyodo.events;

import java.time.LocalDate;
import java.time.LocalTime;
import jp.kyodo.core.Records;

/**
 * A group asking for a room (施設予約). Times are on the half hour ({@link RoomBookings#SLOT_MINUTES}).
 *
 * @param groupId the registry id of the group (or department) using the room
 * @param attendees how many will come; at most the room's capacity
 * @param eventId the event held in the room, or null
 */
public record BookingDraft(
        long roomId,
        long groupId,
        LocalDate date,
        LocalTime startsAt,
        LocalTime endsAt,
        String purpose,
        int attendees,
        FeeExemption exemption,
        String exemptionReason,
        Long eventId) {

    public BookingDraft {
        purpose = Records.text(purpose);
        exemption = exemption == null ? FeeExemption.NONE : exemption;
        exemptionReason = Records.text(exemptionReason);
    }

    public static BookingDraft of(
            long roomId,
            long groupId,
            LocalDate date,
            LocalTime startsAt,
            LocalTime endsAt,
            String purpose,
            int attendees) {
        return new BookingDraft(
                roomId, groupId, date, startsAt, endsAt, purpose, attendees, FeeExemption.NONE, "", null);
    }

    public BookingDraft withExemption(FeeExemption newExemption, String reason) {
        return new BookingDraft(
                roomId, groupId, date, startsAt, endsAt, purpose, attendees, newExemption, reason, eventId);
    }
}
