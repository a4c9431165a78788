package jp.kyodo.exchange;

import java.time.Instant;

/**
 * A neighbour's record and the local record it became.
 *
 * @param peerName where it came from (川崎市), shown as its provenance
 * @param localId the local record (in the contributing module); empty when the module is not installed
 */
public record ReceivedRecord(
        String peerCode,
        String peerName,
        String type,
        String remoteId,
        String localId,
        String title,
        Instant receivedAt,
        long remoteRevision,
        ReceivedStatus status) {}
