package jp.kyodo.web;

import java.util.Set;
import jp.kyodo.core.security.Role;

/**
 * A {@link DashboardWidget} as one value: title key, order and roles given once, so that each card of a
 * module is a DS component with a constructor and {@link #createContent()}.
 */
public abstract class DashboardCard implements DashboardWidget {

    private final String titleKey;
    private final int order;
    private final Set<Role> roles;

    /** @param roles at least one of them is needed to see the card; empty for every signed-in user */
    protected DashboardCard(String titleKey, int order, Set<Role> roles) {
        this.titleKey = titleKey;
        this.order = order;
        this.roles = Set.copyOf(roles);
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public Set<Role> requiredRoles() {
        return roles;
    }
}
