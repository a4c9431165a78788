package jp.kyodo.events;

/**
 * EventAdmin topics the events module posts after a change is committed. Each carries {@value #ID}
 * (Long), never the record.
 */
public final class EventTopics {

    public static final String ID = "id";

    public static final String EVENT_CREATED = "jp/kyodo/events/Event/CREATED";
    public static final String EVENT_UPDATED = "jp/kyodo/events/Event/UPDATED";
    public static final String SERIES_CREATED = "jp/kyodo/events/Series/CREATED";
    public static final String REGISTRATION_CREATED = "jp/kyodo/events/Registration/CREATED";
    /** Cancelled, moved up from the waiting list or checked in. */
    public static final String REGISTRATION_UPDATED = "jp/kyodo/events/Registration/UPDATED";

    public static final String EXHIBITOR_CREATED = "jp/kyodo/events/Exhibitor/CREATED";
    public static final String EXHIBITOR_UPDATED = "jp/kyodo/events/Exhibitor/UPDATED";
    public static final String EXHIBITOR_DELETED = "jp/kyodo/events/Exhibitor/DELETED";
    public static final String VENUE_CREATED = "jp/kyodo/events/Venue/CREATED";
    public static final String VENUE_UPDATED = "jp/kyodo/events/Venue/UPDATED";
    public static final String ROOM_CREATED = "jp/kyodo/events/Room/CREATED";
    public static final String ROOM_UPDATED = "jp/kyodo/events/Room/UPDATED";
    public static final String BOOKING_CREATED = "jp/kyodo/events/Booking/CREATED";
    /** Cancelled. */
    public static final String BOOKING_UPDATED = "jp/kyodo/events/Booking/UPDATED";
    /** Every events topic. */
    public static final String ALL = "jp/kyodo/events/*";

    private EventTopics() {}
}
