package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import jp.kyodo.web.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** An organisation's page ({@code registry/organisation?id=N}), reached through links. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class OrganisationPage extends RegistryPage {

    @Activate
    public OrganisationPage(@Reference RegistryServices services) {
        super(services);
    }

    @Override
    public String route() {
        return Routes.ORGANISATION;
    }

    @Override
    public String titleKey() {
        return "registry.organisation.title";
    }

    @Override
    public boolean inMenu() {
        return false;
    }

    @Override
    public Component createView() {
        return new OrganisationView(services);
    }
}
