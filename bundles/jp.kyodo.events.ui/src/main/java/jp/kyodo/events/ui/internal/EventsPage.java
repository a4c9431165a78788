package jp.kyodo.events.ui.internal;

import com.vaadin.flow.component.Component;
import java.util.Set;
import java.util.function.Supplier;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.MenuSections;
import jp.kyodo.web.ViewContribution;

/** A page of the events module: route, title, menu entry and roles in one value. */
abstract class EventsPage implements ViewContribution {

    private final String route;
    private final String titleKey;
    private final String icon;
    private final int order;
    private final Set<Role> roles;
    private final Supplier<Component> view;

    EventsPage(String route, String titleKey, String icon, int order, Set<Role> roles, Supplier<Component> view) {
        this.route = route;
        this.titleKey = titleKey;
        this.icon = icon;
        this.order = order;
        this.roles = roles;
        this.view = view;
    }

    @Override
    public String route() {
        return route;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public String icon() {
        return icon == null ? ViewContribution.super.icon() : icon;
    }

    @Override
    public String section() {
        return MenuSections.COLLABORATION;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public Set<Role> requiredRoles() {
        return roles;
    }

    @Override
    public boolean inMenu() {
        return icon != null;
    }

    @Override
    public Component createView() {
        return view.get();
    }
}
