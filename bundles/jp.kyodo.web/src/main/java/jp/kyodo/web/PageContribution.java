package jp.kyodo.web;

import com.vaadin.flow.component.Component;
import java.util.Set;
import java.util.function.Supplier;
import jp.kyodo.core.security.Role;

/**
 * A page as one value: route, title, menu entry and roles, so that each page of a module is one short DS
 * component ({@code @Component(service = ViewContribution.class)} whose constructor calls {@code super(…)}).
 */
public abstract class PageContribution implements ViewContribution {

    private final String route;
    private final String titleKey;
    private final String icon;
    private final String section;
    private final int order;
    private final Set<Role> roles;
    private final Supplier<Component> view;

    /** A page reached through the menu. */
    protected PageContribution(
            String route,
            String titleKey,
            String icon,
            String section,
            int order,
            Set<Role> roles,
            Supplier<Component> view) {
        this.route = route;
        this.titleKey = titleKey;
        this.icon = icon;
        this.section = section;
        this.order = order;
        this.roles = roles;
        this.view = view;
    }

    /** A page reached only through links (a record's page or form), in the given menu section's module. */
    protected PageContribution(
            String route, String titleKey, String section, Set<Role> roles, Supplier<Component> view) {
        this(route, titleKey, null, section, DEFAULT_ORDER, roles, view);
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
        return section;
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
