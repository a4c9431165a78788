package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import java.util.Set;
import java.util.function.Supplier;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.ViewContribution;

/**
 * A page of the matching module: route, title, menu entry and roles in one value, so that each page is
 * one short DS component. Menu sections: マッチング・相談 and 協働事業.
 */
abstract class MatchingPage implements ViewContribution {

    static final String SECTION_MATCHING = "matching.section";
    static final String SECTION_PROJECTS = "matching.section.projects";

    private final String route;
    private final String titleKey;
    private final String icon;
    private final String section;
    private final int order;
    private final Set<Role> roles;
    private final Supplier<Component> view;

    /** A page reached through the menu. */
    MatchingPage(
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

    /** A page reached only through links (a record's page or form). */
    MatchingPage(String route, String titleKey, Set<Role> roles, Supplier<Component> view) {
        this(route, titleKey, null, SECTION_MATCHING, DEFAULT_ORDER, roles, view);
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
