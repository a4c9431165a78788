package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import jp.kyodo.web.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** 担い手を探す: the registry's search page, for every signed-in user. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class SearchPage extends RegistryPage {

    @Activate
    public SearchPage(@Reference RegistryServices services) {
        super(services);
    }

    @Override
    public String route() {
        return Routes.SEARCH;
    }

    @Override
    public String titleKey() {
        return "registry.search.title";
    }

    @Override
    public String icon() {
        return "vaadin:search";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component createView() {
        return new PartnerSearchView(services);
    }
}
