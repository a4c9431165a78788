package jp.kyodo.registry.ui.internal;

import java.util.Optional;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.registry.OrganisationRegistry;
import jp.kyodo.registry.PartnerDirectory;
import jp.kyodo.registry.PersonRegistry;
import jp.kyodo.registry.RegistryTransfer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The services the registry's pages call, in one bundle-private service so that each page
 * component needs a single reference. The city's areas and activity fields are optional: without
 * them codes are shown as they are stored.
 */
@Component(service = RegistryServices.class)
public final class RegistryServices {

    private final PartnerDirectory directory;
    private final OrganisationRegistry organisations;
    private final PersonRegistry people;
    private final RegistryTransfer transfer;
    private final AuditLog auditLog;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AreaHierarchy areas;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ActivityFieldTaxonomy fields;

    @Activate
    public RegistryServices(
            @Reference PartnerDirectory directory,
            @Reference OrganisationRegistry organisations,
            @Reference PersonRegistry people,
            @Reference RegistryTransfer transfer,
            @Reference AuditLog auditLog) {
        this.directory = directory;
        this.organisations = organisations;
        this.people = people;
        this.transfer = transfer;
        this.auditLog = auditLog;
    }

    PartnerDirectory directory() {
        return directory;
    }

    OrganisationRegistry organisations() {
        return organisations;
    }

    PersonRegistry people() {
        return people;
    }

    RegistryTransfer transfer() {
        return transfer;
    }

    AuditLog auditLog() {
        return auditLog;
    }

    Optional<AreaHierarchy> areas() {
        return Optional.ofNullable(areas);
    }

    Optional<ActivityFieldTaxonomy> fields() {
        return Optional.ofNullable(fields);
    }
}
