package jp.kyodo.registry.ui.internal;

import jp.kyodo.web.MenuSections;
import jp.kyodo.web.ViewContribution;

/** What the registry's pages have in common: the services and the menu section 団体・人材. */
abstract class RegistryPage implements ViewContribution {

    protected final RegistryServices services;

    RegistryPage(RegistryServices services) {
        this.services = services;
    }

    @Override
    public String section() {
        return MenuSections.PARTNERS;
    }
}
