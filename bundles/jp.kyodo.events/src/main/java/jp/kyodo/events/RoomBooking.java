package jp.kyodo.events;

import java.time.Instant;

/**
 * @param feeYen the fee to pay after the exemption
 * @param fullFeeYen the fee before it
 */
public record RoomBooking(
        long id,
        BookingDraft draft,
        String roomName,
        String groupName,
        BookingStatus status,
        long feeYen,
        long fullFeeYen,
        Instant createdAt) {}
