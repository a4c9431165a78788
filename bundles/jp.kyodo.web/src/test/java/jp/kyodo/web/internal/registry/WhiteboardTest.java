package jp.kyodo.web.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.DashboardWidget;
import jp.kyodo.web.MenuSections;
import jp.kyodo.web.RestResources;
import jp.kyodo.web.ViewContribution;
import org.junit.jupiter.api.Test;

class WhiteboardTest {

    private static final Actor VIEWER = new Actor("hanako", Set.of(Role.VIEWER), "127.0.0.1");
    private static final Actor COORDINATOR = new Actor("taro", Set.of(Role.COORDINATOR), "127.0.0.1");
    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), "127.0.0.1");

    private final Whiteboard whiteboard = new Whiteboard();

    record View(String route, String titleKey, String section, int order, Set<Role> requiredRoles)
            implements ViewContribution {
        View(String route, int order) {
            this(route, "t." + route, MenuSections.GENERAL, order, Set.of());
        }

        @Override
        public Component createView() {
            return new Div();
        }

        // identity: two contributions of the same route are different services
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    record Widget(String titleKey, int order, Set<Role> requiredRoles) implements DashboardWidget {
        @Override
        public Component createContent() {
            return new Div();
        }
    }

    @Test
    void viewsAreOrderedBySectionThenOrderThenTitle() {
        View admin = new View("x/admin", "t.a", MenuSections.ADMINISTRATION, 1, Set.of());
        View second = new View("b", 20);
        View firstB = new View("a/b", "t.b", MenuSections.GENERAL, 10, Set.of());
        View firstA = new View("a/a", "t.a", MenuSections.GENERAL, 10, Set.of());
        View custom = new View("custom", "t.c", "plugin.section", 0, Set.of());
        List.of(admin, custom, second, firstB, firstA).forEach(whiteboard::addView);

        assertEquals(
                List.of(firstA, firstB, second, admin, custom),
                whiteboard.views().active().all());
    }

    @Test
    void addingAndRemovingNotifiesListeners() {
        List<String> events = new ArrayList<>();
        whiteboard
                .views()
                .active()
                .addListener(c ->
                        events.add((c.added() ? "+" : "-") + c.contribution().route()));
        View v = new View("events", 1);

        whiteboard.addView(v);
        whiteboard.addView(v); // a second bind of the same service changes nothing
        whiteboard.removeView(v);
        whiteboard.removeView(v);

        assertEquals(List.of("+events", "-events"), events);
        assertTrue(whiteboard.views().get("events").isEmpty());
    }

    @Test
    void theFirstViewOfARouteWinsAndItsSuccessorTakesOver() {
        View first = new View("events", 1);
        View second = new View("events", 2);
        whiteboard.addView(first);
        whiteboard.addView(second);

        assertSame(first, whiteboard.views().get("events").orElseThrow());
        assertEquals(List.of(first), whiteboard.views().active().all());

        whiteboard.removeView(first);
        assertSame(second, whiteboard.views().get("events").orElseThrow());
        assertEquals(List.of(second), whiteboard.views().active().all());
    }

    @Test
    void invalidAndReservedRoutesAreIgnored() {
        List.of(
                        new View("/leading", 1),
                        new View("Upper", 1),
                        new View("admin/mine", 1),
                        new View("login", 1),
                        new View("a//b", 1),
                        new View("", 1))
                .forEach(whiteboard::addView);

        assertTrue(whiteboard.views().active().isEmpty());
    }

    @Test
    void widgetsAreFilteredByRoleAndAdministratorsSeeEverything() {
        Widget forAll = new Widget("all", 1, Set.of());
        Widget forCoordinators = new Widget("coord", 2, Set.of(Role.COORDINATOR));
        Widget forStaffOrCoordinators = new Widget("staff", 3, Set.of(Role.STAFF, Role.COORDINATOR));
        List.of(forStaffOrCoordinators, forCoordinators, forAll).forEach(whiteboard::addWidget);

        assertEquals(List.of(forAll), whiteboard.widgets().visibleTo(VIEWER));
        assertEquals(
                List.of(forAll, forCoordinators, forStaffOrCoordinators),
                whiteboard.widgets().visibleTo(COORDINATOR));
        assertEquals(3, whiteboard.widgets().visibleTo(ADMIN).size());
        assertTrue(whiteboard.widgets().visibleTo(null).isEmpty(), "nobody signed in sees nothing");
    }

    @Test
    void higherRolesIncludeLowerOnes() {
        Widget forStaff = new Widget("staff", 1, Set.of(Role.STAFF));
        whiteboard.addWidget(forStaff);

        assertEquals(List.of(forStaff), whiteboard.widgets().visibleTo(COORDINATOR));
        assertTrue(whiteboard.widgets().visibleTo(VIEWER).isEmpty());
    }

    @Test
    void widgetsWithEqualOrderKeepTitleOrder() {
        Widget b = new Widget("b", 5, Set.of());
        Widget a = new Widget("a", 5, Set.of());
        whiteboard.addWidget(b);
        whiteboard.addWidget(a);

        assertEquals(List.of(a, b), whiteboard.widgets().all());
        whiteboard.removeWidget(a);
        assertEquals(List.of(b), whiteboard.widgets().all());
    }

    @Test
    void restResourcesAreMountedByPathWithTheirRoles() {
        Object resource = new Object();
        whiteboard.addRestResource(
                resource, Map.of(RestResources.PATH, "events", RestResources.ROLES, new String[] {"kyodo-staff"}));

        RestResource mounted = whiteboard.restResources().get("events").orElseThrow();
        assertSame(resource, mounted.resource());
        assertEquals(Set.of(Role.STAFF), mounted.requiredRoles());

        whiteboard.removeRestResource(resource);
        assertFalse(whiteboard.restResources().get("events").isPresent());
    }

    @Test
    void restResourcesWithBadPathsAreIgnored() {
        whiteboard.addRestResource(new Object(), Map.of(RestResources.PATH, "a/b"));
        whiteboard.addRestResource(new Object(), Map.of(RestResources.PATH, "health"));

        assertTrue(whiteboard.restResources().active().isEmpty());
    }

    @Test
    void aMistypedRoleClosesTheResourceToAllButAdministrators() {
        assertEquals(Set.of(Role.ADMIN), Whiteboard.roles("kyodo-stuff", "test"));
        assertEquals(Set.of(), Whiteboard.roles(null, "test"));
        assertEquals(Set.of(Role.STAFF, Role.VIEWER), Whiteboard.roles("kyodo-staff, kyodo-viewer", "test"));
    }
}
