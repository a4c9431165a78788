package jp.kyodo.events;

import java.util.List;

/** Venues and their rooms. Anyone signed in reads; coordinators change. */
public interface Venues {

    Venue createVenue(VenueDraft draft);

    /** @throws jp.kyodo.core.ConflictException when someone saved first */
    Venue updateVenue(long id, int expectedVersion, VenueDraft draft);

    Venue venue(long id);

    /** By name. */
    List<Venue> venues();

    Room addRoom(RoomDraft draft);

    Room updateRoom(long id, int expectedVersion, RoomDraft draft);

    Room room(long id);

    /** The venue's rooms by name; every venue's when venueId is null. */
    List<Room> rooms(Long venueId);
}
