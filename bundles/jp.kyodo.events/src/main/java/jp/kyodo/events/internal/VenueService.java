package jp.kyodo.events.internal;

import static jp.kyodo.events.internal.EventsBackend.MESSAGES;

import java.util.List;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.events.EventTopics;
import jp.kyodo.events.Room;
import jp.kyodo.events.RoomDraft;
import jp.kyodo.events.Venue;
import jp.kyodo.events.VenueDraft;
import jp.kyodo.events.Venues;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Venues and rooms on the {@code kyodo-events} persistence unit. */
@Component(service = {Venues.class, VenueService.class})
public final class VenueService implements Venues {

    static final String VENUE = "events.venue";
    static final String ROOM = "events.room";

    private final EventsBackend b;

    @Activate
    public VenueService(@Reference EventsBackend backend) {
        this.b = backend;
    }

    @Override
    public Venue createVenue(VenueDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        check(draft);
        return b.jpa(em -> {
            VenueEntity e = new VenueEntity(draft);
            em.persist(e);
            em.flush();
            b.audit(AuditAction.CREATE, VENUE, e.id(), "会場「" + draft.name() + "」を登録");
            b.post(EventTopics.VENUE_CREATED, e.id());
            return e.toVenue();
        });
    }

    @Override
    public Venue updateVenue(long id, int expectedVersion, VenueDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        check(draft);
        return b.jpa(em -> {
            VenueEntity e = em.find(VenueEntity.class, id);
            if (e == null) {
                throw venueNotFound(id);
            }
            if (e.version() != expectedVersion) {
                throw new ConflictException();
            }
            e.set(draft);
            em.flush();
            b.audit(AuditAction.UPDATE, VENUE, id, "会場「" + draft.name() + "」を変更");
            b.post(EventTopics.VENUE_UPDATED, id);
            return e.toVenue();
        });
    }

    @Override
    public Venue venue(long id) {
        SecurityContext.require();
        return b.jpa(em -> {
            VenueEntity e = em.find(VenueEntity.class, id);
            if (e == null) {
                throw venueNotFound(id);
            }
            return e.toVenue();
        });
    }

    @Override
    public List<Venue> venues() {
        SecurityContext.require();
        return b.jpa(
                em -> em
                        .createQuery("SELECT v FROM VenueEntity v ORDER BY v.name, v.id", VenueEntity.class)
                        .getResultList()
                        .stream()
                        .map(VenueEntity::toVenue)
                        .toList());
    }

    @Override
    public Room addRoom(RoomDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        check(draft);
        return b.jpa(em -> {
            VenueEntity venue = em.find(VenueEntity.class, draft.venueId());
            if (venue == null) {
                throw venueNotFound(draft.venueId());
            }
            RoomEntity e = new RoomEntity(venue, draft);
            em.persist(e);
            em.flush();
            Room room = e.toRoom();
            b.audit(
                    AuditAction.CREATE,
                    ROOM,
                    room.id(),
                    "部屋「" + room.fullName() + "」を登録（1時間 " + draft.hourlyFeeYen() + "円）");
            b.post(EventTopics.ROOM_CREATED, room.id());
            return room;
        });
    }

    @Override
    public Room updateRoom(long id, int expectedVersion, RoomDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        check(draft);
        return b.jpa(em -> {
            RoomEntity e = em.find(RoomEntity.class, id);
            if (e == null) {
                throw roomNotFound(id);
            }
            if (e.version() != expectedVersion) {
                throw new ConflictException();
            }
            e.set(draft);
            em.flush();
            Room room = e.toRoom();
            b.audit(AuditAction.UPDATE, ROOM, id, "部屋「" + room.fullName() + "」を変更（1時間 " + draft.hourlyFeeYen() + "円）");
            b.post(EventTopics.ROOM_UPDATED, id);
            return room;
        });
    }

    @Override
    public Room room(long id) {
        SecurityContext.require();
        return roomOrThrow(id);
    }

    /** Without a permission check: for the other services, which checked theirs. */
    Room roomOrThrow(long id) {
        return b.jpa(em -> {
            RoomEntity e = em.find(RoomEntity.class, id);
            if (e == null) {
                throw roomNotFound(id);
            }
            return e.toRoom();
        });
    }

    /** The room's venue, without a permission check. */
    Venue venueOf(Room room) {
        return b.jpa(em -> em.find(VenueEntity.class, room.draft().venueId()).toVenue());
    }

    @Override
    public List<Room> rooms(Long venueId) {
        SecurityContext.require();
        return allRooms(venueId);
    }

    List<Room> allRooms(Long venueId) {
        return b.jpa(em -> (venueId == null
                        ? em.createQuery(
                                "SELECT r FROM RoomEntity r JOIN FETCH r.venue v ORDER BY v.name, r.name, r.id",
                                RoomEntity.class)
                        : em.createQuery(
                                        "SELECT r FROM RoomEntity r JOIN FETCH r.venue v WHERE v.id = :venue"
                                                + " ORDER BY r.name, r.id",
                                        RoomEntity.class)
                                .setParameter("venue", venueId))
                .getResultList().stream().map(RoomEntity::toRoom).toList());
    }

    /** Every venue by id, without a permission check. */
    java.util.Map<Long, Venue> venuesById() {
        return b.jpa(em -> {
            java.util.Map<Long, Venue> out = new java.util.HashMap<>();
            em.createQuery("SELECT v FROM VenueEntity v", VenueEntity.class)
                    .getResultList()
                    .forEach(v -> out.put(v.id(), v.toVenue()));
            return out;
        });
    }

    static NotFoundException venueNotFound(long id) {
        return new NotFoundException(MESSAGES.get("venue.notFound", id));
    }

    static NotFoundException roomNotFound(long id) {
        return new NotFoundException(MESSAGES.get("room.notFound", id));
    }

    private static void check(VenueDraft d) {
        Checks c = new Checks();
        c.required("name", d.name(), 200).max("address", d.address(), 400).max("note", d.note(), 2000);
        c.present("opensAt", d.opensAt()).present("closesAt", d.closesAt());
        if (d.opensAt() != null && d.closesAt() != null && !d.closesAt().isAfter(d.opensAt())) {
            c.error("closesAt", "venue.hoursReversed");
        }
        c.throwIfAny();
    }

    private static void check(RoomDraft d) {
        Checks c = new Checks();
        c.required("name", d.name(), 200)
                .range("capacity", d.capacity(), 1, 10_000)
                .yen("hourlyFeeYen", d.hourlyFeeYen());
        c.throwIfAny();
    }
}
