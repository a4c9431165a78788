package jp.kyodo.funding.ui.internal;

import java.util.Set;
import jp.kyodo.core.security.Role;
import jp.kyodo.funding.NeighbourCalls;
import jp.kyodo.web.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The funding module's pages, one DS component each. Programmes and funds (balances) are open to every
 * signed-in user, as the services allow (viewers see published programmes only, and no ledger);
 * applications need staff; defining programmes and opening funds need a coordinator — as the services
 * require.
 */
public final class Pages {

    private static final Set<Role> EVERYONE = Set.of();
    private static final Set<Role> STAFF = Set.of(Role.STAFF);
    private static final Set<Role> COORDINATORS = Set.of(Role.COORDINATOR);

    private Pages() {}

    @Component(service = ViewContribution.class)
    public static final class ProgrammesPage extends FundingPage {
        @Activate
        public ProgrammesPage(@Reference FundingServices s) {
            super(
                    Routes.PROGRAMMES,
                    "funding.programmes.title",
                    "vaadin:money",
                    100,
                    EVERYONE,
                    () -> new ProgrammeListView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class ProgrammePage extends FundingPage {
        @Activate
        public ProgrammePage(@Reference FundingServices s) {
            super(Routes.PROGRAMME, "funding.programme.pageTitle", EVERYONE, () -> new ProgrammeView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class ProgrammeEditPage extends FundingPage {
        @Activate
        public ProgrammeEditPage(@Reference FundingServices s) {
            super(Routes.PROGRAMME_EDIT, "funding.programmeForm.pageTitle", COORDINATORS, () -> new ProgrammeForm(s));
        }
    }

    /** 近隣自治体の公募: calls neighbouring cities shared, for groups that may apply there. */
    @Component(service = ViewContribution.class)
    public static final class NeighbourCallsPage extends FundingPage {
        @Activate
        public NeighbourCallsPage(@Reference FundingServices s, @Reference NeighbourCalls calls) {
            super(
                    Routes.NEIGHBOUR_CALLS,
                    "funding.neighbourCalls.title",
                    "vaadin:globe",
                    105,
                    EVERYONE,
                    () -> new NeighbourCallListView(s, calls));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class ApplicationsPage extends FundingPage {
        @Activate
        public ApplicationsPage(@Reference FundingServices s) {
            super(
                    Routes.APPLICATIONS,
                    "funding.applications.title",
                    "vaadin:file-text",
                    110,
                    STAFF,
                    () -> new ApplicationListView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class ApplicationPage extends FundingPage {
        @Activate
        public ApplicationPage(@Reference FundingServices s) {
            super(Routes.APPLICATION, "funding.application.pageTitle", STAFF, () -> new ApplicationView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class ApplicationEditPage extends FundingPage {
        @Activate
        public ApplicationEditPage(@Reference FundingServices s) {
            super(Routes.APPLICATION_EDIT, "funding.applicationForm.pageTitle", STAFF, () -> new ApplicationForm(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class FundsPage extends FundingPage {
        @Activate
        public FundsPage(@Reference FundingServices s) {
            super(
                    Routes.FUNDS,
                    "funding.funds.title",
                    "vaadin:piggy-bank-coin",
                    120,
                    EVERYONE,
                    () -> new FundListView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class FundPage extends FundingPage {
        @Activate
        public FundPage(@Reference FundingServices s) {
            super(Routes.FUND, "funding.fund.pageTitle", EVERYONE, () -> new FundView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class FundEditPage extends FundingPage {
        @Activate
        public FundEditPage(@Reference FundingServices s) {
            super(Routes.FUND_EDIT, "funding.fundForm.pageTitle", COORDINATORS, () -> new FundForm(s));
        }
    }
}
