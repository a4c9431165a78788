package jp.kyodo.exchange;

import java.time.Instant;

/**
 * A neighbour's change to a record that was edited here since it was received: kept aside until a person takes
 * theirs or keeps ours.
 *
 * @param title the title the neighbour sent
 * @param localTitle the local record's title now
 */
public record Conflict(
        long id,
        String peerCode,
        String peerName,
        String type,
        String remoteId,
        String localId,
        String title,
        String localTitle,
        Instant receivedAt) {}
