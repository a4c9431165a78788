package jp.kyodo.funding.ui.internal;

import java.util.Optional;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.funding.Funds;
import jp.kyodo.funding.GrantApplications;
import jp.kyodo.funding.GrantProgrammes;
import jp.kyodo.registry.PartnerDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The services the funding pages, cards, search and REST API call, in one bundle-private service so that
 * each contribution needs a single reference. The city's areas are optional: without them ward codes are
 * shown as they are stored.
 */
@Component(service = FundingServices.class)
public final class FundingServices {

    private final GrantProgrammes programmes;
    private final GrantApplications applications;
    private final Funds funds;
    private final PartnerDirectory directory;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AreaHierarchy areas;

    @Activate
    public FundingServices(
            @Reference GrantProgrammes programmes,
            @Reference GrantApplications applications,
            @Reference Funds funds,
            @Reference PartnerDirectory directory) {
        this.programmes = programmes;
        this.applications = applications;
        this.funds = funds;
        this.directory = directory;
    }

    public GrantProgrammes programmes() {
        return programmes;
    }

    public GrantApplications applications() {
        return applications;
    }

    public Funds funds() {
        return funds;
    }

    public PartnerDirectory directory() {
        return directory;
    }

    public Optional<AreaHierarchy> areas() {
        return Optional.ofNullable(areas);
    }
}
