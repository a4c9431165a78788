package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.security.Role;
import jp.kyodo.funding.ApplicationStatistics;
import jp.kyodo.funding.ApplicationStatus;
import jp.kyodo.funding.GrantProgrammes;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeQuery;
import jp.kyodo.web.DashboardCard;
import jp.kyodo.web.DashboardWidget;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Ui;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The funding module's dashboard cards: budget used per programme, applications by state (this fiscal year). */
public final class Widgets {

    /** Programmes the budget card lists, least remaining first. */
    static final int PROGRAMMES = 6;

    private Widgets() {}

    static int currentYear() {
        return FiscalYear.of(LocalDate.now(Formats.ZONE)).startYear();
    }

    /** 予算の執行: each programme of this fiscal year with its committed share of the budget. */
    @org.osgi.service.component.annotations.Component(service = DashboardWidget.class)
    public static final class BudgetWidget extends DashboardCard {

        private final FundingServices services;

        @Activate
        public BudgetWidget(@Reference FundingServices services) {
            super("funding.widget.budget", 300, Set.of());
            this.services = services;
        }

        @Override
        public Component createContent() {
            Div content = new Div();
            content.setId("funding-budget-widget");
            Labels labels = Labels.of(content, services);
            int year = currentYear();
            var page = services.programmes()
                    .search(
                            ProgrammeQuery.ofYear(year),
                            PageRequest.first(PROGRAMMES).sortedBy(Sort.asc(GrantProgrammes.SORT_REMAINING)));
            content.add(new Div(Ui.muted(labels.fiscalYear(year))));
            if (page.total() == 0) {
                content.add(Ui.muted(labels.text("funding.widget.noProgrammes")));
            }
            for (Programme p : page.items()) {
                Div line = new Div(
                        new Anchor(Routes.programme(p.id()), p.details().title()),
                        BudgetBar.of(p.committedYen(), p.details().budgetYen(), labels));
                line.getStyle().set("margin-top", "var(--lumo-space-xs)").set("font-size", "var(--lumo-font-size-s)");
                content.add(line);
            }
            content.add(Ui.link(Routes.PROGRAMMES, labels.text("funding.programmes.title")));
            return content;
        }
    }

    /** 申請の状況: this fiscal year's applications by state, with the amounts requested, granted and paid. */
    @org.osgi.service.component.annotations.Component(service = DashboardWidget.class)
    public static final class ApplicationsWidget extends DashboardCard {

        private final FundingServices services;

        @Activate
        public ApplicationsWidget(@Reference FundingServices services) {
            super("funding.widget.applications", 310, Set.of(Role.STAFF));
            this.services = services;
        }

        @Override
        public Component createContent() {
            Div content = new Div();
            content.setId("funding-applications-widget");
            Labels labels = Labels.of(content, services);
            int year = currentYear();
            ApplicationStatistics stats = services.applications().statistics(year);
            content.add(new Div(Ui.muted(labels.fiscalYear(year))));
            Div table = Ui.table();
            // in the pipeline's order; the applications waiting for screening stand out
            for (ApplicationStatus status : ApplicationStatus.values()) {
                long n = stats.byStatus().getOrDefault(status, 0L);
                if (n == 0) {
                    continue;
                }
                Ui.row(
                        table,
                        new Anchor(Routes.APPLICATIONS + "?" + Routes.STATUS + "=" + status.name(), labels.of(status)),
                        labels.text("funding.widget.count", labels.number(n)),
                        status == ApplicationStatus.SUBMITTED);
            }
            content.add(table);
            Div money = Ui.table();
            Ui.row(
                    money,
                    new Div(labels.text("funding.application.requested")),
                    labels.yen(stats.requestedYen()),
                    false);
            Ui.row(money, new Div(labels.text("funding.application.granted")), labels.yen(stats.grantedYen()), false);
            Ui.row(money, new Div(labels.text("funding.application.paid")), labels.yen(stats.paidYen()), false);
            money.getStyle().set("margin-top", "var(--lumo-space-s)");
            content.add(money, Ui.link(Routes.APPLICATIONS, labels.text("funding.applications.title")));
            return content;
        }
    }
}
