package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import java.util.Set;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The person form, new or {@code ?id=N}; coordinators only. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class PersonEditPage extends RegistryPage {

    @Activate
    public PersonEditPage(@Reference RegistryServices services) {
        super(services);
    }

    @Override
    public String route() {
        return Routes.PERSON_EDIT;
    }

    @Override
    public String titleKey() {
        return "registry.person.formTitle";
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
        return new PersonForm(services);
    }
}
