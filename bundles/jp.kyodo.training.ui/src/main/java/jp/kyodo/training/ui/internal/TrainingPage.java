package jp.kyodo.training.ui.internal;

import com.vaadin.flow.component.Component;
import java.util.Set;
import java.util.function.Supplier;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.PageContribution;

/** A page of the training module, in the menu section 研修・人づくり. */
abstract class TrainingPage extends PageContribution {

    static final String SECTION = "training.section";

    TrainingPage(String route, String titleKey, String icon, int order, Set<Role> roles, Supplier<Component> view) {
        super(route, titleKey, icon, SECTION, order, roles, view);
    }

    TrainingPage(String route, String titleKey, Set<Role> roles, Supplier<Component> view) {
        super(route, titleKey, SECTION, roles, view);
    }
}
