package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import java.util.Set;
import java.util.function.Supplier;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.PageContribution;

/** A page of the funding module, in the menu section 助成・基金. */
abstract class FundingPage extends PageContribution {

    static final String SECTION = "funding.section";

    /** A page reached through the menu. */
    FundingPage(String route, String titleKey, String icon, int order, Set<Role> roles, Supplier<Component> view) {
        super(route, titleKey, icon, SECTION, order, roles, view);
    }

    /** A page reached only through links (a record's page or form). */
    FundingPage(String route, String titleKey, Set<Role> roles, Supplier<Component> view) {
        super(route, titleKey, SECTION, roles, view);
    }
}
