package jp.kyodo.web;

import com.vaadin.flow.component.Component;
import java.util.Set;
import jp.kyodo.core.security.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of a plugin: a route in the shell, usually with an entry in the side menu. Register an
 * implementation as an OSGi service; the shell adds the route and the menu entry to every open UI
 * while the service is registered, and removes them (sending users who are on the page back to
 * the home page) when it goes away. Pages reached only through links (a record's detail page, its
 * form) return false from {@link #inMenu()}.
 *
 * <pre>
 * &#64;Component(service = ViewContribution.class)
 * public final class RoomBookingPage implements ViewContribution {
 *     private final RoomBookings bookings;
 *
 *     &#64;Activate
 *     public RoomBookingPage(&#64;Reference RoomBookings bookings) {
 *         this.bookings = bookings;
 *     }
 *
 *     public String route() { return "events/bookings"; }
 *     public String titleKey() { return "events.bookings.title"; }
 *     public String icon() { return "vaadin:calendar-clock"; }
 *     public String section() { return "events.section"; }
 *     public Set&lt;Role&gt; requiredRoles() { return Set.of(Role.STAFF); }
 *     public Component createView() { return new RoomBookingView(bookings); }
 * }
 * </pre>
 *
 * <p>The view component is created by {@link #createView()} each time a user navigates to the
 * route, so it can receive the plugin's services through its constructor. It is shown inside the
 * shell's layout. To read query parameters, let the view implement {@code
 * AfterNavigationObserver}. Clean up listeners in {@code onDetach}.
 */
@ConsumerType
public interface ViewContribution {

    /** The default {@link #order()}. */
    int DEFAULT_ORDER = 1000;

    /**
     * The route, relative to the application root, without leading or trailing slash, e.g. {@code
     * "registry/groups"}. Prefix it with your module's name; the first contribution of a route wins
     * while it is registered. Route templates with parameters are not supported: use query
     * parameters.
     */
    String route();

    /** The i18n key of the page title, used in the menu and the browser tab. */
    String titleKey();

    /**
     * The menu icon: a Vaadin icon name such as {@code "vaadin:users"} (the collection prefix may
     * be left out for Vaadin icons), or {@code "lumo:…"}.
     */
    default String icon() {
        return "vaadin:file-text-o";
    }

    /**
     * The i18n key of the menu section the entry is grouped under; entries with the same key share
     * a section. {@link MenuSections} has the shell's sections.
     */
    default String section() {
        return MenuSections.GENERAL;
    }

    /** Position within the section, smaller first; ties are ordered by title. */
    default int order() {
        return DEFAULT_ORDER;
    }

    /**
     * Who may open the page: a user needs at least one of these roles (administrators pass every
     * check). Empty means every signed-in user. Checked on every navigation, not only by hiding the
     * menu entry.
     */
    default Set<Role> requiredRoles() {
        return Set.of();
    }

    /**
     * Whether the page has an entry in the side menu. Pages that only make sense with a query
     * parameter (a record's detail page or form, e.g. {@code registry/organisation?id=42}) return
     * false: they are still routes, reached through links, with the same role checks.
     *
     * @since 1.1
     */
    default boolean inMenu() {
        return true;
    }

    /** Creates the page's component; called on the UI thread with the user's session locked. */
    Component createView();
}
