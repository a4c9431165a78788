package jp.kyodo.funding.internal;

import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.registry.Organisation;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.OrganisationRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Organisations from the registry's API. Looked up with the staff role: the caller's permission for the
 * operation was checked already, and staff get no individual's contact (so nothing to audit).
 */
@Component(service = Applicants.class)
public final class RegistryApplicants implements Applicants {

    private static final Actor LOOKUP = new Actor("system:funding", Set.of(Role.STAFF), null);

    private final OrganisationRegistry organisations;

    @Activate
    public RegistryApplicants(@Reference OrganisationRegistry organisations) {
        this.organisations = organisations;
    }

    @Override
    public Optional<Applicant> find(long organisationId) {
        return SecurityContext.callAs(LOOKUP, () -> organisations.find(organisationId))
                .map(RegistryApplicants::applicant);
    }

    private static Applicant applicant(Organisation o) {
        OrganisationDraft d = o.details();
        return new Applicant(
                o.id(),
                d.name(),
                d.type(),
                d.status(),
                o.active(),
                d.certifiedOn(),
                d.certifiedUntil(),
                d.areaCodes(),
                d.foundedOn());
    }
}
