package jp.kyodo.events.ui.internal;

import com.vaadin.flow.component.Component;
import java.util.Set;
import java.util.function.Supplier;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.PageContribution;

/** A page of the events module, in the menu section イベント・施設. */
abstract class EventsPage extends PageContribution {

    static final String SECTION = "events.section";

    /** A page reached through the menu. */
    EventsPage(String route, String titleKey, String icon, int order, Set<Role> roles, Supplier<Component> view) {
        super(route, titleKey, icon, SECTION, order, roles, view);
    }

    /** A page reached only through links (an event's page or form). */
    EventsPage(String route, String titleKey, Set<Role> roles, Supplier<Component> view) {
        super(route, titleKey, SECTION, roles, view);
    }
}
