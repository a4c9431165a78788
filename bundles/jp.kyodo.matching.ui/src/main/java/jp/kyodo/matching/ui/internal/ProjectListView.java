package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.matching.Agenda;
import jp.kyodo.matching.CollaborationForm;
import jp.kyodo.matching.CollaborationProjects;
import jp.kyodo.matching.Project;
import jp.kyodo.matching.ProjectQuery;
import jp.kyodo.web.CsvTable;

/**
 * 協働事業台帳: the collaboration projects, recently changed first, by form, department, agenda and those
 * ending soon without an exit strategy (出口戦略未定); {@code ?agenda=N} shows one agenda's projects.
 */
final class ProjectListView extends MatchingList<ProjectQuery, Project> implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    private final ComboBox<CollaborationForm> form;
    private final ComboBox<PartnerRef> department;
    private final ComboBox<Agenda> agenda = new ComboBox<>();
    private final Checkbox exitDue = new Checkbox();

    ProjectListView(MatchingServices services) {
        super(services, "matching-projects");
        form = Fields.filter(t("matching.project.form"), CollaborationForm.class, labels, "matching-projects-form");
        form.addValueChangeListener(e -> refresh());
        department =
                Fields.department(t("matching.project.department"), services, labels, "matching-projects-department");
        department.setWidth("18rem");
        department.addValueChangeListener(e -> refresh());
        agenda.setLabel(t("matching.project.agenda"));
        agenda.setItems(agendas());
        agenda.setItemLabelGenerator(a -> a.details().title());
        agenda.setClearButtonVisible(true);
        agenda.setId("matching-projects-agenda");
        agenda.addValueChangeListener(e -> refresh());
        exitDue.setLabel(t("matching.projects.exitDueOnly"));
        exitDue.setId("matching-projects-exit");
        exitDue.addValueChangeListener(e -> refresh());
        List<Component> actions = new ArrayList<>();
        if (Permissions.hasRole(Role.STAFF)) {
            Button add = new Button(
                    t("matching.projects.new"), VaadinIcon.PLUS.create(), e -> Routes.navigate(Routes.PROJECT_EDIT));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("matching-projects-new");
            actions.add(add);
        }
        layout(
                t("matching.projects.title"),
                t("matching.projects.placeholder"),
                actions,
                List.of(form, department, agenda, exitDue));
    }

    private List<Agenda> agendas() {
        try {
            return services.projects().agendas();
        } catch (DomainException e) {
            return List.of();
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (event.getLocation()
                .getQueryParameters()
                .getParameters()
                .getOrDefault(Routes.EXIT_DUE, List.of())
                .contains("true")) {
            exitDue.setValue(true);
        }
        Routes.id(event.getLocation().getQueryParameters(), Routes.AGENDA_ID)
                .flatMap(id -> agendas().stream().filter(a -> a.id() == id).findFirst())
                .ifPresent(agenda::setValue);
    }

    @Override
    protected ProjectQuery currentQuery() {
        return new ProjectQuery(
                search.getValue(),
                form.getValue(),
                department.getValue() == null ? null : department.getValue().id(),
                agenda.getValue() == null ? null : agenda.getValue().id(),
                exitDue.getValue());
    }

    @Override
    protected Page<Project> search(ProjectQuery query, PageRequest page) {
        return services.projects().search(query, page);
    }

    @Override
    protected void columns(Grid<Project> grid) {
        grid.addColumn(LitRenderer.<Project>of("<div style='line-height:1.4;padding:var(--lumo-space-xs) 0'>"
                                + "<div style='font-weight:600;white-space:normal'>${item.title}</div>"
                                + "<div style='font-size:var(--lumo-font-size-s);"
                                + "color:var(--lumo-secondary-text-color)'>${item.department}</div></div>")
                        .withProperty("title", p -> p.details().title())
                        .withProperty("department", Project::departmentName))
                .setHeader(t("matching.project.title"))
                .setSortProperty(CollaborationProjects.SORT_TITLE)
                .setFlexGrow(3);
        grid.addColumn(p -> labels.of(p.details().form()))
                .setHeader(t("matching.project.form"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<Project>of("<div style='line-height:1.4'><div>${item.from}</div>"
                                + "<div>${item.until}</div></div>")
                        .withProperty("from", p -> labels.date(p.details().startsOn()) + " 〜")
                        .withProperty("until", p -> labels.date(p.details().endsOn())))
                .setHeader(t("matching.project.period"))
                .setSortProperty(CollaborationProjects.SORT_ENDS)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> labels.yen(p.details().budgetYen()))
                .setHeader(t("matching.project.budget"))
                .setSortProperty(CollaborationProjects.SORT_BUDGET)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<Project>of("<span>${item.exit}</span>"
                                + "<span theme='badge error small' ?hidden=${!item.due}>${item.dueText}</span>")
                        .withProperty("exit", p -> labels.of(p.details().exit()))
                        .withProperty("due", Project::exitDue)
                        .withProperty("dueText", p -> t("matching.project.exitDue")))
                .setHeader(t("matching.project.exit"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Project::agendaTitle)
                .setHeader(t("matching.project.agenda"))
                .setFlexGrow(1);
    }

    @Override
    protected void open(Project project) {
        Routes.navigate(Routes.project(project.id()));
    }

    @Override
    protected String emptyText() {
        return t("matching.projects.empty");
    }

    @Override
    protected CsvTable<Project> csv() {
        return CsvLayouts.of(services).projects();
    }

    @Override
    protected String exportName() {
        return t("matching.projects.exportName");
    }
}
