package jp.kyodo.training.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.training.Course;
import jp.kyodo.training.CourseKind;
import jp.kyodo.training.CourseQuery;
import jp.kyodo.web.CsvTable;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Navigation;
import jp.kyodo.web.SearchList;

/** 講座: the courses of a fiscal year (this one first) with their places, applicants and state. */
final class CourseListView extends SearchList<CourseQuery, Course> {

    private static final long serialVersionUID = 1L;

    private final transient TrainingServices services;
    private final transient Texts texts = new Texts(this);
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<CourseKind> kind;

    CourseListView(TrainingServices services) {
        super("training-courses");
        this.services = services;
        int current = FiscalYear.of(LocalDate.now(Formats.ZONE)).startYear();
        year.setLabel(t("training.fiscalYear"));
        year.setItems(IntStream.rangeClosed(current - 5, current + 1)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setItemLabelGenerator(texts::fiscalYear);
        year.setValue(current);
        year.setClearButtonVisible(true);
        year.setWidth("16rem");
        year.setId("training-courses-year");
        year.addValueChangeListener(e -> refresh());
        kind = FormFields.filter(
                t("training.course.kind"),
                CourseKind.class,
                k -> t("training.kind." + k.name()),
                "training-courses-kind");
        kind.addValueChangeListener(e -> refresh());
        List<Component> actions = List.of();
        if (Permissions.hasRole(Role.COORDINATOR)) {
            Button add = new Button(
                    t("training.courses.new"), VaadinIcon.PLUS.create(), e -> Navigation.navigate(Routes.COURSE_EDIT));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("training-courses-new");
            actions = List.of(add);
        }
        layout(t("training.courses.title"), t("training.courses.placeholder"), actions, List.of(year, kind));
    }

    @Override
    protected CourseQuery currentQuery() {
        return new CourseQuery(search.getValue(), kind.getValue(), year.getValue(), null);
    }

    @Override
    protected Page<Course> search(CourseQuery query, PageRequest page) {
        return services.courses().search(query, page);
    }

    @Override
    protected void columns(Grid<Course> grid) {
        grid.addColumn(LitRenderer.<Course>of("<div style='line-height:1.4;padding:var(--lumo-space-xs) 0'>"
                                + "<div style='font-weight:600;white-space:normal'>${item.title}</div>"
                                + "<div style='font-size:var(--lumo-font-size-s);color:var(--lumo-secondary-text-color)'>"
                                + "${item.kind}</div></div>")
                        .withProperty("title", c -> c.details().title())
                        .withProperty("kind", c -> texts.kind(c.details())))
                .setHeader(t("training.course.title"))
                .setSortProperty("title")
                .setFlexGrow(3);
        grid.addColumn(c -> texts.period(c.details().startsOn(), c.details().endsOn()))
                .setHeader(t("training.course.period"))
                .setSortProperty("startsOn")
                .setFlexGrow(2);
        grid.addColumn(c -> texts.period(c.details().applyFrom(), c.details().applyUntil()))
                .setHeader(t("training.course.applyPeriod"))
                .setFlexGrow(2);
        grid.addColumn(texts::places)
                .setHeader(t("training.course.places"))
                .setSortProperty("applicants")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<Course>of("<span theme='badge ${item.theme}'>${item.status}</span>")
                        .withProperty("status", texts::status)
                        .withProperty("theme", Texts::theme))
                .setHeader(t("training.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    @Override
    protected void open(Course c) {
        Navigation.navigate(Routes.course(c.id()));
    }

    @Override
    protected String emptyText() {
        return t("training.courses.empty");
    }

    @Override
    protected CsvTable<Course> csv() {
        return new CsvTable<Course>()
                .text(t("training.course.title"), c -> c.details().title())
                .value(t("training.course.kind"), c -> texts.kind(c.details()))
                .value(
                        t("training.fiscalYear"),
                        c -> Integer.toString(c.details().fiscalYear()))
                .value(
                        t("training.course.startsOn"),
                        c -> c.details().startsOn().toString())
                .value(t("training.course.endsOn"), c -> c.details().endsOn().toString())
                .value(
                        t("training.course.capacity"),
                        c -> Integer.toString(c.details().capacity()))
                .value(t("training.course.applicants"), c -> Integer.toString(c.applicants()))
                .value(t("training.course.accepted"), c -> Integer.toString(c.accepted()))
                .value(t("training.status"), texts::status);
    }

    @Override
    protected String exportName() {
        return t("training.courses.exportName");
    }
}
