package jp.kyodo.exchange;

import java.time.Instant;
import java.util.List;

/**
 * A neighbour's change to a record that was edited here since it was received: kept aside until a person takes
 * theirs or keeps ours.
 *
 * @param title the title the neighbour sent
 * @param localTitle the local record's title now
 * @param differences the fields whose values differ, in the type's order (empty when its module cannot say)
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
        Instant receivedAt,
        List<Difference> differences) {

    public Conflict {
        differences = List.copyOf(differences);
    }

    /** One field the neighbour's version and the local record disagree on. */
    public record Difference(String field, String theirs, String ours) {}
}
