package jp.kyodo.matching.ui.internal;

import java.util.Set;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The matching module's pages, one DS component each. Reading is open to every signed-in user where the
 * services allow it (they mask private persons); the desk needs staff; changing needs, offers, matches,
 * case studies, the desk's routing and agendas needs a coordinator, projects staff — as the services
 * require.
 */
public final class Pages {

    private static final Set<Role> EVERYONE = Set.of();
    private static final Set<Role> STAFF = Set.of(Role.STAFF);
    private static final Set<Role> COORDINATORS = Set.of(Role.COORDINATOR);

    private Pages() {}

    @Component(service = ViewContribution.class)
    public static final class NeedsPage extends MatchingPage {
        @Activate
        public NeedsPage(@Reference MatchingServices s) {
            super(
                    Routes.NEEDS,
                    "matching.needs.title",
                    "vaadin:lightbulb",
                    SECTION_MATCHING,
                    100,
                    EVERYONE,
                    () -> new NeedListView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class NeedPage extends MatchingPage {
        @Activate
        public NeedPage(@Reference MatchingServices s) {
            super(Routes.NEED, "matching.need.pageTitle", EVERYONE, () -> new NeedView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class NeedEditPage extends MatchingPage {
        @Activate
        public NeedEditPage(@Reference MatchingServices s) {
            super(Routes.NEED_EDIT, "matching.needForm.pageTitle", COORDINATORS, () -> new NeedForm(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class OffersPage extends MatchingPage {
        @Activate
        public OffersPage(@Reference MatchingServices s) {
            super(
                    Routes.OFFERS,
                    "matching.offers.title",
                    "vaadin:handshake",
                    SECTION_MATCHING,
                    110,
                    EVERYONE,
                    () -> new OfferListView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class OfferPage extends MatchingPage {
        @Activate
        public OfferPage(@Reference MatchingServices s) {
            super(Routes.OFFER, "matching.offer.pageTitle", EVERYONE, () -> new OfferView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class OfferEditPage extends MatchingPage {
        @Activate
        public OfferEditPage(@Reference MatchingServices s) {
            super(Routes.OFFER_EDIT, "matching.offerForm.pageTitle", COORDINATORS, () -> new OfferForm(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class MatchBoardPage extends MatchingPage {
        @Activate
        public MatchBoardPage(@Reference MatchingServices s) {
            super(
                    Routes.MATCHES,
                    "matching.matches.title",
                    "vaadin:connect",
                    SECTION_MATCHING,
                    120,
                    EVERYONE,
                    () -> new MatchBoardView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class MatchListPage extends MatchingPage {
        @Activate
        public MatchListPage(@Reference MatchingServices s) {
            super(Routes.MATCH_LIST, "matching.matches.title", EVERYONE, () -> new MatchListView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class MatchPage extends MatchingPage {
        @Activate
        public MatchPage(@Reference MatchingServices s) {
            super(Routes.MATCH, "matching.match.pageTitle", EVERYONE, () -> new MatchView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class CasesPage extends MatchingPage {
        @Activate
        public CasesPage(@Reference MatchingServices s) {
            super(
                    Routes.CASES,
                    "matching.cases.title",
                    "vaadin:book",
                    SECTION_MATCHING,
                    130,
                    EVERYONE,
                    () -> new CaseListView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class CaseEditPage extends MatchingPage {
        @Activate
        public CaseEditPage(@Reference MatchingServices s) {
            super(Routes.CASE_EDIT, "matching.caseForm.pageTitle", COORDINATORS, () -> new CaseForm(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class DeskPage extends MatchingPage {
        @Activate
        public DeskPage(@Reference MatchingServices s) {
            super(
                    Routes.DESK,
                    "matching.desk.title",
                    "vaadin:inbox",
                    SECTION_MATCHING,
                    140,
                    STAFF,
                    () -> new DeskListView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class DeskItemPage extends MatchingPage {
        @Activate
        public DeskItemPage(@Reference MatchingServices s) {
            super(Routes.DESK_ITEM, "matching.desk.itemTitle", STAFF, () -> new DeskItemView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class DeskReceivePage extends MatchingPage {
        @Activate
        public DeskReceivePage(@Reference MatchingServices s) {
            super(Routes.DESK_RECEIVE, "matching.deskForm.new", COORDINATORS, () -> new DeskReceiveForm(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class DeskStatisticsPage extends MatchingPage {
        @Activate
        public DeskStatisticsPage(@Reference MatchingServices s) {
            super(
                    Routes.DESK_STATISTICS,
                    "matching.deskStats.title",
                    "vaadin:chart",
                    SECTION_MATCHING,
                    150,
                    STAFF,
                    () -> new DeskStatisticsView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class ProjectsPage extends MatchingPage {
        @Activate
        public ProjectsPage(@Reference MatchingServices s) {
            super(
                    Routes.PROJECTS,
                    "matching.projects.title",
                    "vaadin:briefcase",
                    SECTION_PROJECTS,
                    100,
                    EVERYONE,
                    () -> new ProjectListView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class ProjectPage extends MatchingPage {
        @Activate
        public ProjectPage(@Reference MatchingServices s) {
            super(Routes.PROJECT, "matching.project.pageTitle", EVERYONE, () -> new ProjectView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class ProjectEditPage extends MatchingPage {
        @Activate
        public ProjectEditPage(@Reference MatchingServices s) {
            super(Routes.PROJECT_EDIT, "matching.projectForm.pageTitle", STAFF, () -> new ProjectForm(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class AgendasPage extends MatchingPage {
        @Activate
        public AgendasPage(@Reference MatchingServices s) {
            super(
                    Routes.AGENDAS,
                    "matching.agendas.title",
                    "vaadin:bullseye",
                    SECTION_PROJECTS,
                    110,
                    EVERYONE,
                    () -> new AgendaListView(s));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class AgendaEditPage extends MatchingPage {
        @Activate
        public AgendaEditPage(@Reference MatchingServices s) {
            super(Routes.AGENDA_EDIT, "matching.agendaForm.pageTitle", COORDINATORS, () -> new AgendaForm(s));
        }
    }
}
