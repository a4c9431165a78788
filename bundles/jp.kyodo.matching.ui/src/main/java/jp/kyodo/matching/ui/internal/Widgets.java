package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Role;
import jp.kyodo.matching.DeskStatistics;
import jp.kyodo.matching.MatchQuery;
import jp.kyodo.matching.MatchStage;
import jp.kyodo.matching.NeedQuery;
import jp.kyodo.matching.Project;
import jp.kyodo.matching.ProjectQuery;
import jp.kyodo.web.DashboardCard;
import jp.kyodo.web.DashboardWidget;
import jp.kyodo.web.Ui;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The matching module's dashboard cards: matching at a glance, the desk, projects whose exit is due. */
public final class Widgets {

    /** Departments the desk card lists. */
    static final int DEPARTMENTS = 5;

    /** Projects the exit card lists. */
    static final int PROJECTS = 5;

    private Widgets() {}

    /** マッチング: open needs, open matches by stage, stale ones. */
    @org.osgi.service.component.annotations.Component(service = DashboardWidget.class)
    public static final class MatchingWidget extends DashboardCard {

        private final MatchingServices services;

        @Activate
        public MatchingWidget(@Reference MatchingServices services) {
            super("matching.widget.matching", 200, Set.of());
            this.services = services;
        }

        @Override
        public Component createContent() {
            Div content = new Div();
            content.setId("matching-widget");
            Labels labels = Labels.of(content, services);
            long open = services.needs()
                    .search(NeedQuery.open(), PageRequest.first(1))
                    .total();
            Div table = Ui.table();
            Ui.row(
                    table,
                    new Anchor(Routes.NEEDS, labels.text("matching.widget.openNeeds")),
                    count(labels, open),
                    false);
            for (MatchStage stage : Board.STAGES) {
                long n = services.pipeline()
                        .search(new MatchQuery(Set.of(stage), null, false), PageRequest.first(1))
                        .total();
                Ui.row(
                        table,
                        new Span(labels.text("matching.widget.stage", labels.of(stage))),
                        count(labels, n),
                        false);
            }
            long stale = services.pipeline()
                    .search(new MatchQuery(Set.of(), null, true), PageRequest.first(1))
                    .total();
            Ui.row(
                    table,
                    new Anchor(Routes.MATCH_LIST + "?" + Routes.STALE + "=true", labels.text("matching.widget.stale")),
                    count(labels, stale),
                    stale > 0);
            content.add(table, Ui.link(Routes.MATCHES, labels.text("matching.widget.toBoard")));
            return content;
        }
    }

    /** ワンストップ窓口: unrouted and overdue items, open items of the departments with most. */
    @org.osgi.service.component.annotations.Component(service = DashboardWidget.class)
    public static final class DeskWidget extends DashboardCard {

        private final MatchingServices services;

        @Activate
        public DeskWidget(@Reference MatchingServices services) {
            super("matching.widget.desk", 210, Set.of(Role.STAFF));
            this.services = services;
        }

        @Override
        public Component createContent() {
            Div content = new Div();
            content.setId("matching-desk-widget");
            Labels labels = Labels.of(content, services);
            DeskStatistics stats = services.desk().statistics();
            int overdue = stats.departments().stream()
                    .mapToInt(DeskStatistics.Department::overdue)
                    .sum();
            Div summary = Ui.table();
            Ui.row(
                    summary,
                    new Span(labels.text("matching.deskStats.unrouted")),
                    count(labels, stats.unrouted()),
                    false);
            Ui.row(
                    summary,
                    new Anchor(Routes.DESK + "?" + Routes.OVERDUE + "=true", labels.text("matching.deskStats.overdue")),
                    count(labels, overdue),
                    overdue > 0);
            content.add(summary);
            if (!stats.departments().isEmpty()) {
                Div heading = new Div(Ui.muted(labels.text("matching.widget.openByDepartment")));
                heading.getStyle().set("margin-top", "var(--lumo-space-s)");
                Div departments = Ui.table();
                stats.departments().stream()
                        .limit(DEPARTMENTS)
                        .forEach(d -> Ui.row(
                                departments,
                                new Span(d.name()),
                                d.overdue() > 0
                                        ? labels.text("matching.widget.openOverdue", d.open(), d.overdue())
                                        : count(labels, d.open()),
                                d.overdue() > 0));
                content.add(heading, departments);
            }
            content.add(Ui.link(Routes.DESK_STATISTICS, labels.text("matching.deskStats.title")));
            return content;
        }
    }

    /** 出口戦略: projects that end soon (or ended) without an exit strategy. */
    @org.osgi.service.component.annotations.Component(service = DashboardWidget.class)
    public static final class ExitWidget extends DashboardCard {

        private final MatchingServices services;

        @Activate
        public ExitWidget(@Reference MatchingServices services) {
            super("matching.widget.exit", 220, Set.of());
            this.services = services;
        }

        @Override
        public Component createContent() {
            Div content = new Div();
            content.setId("matching-exit-widget");
            Labels labels = Labels.of(content, services);
            var page = services.projects()
                    .search(new ProjectQuery("", null, null, null, true), PageRequest.first(PROJECTS));
            if (page.total() == 0) {
                content.add(Ui.muted(labels.text("matching.widget.exitNone")));
            } else {
                Div table = Ui.table();
                for (Project p : page.items()) {
                    Ui.row(
                            table,
                            new Anchor(Routes.project(p.id()), p.details().title()),
                            labels.text(
                                    "matching.widget.endsOn",
                                    labels.date(p.details().endsOn())),
                            false);
                }
                content.add(new Div(Ui.muted(labels.text("matching.widget.exitCount", page.total()))), table);
            }
            content.add(
                    Ui.link(Routes.PROJECTS + "?" + Routes.EXIT_DUE + "=true", labels.text("matching.projects.title")));
            return content;
        }
    }

    private static String count(Labels labels, long n) {
        return labels.text("matching.widget.count", labels.number(n));
    }
}
