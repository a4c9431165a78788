package jp.kyodo.events.ui.internal;

import jp.kyodo.events.EventPublishing;
import jp.kyodo.events.EventSeries;
import jp.kyodo.events.Events;
import jp.kyodo.events.Exhibitors;
import jp.kyodo.events.Registrations;
import jp.kyodo.events.RoomBookings;
import jp.kyodo.events.Venues;
import jp.kyodo.registry.PartnerDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The services the events pages, cards, search and REST API call, in one bundle-private service so that each
 * contribution needs a single reference.
 */
@Component(service = EventsServices.class)
public final class EventsServices {

    private final Events events;
    private final Registrations registrations;
    private final Exhibitors exhibitors;
    private final EventSeries series;
    private final Venues venues;
    private final RoomBookings bookings;
    private final EventPublishing publishing;
    private final PartnerDirectory directory;

    @Activate
    public EventsServices(
            @Reference Events events,
            @Reference Registrations registrations,
            @Reference Exhibitors exhibitors,
            @Reference EventSeries series,
            @Reference Venues venues,
            @Reference RoomBookings bookings,
            @Reference EventPublishing publishing,
            @Reference PartnerDirectory directory) {
        this.events = events;
        this.registrations = registrations;
        this.exhibitors = exhibitors;
        this.series = series;
        this.venues = venues;
        this.bookings = bookings;
        this.publishing = publishing;
        this.directory = directory;
    }

    public Events events() {
        return events;
    }

    public Registrations registrations() {
        return registrations;
    }

    public Exhibitors exhibitors() {
        return exhibitors;
    }

    public EventSeries series() {
        return series;
    }

    public Venues venues() {
        return venues;
    }

    public RoomBookings bookings() {
        return bookings;
    }

    public EventPublishing publishing() {
        return publishing;
    }

    public PartnerDirectory directory() {
        return directory;
    }
}
