package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import java.util.Set;
import java.util.function.Supplier;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.PageContribution;

/** A page of the matching module. Menu sections: マッチング・相談 and 協働事業. */
abstract class MatchingPage extends PageContribution {

    static final String SECTION_MATCHING = "matching.section";
    static final String SECTION_PROJECTS = "matching.section.projects";

    /** A page reached through the menu. */
    MatchingPage(
            String route,
            String titleKey,
            String icon,
            String section,
            int order,
            Set<Role> roles,
            Supplier<Component> view) {
        super(route, titleKey, icon, section, order, roles, view);
    }

    /** A page reached only through links (a record's page or form). */
    MatchingPage(String route, String titleKey, Set<Role> roles, Supplier<Component> view) {
        super(route, titleKey, SECTION_MATCHING, roles, view);
    }
}
