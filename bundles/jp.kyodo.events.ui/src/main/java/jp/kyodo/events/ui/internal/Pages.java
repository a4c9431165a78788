package jp.kyodo.events.ui.internal;

import java.util.Set;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The events module's pages, one DS component each; the services check the roles again. */
public final class Pages {

    private Pages() {}

    @Component(service = ViewContribution.class)
    public static final class EventsListPage extends EventsPage {
        @Activate
        public EventsListPage(@Reference EventsServices s) {
            super(Routes.EVENTS, "events.list.title", "vaadin:calendar", 300, Set.of(), () -> new EventListView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class EventPage extends EventsPage {
        @Activate
        public EventPage(@Reference EventsServices s) {
            super(Routes.EVENT, "events.event.title", Set.of(), () -> new EventView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class EventEditPage extends EventsPage {
        @Activate
        public EventEditPage(@Reference EventsServices s) {
            super(Routes.EVENT_EDIT, "events.form.title", Set.of(Role.STAFF), () -> new EventForm(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class ImportPage extends EventsPage {
        @Activate
        public ImportPage(@Reference EventsServices s) {
            super(
                    Routes.IMPORT,
                    "events.import.title",
                    "vaadin:upload",
                    330,
                    Set.of(Role.STAFF),
                    () -> new ImportView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class SeriesPage extends EventsPage {
        @Activate
        public SeriesPage(@Reference EventsServices s) {
            super(
                    Routes.SERIES_NEW,
                    "events.series.title",
                    "vaadin:calendar-o",
                    310,
                    Set.of(Role.STAFF),
                    () -> new SeriesForm(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class RoomsPage extends EventsPage {
        @Activate
        public RoomsPage(@Reference EventsServices s) {
            super(
                    Routes.ROOMS,
                    "events.rooms.title",
                    "vaadin:calendar-clock",
                    320,
                    Set.of(),
                    () -> new RoomCalendarView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class VenuesPage extends EventsPage {
        @Activate
        public VenuesPage(@Reference EventsServices s) {
            super(Routes.VENUES, "events.venues.title", "vaadin:building", 340, Set.of(), () -> new VenuesView(s));
        }
    }
}
