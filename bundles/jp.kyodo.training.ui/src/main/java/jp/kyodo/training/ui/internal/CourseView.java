package jp.kyodo.training.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.training.Allocation;
import jp.kyodo.training.ApplicationStatus;
import jp.kyodo.training.Course;
import jp.kyodo.training.CourseApplication;
import jp.kyodo.training.CourseDraft;
import jp.kyodo.training.CourseKind;
import jp.kyodo.training.CourseStatus;
import jp.kyodo.training.Graduate;
import jp.kyodo.training.SchoolGrade;
import jp.kyodo.web.FieldErrors;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Navigation;
import jp.kyodo.web.RecordView;
import jp.kyodo.web.Ui;

/**
 * A course's page ({@code training/course?id=N}): its terms and eligibility; staff enter applications for people
 * of the registry and see the applicants; coordinators allocate the places — by the published lottery when
 * oversubscribed, after confirming —, record attendance per session and completion.
 */
final class CourseView extends RecordView<Course> {

    private static final long serialVersionUID = 1L;

    private final transient TrainingServices services;
    private final transient Texts texts = new Texts(this);

    CourseView(TrainingServices services) {
        this.services = services;
    }

    @Override
    protected Course load(long id) {
        return services.courses().get(id);
    }

    @Override
    protected void render(Course c) {
        CourseDraft d = c.details();
        add(Ui.header(d.title(), actions(c).toArray(Component[]::new)));
        Div sub = new Div(
                Ui.badge(texts.status(c), Texts.theme(c)),
                new Span(texts.kind(d)),
                new Span(texts.fiscalYear(d.fiscalYear())));
        sub.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
        sub.setId("training-course-status");
        add(sub);
        Ui.Facts terms = new Ui.Facts()
                .line(t("training.course.period"), texts.period(d.startsOn(), d.endsOn()))
                .line(t("training.course.time"), d.sessionStart() + "〜" + d.sessionEnd())
                .line(
                        t("training.course.sessions"),
                        t("training.course.sessionsValue", d.sessions(), d.requiredSessions()))
                .line(t("training.course.place"), d.place())
                .line(t("training.course.description"), d.description());
        Ui.Facts entry = new Ui.Facts()
                .line(t("training.course.applyPeriod"), texts.period(d.applyFrom(), d.applyUntil()))
                .line(t("training.course.capacity"), t("training.people", d.capacity()))
                .line(t("training.course.applicants"), t("training.people", c.applicants()))
                .line(
                        t("training.course.accepted"),
                        c.status() == CourseStatus.OPEN ? "" : t("training.people", c.accepted()))
                .line(t("training.course.eligibility"), eligibility(d));
        if (c.eventId() != null) {
            entry.line(
                    t("training.course.event"),
                    new Anchor("events/event?id=" + c.eventId(), t("training.course.eventLink")));
        }
        List<Component> cards = new ArrayList<>();
        cards.add(Ui.card(t("training.course.terms"), terms));
        cards.add(Ui.card(t("training.course.entry"), entry));
        if (c.allocatedAt() != null) {
            cards.add(Ui.card(t("training.lottery.title"), lottery(c)));
        }
        add(Ui.cards(cards.toArray(Component[]::new)));
        if (staff && c.accepting(java.time.LocalDate.now(Formats.ZONE))) {
            add(Ui.card(t("training.apply.title"), applyForm(c)));
        }
        if (staff) {
            add(Ui.card(t("training.applications.title"), applications(c)));
        }
        if (coordinator && c.status() == CourseStatus.ALLOCATED) {
            add(Ui.card(t("training.attendance.title"), attendance(c)));
        }
        if (staff && c.status() == CourseStatus.FINISHED) {
            add(Ui.card(t("training.graduates.title"), graduates(c)));
        }
    }

    /** The course's graduates and what they have done since: volunteering recorded, registered as volunteers. */
    private Component graduates(Course c) {
        List<Graduate> graduates = services.courses().graduates(c.details().fiscalYear()).stream()
                .filter(g -> g.courseId() == c.id())
                .toList();
        if (graduates.isEmpty()) {
            return Ui.emptyState(t("training.graduates.empty"));
        }
        Grid<Graduate> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(Graduate::personName)
                .setHeader(t("training.applications.name"))
                .setFlexGrow(2);
        grid.addColumn(g -> texts.date(g.completedOn())).setHeader(t("training.applications.completed"));
        grid.addColumn(g -> CertificateTexts.hours(g.volunteerMinutesSince(), getLocale()))
                .setHeader(t("training.graduates.since"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(g -> g.registeredVolunteer() ? t("training.graduates.volunteer") : "")
                .setHeader(t("training.graduates.registry"));
        grid.setItems(graduates);
        grid.setId("training-graduates-grid");
        return grid;
    }

    private String eligibility(CourseDraft d) {
        List<String> parts = new ArrayList<>();
        if (d.minAge() != null || d.maxAge() != null) {
            parts.add(
                    d.minAge() != null && d.maxAge() != null
                            ? t("training.age.range", d.minAge(), d.maxAge())
                            : d.minAge() != null
                                    ? t("training.age.min", d.minAge())
                                    : t("training.age.max", d.maxAge()));
        }
        if (d.minGrade() != null || d.maxGrade() != null) {
            parts.add((d.minGrade() == null ? "" : grade(d.minGrade())) + "〜"
                    + (d.maxGrade() == null ? "" : grade(d.maxGrade())));
        }
        return parts.isEmpty() ? t("training.eligibility.anyone") : String.join("、", parts);
    }

    private String grade(SchoolGrade g) {
        return t("training.grade." + g.name());
    }

    private Component lottery(Course c) {
        Ui.Facts f = new Ui.Facts()
                .line(t("training.lottery.when"), Formats.dateTime(c.allocatedAt(), getLocale()))
                .line(
                        t("training.lottery.seed"),
                        c.lotterySeed() == null ? t("training.lottery.none") : Long.toString(c.lotterySeed()));
        Div box = new Div(f, Ui.muted(t("training.lottery.how")));
        box.setId("training-lottery");
        return box;
    }

    private List<Component> actions(Course c) {
        List<Component> actions = new ArrayList<>();
        if (!coordinator) {
            return actions;
        }
        if (c.status() == CourseStatus.OPEN) {
            Button edit = new Button(
                    t("training.edit"), VaadinIcon.EDIT.create(), e -> Navigation.navigate(Routes.edit(c.id())));
            edit.setId("training-course-edit");
            actions.add(edit);
            TextField seed = new TextField();
            seed.setPlaceholder(t("training.lottery.seedPlaceholder"));
            seed.setWidth("11rem");
            seed.setId("training-lottery-seed");
            seed.setVisible(c.oversubscribed());
            Button allocate = new Button(
                    c.oversubscribed() ? t("training.lottery.draw") : t("training.lottery.allocate"),
                    VaadinIcon.RANDOM.create(),
                    e -> Ui.confirm(
                            t("training.lottery.confirmTitle", c.details().title()),
                            c.oversubscribed()
                                    ? t(
                                            "training.lottery.confirmText",
                                            c.applicants(),
                                            c.details().capacity())
                                    : t("training.lottery.confirmAll", c.applicants()),
                            c.oversubscribed() ? t("training.lottery.draw") : t("training.lottery.allocate"),
                            () -> allocate(c, seed.getValue())));
            allocate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            allocate.setEnabled(c.applicants() > 0);
            allocate.setId("training-lottery-draw");
            actions.add(seed);
            actions.add(allocate);
            Button cancel = new Button(
                    t("training.course.cancel"),
                    VaadinIcon.BAN.create(),
                    e -> Ui.confirm(
                            t("training.course.cancelTitle", c.details().title()),
                            t("training.course.cancelText"),
                            t("training.course.cancel"),
                            () -> change(
                                    () -> services.courses().cancel(c.id(), c.version()),
                                    "training.course.cancelled")));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            cancel.setId("training-course-cancel");
            actions.add(cancel);
        }
        if (c.status() == CourseStatus.ALLOCATED) {
            Button complete = new Button(
                    t("training.complete.button"),
                    VaadinIcon.DIPLOMA.create(),
                    e -> Ui.confirm(
                            t("training.complete.confirmTitle", c.details().title()),
                            t("training.complete.confirmText", c.details().requiredSessions()),
                            t("training.complete.button"),
                            () -> change(() -> services.courses().complete(c.id()), "training.complete.done")));
            complete.setId("training-course-complete");
            actions.add(complete);
        }
        return actions;
    }

    private void allocate(Course c, String seedText) {
        Long seed = null;
        if (!seedText.isBlank()) {
            try {
                seed = Long.parseLong(seedText.strip());
            } catch (NumberFormatException e) {
                Ui.error(t("training.lottery.badSeed"));
                return;
            }
        }
        Long chosen = seed;
        try {
            Allocation a = services.courses().allocate(c.id(), chosen);
            Ui.success(
                    a.lottery()
                            ? t("training.lottery.drawn", Long.toString(a.seed()))
                            : t("training.lottery.allocated"));
        } catch (DomainException e) {
            Ui.error(e.message(getLocale()));
        }
        reload();
    }

    private Component applyForm(Course c) {
        FieldErrors errors = new FieldErrors(this::getLocale);
        ComboBox<PartnerSummary> person = FormFields.lookup(
                t("training.apply.person"),
                (text, page) -> services
                        .directory()
                        .search(
                                new PartnerQuery(
                                        text,
                                        Set.of(PartnerType.CITIZEN),
                                        Set.of(),
                                        "",
                                        "",
                                        false,
                                        false,
                                        false,
                                        false),
                                page)
                        .items()
                        .stream(),
                PartnerSummary::name,
                p -> p.nameReading(),
                "training-apply-person");
        person.setWidth("22rem");
        errors.require("personId", person, t("training.apply.personRequired"));
        Select<SchoolGrade> grade =
                FormFields.select(t("training.apply.grade"), SchoolGrade.class, this::grade, "training-apply-grade");
        grade.setVisible(c.details().kind() == CourseKind.YOUTH);
        errors.bind("grade", grade);
        Button submit = new Button(t("training.apply.submit"), VaadinIcon.CHECK.create());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("training-apply-submit");
        submit.addClickListener(e -> {
            errors.clearAll();
            if (errors.checkRequired() > 0) {
                return;
            }
            try {
                CourseApplication a =
                        services.courses().apply(c.id(), person.getValue().id(), grade.getValue());
                Ui.success(t("training.apply.done", a.personName()));
                reload();
            } catch (ValidationException v) {
                List<jp.kyodo.core.FieldError> rest = errors.show(v);
                if (!rest.isEmpty()) {
                    Ui.error(rest.stream().map(f -> f.message(getLocale())).toArray(String[]::new));
                }
            } catch (DomainException x) {
                Ui.error(x.message(getLocale()));
            }
        });
        HorizontalLayout row = new HorizontalLayout(person, grade, submit);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private Component applications(Course c) {
        List<CourseApplication> apps = services.courses().applications(c.id());
        if (apps.isEmpty()) {
            return Ui.emptyState(t("training.applications.empty"));
        }
        Grid<CourseApplication> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> a.rank() == null ? "" : Integer.toString(a.rank()))
                .setHeader(t("training.applications.rank"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CourseApplication::personName)
                .setHeader(t("training.applications.name"))
                .setFlexGrow(2);
        if (c.details().kind() == CourseKind.YOUTH) {
            grid.addColumn(a -> a.grade() == null ? "" : grade(a.grade())).setHeader(t("training.apply.grade"));
        }
        grid.addColumn(a -> Formats.dateTime(a.appliedAt(), getLocale()))
                .setHeader(t("training.applications.appliedAt"))
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<CourseApplication>of("<span theme='badge ${item.theme}'>${item.status}</span>")
                        .withProperty(
                                "status",
                                a -> t("training.application." + a.status().name()))
                        .withProperty("theme", a -> switch (a.status()) {
                            case ACCEPTED -> "success";
                            case WAITING -> "contrast";
                            case WITHDRAWN -> "error";
                            case APPLIED -> "";
                        }))
                .setHeader(t("training.status"))
                .setAutoWidth(true);
        grid.addColumn(a -> c.status() == CourseStatus.OPEN
                        ? ""
                        : a.attended() + " / " + c.details().sessions())
                .setHeader(t("training.applications.attended"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> a.completedOn() == null ? "" : texts.date(a.completedOn()))
                .setHeader(t("training.applications.completed"));
        grid.addComponentColumn(a -> {
                    if (a.status() == ApplicationStatus.WITHDRAWN || c.status() == CourseStatus.FINISHED) {
                        return new Span();
                    }
                    Button w = new Button(
                            t("training.applications.withdraw"),
                            e -> Ui.confirm(
                                    t("training.applications.withdrawTitle", a.personName()),
                                    t("training.applications.withdrawText"),
                                    t("training.applications.withdraw"),
                                    () -> change(
                                            () -> services.courses().withdraw(a.id()),
                                            "training.applications.withdrawn")));
                    w.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                    return w;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(apps);
        grid.setId("training-applications-grid");
        return grid;
    }

    private Component attendance(Course c) {
        List<CourseApplication> accepted = services.courses().applications(c.id()).stream()
                .filter(a -> a.status() == ApplicationStatus.ACCEPTED)
                .toList();
        IntegerField session = FormFields.integer(t("training.attendance.session"), "training-attendance-session");
        session.setMin(1);
        session.setMax(c.details().sessions());
        session.setStepButtonsVisible(true);
        session.setValue(1);
        CheckboxGroup<CourseApplication> present = new CheckboxGroup<>(t("training.attendance.present"));
        present.setItems(accepted);
        present.setItemLabelGenerator(CourseApplication::personName);
        present.setId("training-attendance-present");
        Button save = new Button(t("training.attendance.save"), e -> {
            Set<Long> ids = new HashSet<>();
            present.getValue().forEach(a -> ids.add(a.id()));
            Integer s = session.getValue();
            change(
                    () -> services.courses().recordAttendance(c.id(), s == null ? 0 : s, ids),
                    "training.attendance.saved");
        });
        save.setId("training-attendance-save");
        Div box = new Div(session, present, save);
        box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        return box;
    }
}
