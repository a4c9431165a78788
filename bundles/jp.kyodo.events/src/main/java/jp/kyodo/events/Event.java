package jp.kyodo.events;

import java.time.Instant;
import jp.kyodo.core.Records;

/**
 * A stored event.
 *
 * @param draft what was entered; its organisers carry their names from the registry
 * @param seriesId the series it belongs to, or null
 * @param roomName "venue › room" when held in a room, else empty
 * @param organiserText organisers as an imported event list named them (no registry partner), else empty
 * @param confirmed registered people with a place (人数, not registrations)
 * @param waiting people on the waiting list
 */
public record Event(
        long id,
        int version,
        EventDraft draft,
        Long seriesId,
        String roomName,
        String organiserText,
        EventStatus status,
        int confirmed,
        int waiting,
        Instant updatedAt) {

    public Event {
        roomName = Records.text(roomName);
        organiserText = Records.text(organiserText);
    }

    /** Places left, or null without a capacity. */
    public Integer placesLeft() {
        return draft.capacity() == null ? null : Math.max(0, draft.capacity() - confirmed);
    }
}
