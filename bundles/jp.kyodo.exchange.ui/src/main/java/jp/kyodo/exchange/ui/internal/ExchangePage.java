package jp.kyodo.exchange.ui.internal;

import com.vaadin.flow.component.Component;
import java.util.Set;
import java.util.function.Supplier;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.PageContribution;

/** A page of the exchange module, in the menu section 自治体間連携. */
abstract class ExchangePage extends PageContribution {

    static final String SECTION = "exchange.section";

    ExchangePage(String route, String titleKey, String icon, int order, Set<Role> roles, Supplier<Component> view) {
        super(route, titleKey, icon, SECTION, order, roles, view);
    }
}
