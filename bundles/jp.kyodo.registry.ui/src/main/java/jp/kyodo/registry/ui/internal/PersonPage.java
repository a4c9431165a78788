package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import jp.kyodo.web.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** A person's page ({@code registry/person?id=N}), reached through links. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class PersonPage extends RegistryPage {

    @Activate
    public PersonPage(@Reference RegistryServices services) {
        super(services);
    }

    @Override
    public String route() {
        return Routes.PERSON;
    }

    @Override
    public String titleKey() {
        return "registry.person.title";
    }

    @Override
    public boolean inMenu() {
        return false;
    }

    @Override
    public Component createView() {
        return new PersonView(services);
    }
}
