package jp.kyodo.events.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Version;
import jp.kyodo.events.Room;
import jp.kyodo.events.RoomDraft;

/** JPA row of {@code EVT_ROOM}, with its venue. */
@Entity
@Table(name = "EVT_ROOM")
public class RoomEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "VENUE_ID", nullable = false)
    private VenueEntity venue;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "CAPACITY", nullable = false)
    private int capacity;

    @Column(name = "EQUIPMENT", nullable = false, length = 1000)
    private String equipment;

    @Column(name = "HOURLY_FEE_YEN", nullable = false)
    private long hourlyFeeYen;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected RoomEntity() {
        // for JPA
    }

    RoomEntity(VenueEntity venue, RoomDraft d) {
        this.venue = venue;
        this.active = true;
        set(d);
    }

    void set(RoomDraft d) {
        name = d.name();
        capacity = d.capacity();
        equipment = Codes.join(d.equipment());
        hourlyFeeYen = d.hourlyFeeYen();
    }

    int version() {
        return version;
    }

    VenueEntity venue() {
        return venue;
    }

    Room toRoom() {
        return new Room(
                id,
                version,
                new RoomDraft(venue.id(), name, capacity, Codes.strings(equipment), hourlyFeeYen),
                venue.name(),
                active);
    }
}
