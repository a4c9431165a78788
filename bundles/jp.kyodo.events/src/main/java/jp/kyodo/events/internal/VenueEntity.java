package jp.kyodo.events.internal;

import java.time.LocalTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import jp.kyodo.events.Venue;
import jp.kyodo.events.VenueDraft;

/** JPA row of {@code EVT_VENUE}. */
@Entity
@Table(name = "EVT_VENUE")
public class VenueEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "ADDRESS", nullable = false, length = 400)
    private String address;

    @Column(name = "OPENS_MINUTE", nullable = false)
    private int opensMinute;

    @Column(name = "CLOSES_MINUTE", nullable = false)
    private int closesMinute;

    @Column(name = "CLOSED_DAYS", nullable = false, length = 80)
    private String closedDays;

    @Column(name = "CLOSED_ON_HOLIDAYS", nullable = false)
    private boolean closedOnHolidays;

    @Column(name = "CLOSED_DATES", nullable = false, length = 4000)
    private String closedDates;

    @Column(name = "NOTE", nullable = false, length = 2000)
    private String note;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected VenueEntity() {
        // for JPA
    }

    VenueEntity(VenueDraft d) {
        set(d);
    }

    void set(VenueDraft d) {
        name = d.name();
        address = d.address();
        opensMinute = d.opensAt().toSecondOfDay() / 60;
        closesMinute = d.closesAt().toSecondOfDay() / 60;
        closedDays = Codes.join(d.closedDays());
        closedOnHolidays = d.closedOnHolidays();
        closedDates = Codes.join(d.closedDates());
        note = d.note();
    }

    Long id() {
        return id;
    }

    int version() {
        return version;
    }

    String name() {
        return name;
    }

    Venue toVenue() {
        return new Venue(
                id,
                version,
                new VenueDraft(
                        name,
                        address,
                        LocalTime.ofSecondOfDay(opensMinute * 60L),
                        LocalTime.ofSecondOfDay(closesMinute * 60L),
                        Codes.days(closedDays),
                        closedOnHolidays,
                        Codes.dates(closedDates),
                        note));
    }
}
