package jp.kyodo.events.internal;

import jp.kyodo.core.health.Readiness;
import jp.kyodo.core.health.ReadinessCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Events is ready once its services run on the migrated schema and the persistence unit: registered only while
 * the booking service (which needs the backend, the unit and the venues) and the publishing service run, and
 * ready when the event-list layouts load.
 */
@Component(service = ReadinessCheck.class)
public final class EventsReadiness implements ReadinessCheck {

    private final PublishingService publishing;

    @Activate
    public EventsReadiness(@Reference jp.kyodo.events.RoomBookings bookings, @Reference PublishingService publishing) {
        this.publishing = publishing;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Readiness check() {
        try {
            return Readiness.ready(publishing.layouts().size() + " event-list layouts");
        } catch (RuntimeException e) {
            return Readiness.notReady("event-list layouts: " + e.getMessage());
        }
    }
}
