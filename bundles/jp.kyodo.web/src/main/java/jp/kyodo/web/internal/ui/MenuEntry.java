package jp.kyodo.web.internal.ui;

import java.util.Set;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.ViewContribution;

/** One entry of the side menu, from the shell itself or from a {@link ViewContribution}. */
record MenuEntry(String route, String titleKey, String icon, String section, int order, Set<Role> roles) {

    static MenuEntry of(ViewContribution c) {
        return new MenuEntry(c.route(), c.titleKey(), c.icon(), c.section(), c.order(), c.requiredRoles());
    }
}
