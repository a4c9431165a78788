package jp.kyodo.core.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One kind of record a module shares with neighbouring cities, e.g. {@code events.event}. A whiteboard service:
 * the exchange module tracks every registered type. The exchange module calls it as the platform (a system
 * actor), inside its own transaction, so a receive joins the transaction that records the message.
 *
 * <p>The payload is the type's own codec: only this type writes and reads it, and its {@link #version()} travels
 * with every record, so a receiving city can refuse a version it does not know with a clear message instead of
 * misreading it. Only what may be published goes into a payload: never personal data.
 */
public interface ShareableType {

    /** A stable name, {@code <module>.<thing>} (e.g. {@code events.event}): the same in every city. */
    String type();

    /** What a person calls these records, in the language (e.g. 公開イベント). */
    String title(Locale language);

    /** The payload's codec version this city writes; received payloads of other versions are refused. */
    int version();

    /**
     * EventAdmin topics on which this module announces changes of its records, with the record's id in {@link
     * #idProperty()}. A shared record that changes is sent again.
     */
    List<String> changeTopics();

    /** The event property holding the id of the changed record (a number or text). */
    String idProperty();

    /**
     * Records a person may choose to share (public ones only), matching the text (empty: the latest), at most
     * {@code limit}.
     */
    List<Candidate> candidates(String text, int limit);

    /**
     * The records as they are now, written for a neighbouring city; a record that is gone or no longer may be
     * shared (an event made private) is absent, and the neighbours are told it was withdrawn.
     */
    Map<String, Outgoing> export(Collection<String> localIds);

    /**
     * A short digest of each record's current content, to notice local edits of a received record; absent when
     * the record is gone.
     */
    Map<String, String> fingerprints(Collection<String> localIds);

    /**
     * Writes a neighbouring city's record here: a new local record when {@code localId} is null, otherwise the
     * update of that record. The record shows where it came from.
     *
     * @param version the codec version the sender wrote
     * @throws jp.kyodo.core.ValidationException when the payload cannot be read (the message is refused and the
     *     reason logged)
     */
    Received receive(Provenance from, String remoteId, int version, String payload, String localId);

    /**
     * The payload's content as a person reads it — field name (in the type's own words, e.g. the open-data column
     * イベント名) to value, without the fields that only name the city or the record's id — so that a conflict can
     * show what the neighbour changed against the local record. Empty when the type cannot say (the default).
     *
     * @since 1.1
     */
    default Map<String, String> fields(String payload) {
        return Map.of();
    }

    /** A record that may be shared: its local id, a title and a line of detail (date, place …). */
    record Candidate(String localId, String title, String detail) {}

    /**
     * A record as it is sent.
     *
     * @param fingerprint the same digest {@link #fingerprints} gives
     */
    record Outgoing(String title, String payload, String fingerprint) {}

    /** The city a received record comes from: its 全国地方公共団体コード and name (川崎市). */
    record Provenance(String municipalityCode, String municipalityName) {}

    /** The local record a received one became, with its title and fingerprint right after the write. */
    record Received(String localId, String title, String fingerprint) {}
}
