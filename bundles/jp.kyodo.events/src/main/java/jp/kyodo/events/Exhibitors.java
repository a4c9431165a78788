package jp.kyodo.events;

import java.util.List;

/** Exhibitors of fairs and their booths. Staff and above. A booth goes to one exhibitor per event. */
public interface Exhibitors {

    /** @throws jp.kyodo.core.ConflictException when the group exhibits already or the booth is taken */
    Exhibitor add(long eventId, long partnerId, String booth, String note);

    /** Assigns or changes the booth; empty to unassign. @throws jp.kyodo.core.ConflictException when taken */
    Exhibitor assignBooth(long exhibitorId, String booth);

    void remove(long exhibitorId);

    /** By booth, unassigned last. */
    List<Exhibitor> of(long eventId);
}
