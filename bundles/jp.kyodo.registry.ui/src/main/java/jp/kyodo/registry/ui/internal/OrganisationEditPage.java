package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import java.util.Set;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The organisation form, new or {@code ?id=N}; coordinators only. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class OrganisationEditPage extends RegistryPage {

    @Activate
    public OrganisationEditPage(@Reference RegistryServices services) {
        super(services);
    }

    @Override
    public String route() {
        return Routes.ORGANISATION_EDIT;
    }

    @Override
    public String titleKey() {
        return "registry.organisation.formTitle";
    }

    @Override
    public boolean inMenu() {
        return false;
    }

    @Override
    public Set<Role> requiredRoles() {
        return Set.of(Role.COORDINATOR);
    }

    @Override
    public Component createView() {
        return new OrganisationForm(services);
    }
}
