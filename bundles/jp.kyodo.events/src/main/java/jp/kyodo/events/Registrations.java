package jp.kyodo.events;

import java.util.List;

/**
 * Registration (参加申込) for events with a capacity. A registration gets a place while the event has
 * enough places left, otherwise a place on the waiting list (キャンセル待ち); when a place is given back, the
 * waiting registrations that fit move up in order. Staff and above; names and contacts are personal data,
 * their reads and changes are audited.
 */
public interface Registrations {

    /**
     * @return the registration, {@link RegistrationStatus#CONFIRMED} or {@link RegistrationStatus#WAITING}
     * @throws jp.kyodo.core.ValidationException when the event takes no registrations, is cancelled or over
     */
    Registration register(RegistrationDraft draft);

    /** Gives the places back; those waiting move up. @return the registrations that moved up */
    List<Registration> cancel(long registrationId);

    /** Marks the arrival at the reception (受付). @throws jp.kyodo.core.ValidationException when not confirmed */
    Registration checkIn(long registrationId);

    /** The event's registrations: confirmed, then waiting in order, then cancelled. */
    List<Registration> of(long eventId);
}
