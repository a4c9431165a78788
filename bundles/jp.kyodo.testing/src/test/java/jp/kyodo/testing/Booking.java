package jp.kyodo.testing;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An entity of the fixture's own test, shaped like a domain's. */
@Entity
@Table(name = "T_BOOKING")
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ROOM", nullable = false)
    private String room;

    protected Booking() {}

    public Booking(String room) {
        this.room = room;
    }

    public Long id() {
        return id;
    }

    public String room() {
        return room;
    }
}
