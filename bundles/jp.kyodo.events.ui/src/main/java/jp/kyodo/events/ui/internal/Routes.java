package jp.kyodo.events.ui.internal;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;

/** The events module's routes and their query parameters. */
final class Routes {

    static final String EVENTS = "events";
    static final String EVENT = "events/event";
    static final String EVENT_EDIT = "events/event/edit";
    static final String IMPORT = "events/import";
    static final String SERIES_NEW = "events/series/new";
    static final String ROOMS = "events/rooms";
    static final String VENUES = "events/venues";
    static final String ID = "id";

    private Routes() {}

    static String event(long id) {
        return EVENT + "?" + ID + "=" + id;
    }

    static Optional<Long> id(QueryParameters query) {
        List<String> values = query.getParameters().get(ID);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(values.get(0)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
