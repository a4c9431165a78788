package jp.kyodo.training.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.training.Course;
import jp.kyodo.training.CourseDraft;
import jp.kyodo.training.CourseKind;
import jp.kyodo.training.SchoolGrade;
import jp.kyodo.web.EditForm;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Formats;

/** A course planned or changed ({@code training/course/edit[?id=N]}); the service checks every rule. */
final class CourseForm extends EditForm<Course> {

    private static final long serialVersionUID = 1L;

    private final transient TrainingServices services;
    private final Select<CourseKind> kind;
    private final TextField title = FormFields.text(t("training.course.title"), 200, "training-course-title");
    private final TextArea description =
            FormFields.area(t("training.course.description"), 4000, "training-course-description");
    private final IntegerField fiscalYear = FormFields.integer(t("training.fiscalYear"), "training-course-year");
    private final IntegerField capacity = FormFields.integer(t("training.course.capacity"), "training-course-capacity");
    private final IntegerField minAge = FormFields.integer(t("training.course.minAge"), "training-course-min-age");
    private final IntegerField maxAge = FormFields.integer(t("training.course.maxAge"), "training-course-max-age");
    private final Select<SchoolGrade> minGrade;
    private final Select<SchoolGrade> maxGrade;
    private final DatePicker applyFrom;
    private final DatePicker applyUntil;
    private final DatePicker startsOn;
    private final DatePicker endsOn;
    private final TimePicker sessionStart = new TimePicker(t("training.course.sessionStart"));
    private final TimePicker sessionEnd = new TimePicker(t("training.course.sessionEnd"));
    private final IntegerField sessions =
            FormFields.integer(t("training.course.sessionCount"), "training-course-sessions");
    private final IntegerField requiredSessions =
            FormFields.integer(t("training.course.requiredSessions"), "training-course-required");
    private final TextField place = FormFields.text(t("training.course.place"), 200, "training-course-place");
    private final Checkbox publish = new Checkbox(t("training.course.publish"));

    CourseForm(TrainingServices services) {
        super("training.courseForm.newTitle", "training.courseForm.editTitle", "training-course");
        this.services = services;
        kind = FormFields.select(
                t("training.course.kind"),
                CourseKind.class,
                k -> t("training.kind." + k.name()),
                "training-course-kind");
        minGrade = FormFields.select(
                t("training.course.minGrade"),
                SchoolGrade.class,
                g -> t("training.grade." + g.name()),
                "training-course-min-grade");
        maxGrade = FormFields.select(
                t("training.course.maxGrade"),
                SchoolGrade.class,
                g -> t("training.grade." + g.name()),
                "training-course-max-grade");
        minGrade.setEmptySelectionAllowed(true);
        maxGrade.setEmptySelectionAllowed(true);
        applyFrom = FormFields.date(t("training.course.applyFrom"), getLocale(), "training-course-apply-from");
        applyUntil = FormFields.date(t("training.course.applyUntil"), getLocale(), "training-course-apply-until");
        startsOn = FormFields.date(t("training.course.startsOn"), getLocale(), "training-course-starts");
        endsOn = FormFields.date(t("training.course.endsOn"), getLocale(), "training-course-ends");
        sessionStart.setId("training-course-session-start");
        sessionEnd.setId("training-course-session-end");
        publish.setId("training-course-publish");
        kind.addValueChangeListener(e -> showEligibility());
        errors.require("kind", kind, t("training.required"))
                .require("title", title, t("training.required"))
                .require("fiscalYear", fiscalYear, t("training.required"))
                .require("capacity", capacity, t("training.required"))
                .require("applyFrom", applyFrom, t("training.required"))
                .require("applyUntil", applyUntil, t("training.required"))
                .require("startsOn", startsOn, t("training.required"))
                .require("endsOn", endsOn, t("training.required"))
                .require("sessionStart", sessionStart, t("training.required"))
                .require("sessionEnd", sessionEnd, t("training.required"))
                .require("sessions", sessions, t("training.required"))
                .require("requiredSessions", requiredSessions, t("training.required"))
                .bind("description", description)
                .bind("minAge", minAge)
                .bind("maxAge", maxAge)
                .bind("minGrade", minGrade)
                .bind("maxGrade", maxGrade)
                .bind("place", place);
        layout(
                section(
                        t("training.course.terms"),
                        kind,
                        wide(title),
                        wide(description),
                        fiscalYear,
                        place,
                        startsOn,
                        endsOn,
                        sessionStart,
                        sessionEnd,
                        sessions,
                        requiredSessions),
                section(
                        t("training.course.entry"),
                        capacity,
                        applyFrom,
                        applyUntil,
                        minAge,
                        maxAge,
                        minGrade,
                        maxGrade,
                        publish));
    }

    private void showEligibility() {
        boolean youth = kind.getValue() == CourseKind.YOUTH;
        minGrade.setVisible(youth);
        maxGrade.setVisible(youth);
        minAge.setVisible(!youth);
        maxAge.setVisible(!youth);
    }

    @Override
    protected void prepare(com.vaadin.flow.router.QueryParameters parameters) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        kind.setValue(CourseKind.COLLEGE);
        fiscalYear.setValue(FiscalYear.of(today).startYear());
        minAge.setValue(50);
        capacity.setValue(20);
        sessions.setValue(10);
        requiredSessions.setValue(8);
        sessionStart.setValue(LocalTime.of(10, 0));
        sessionEnd.setValue(LocalTime.of(12, 0));
        publish.setValue(true);
        showEligibility();
    }

    @Override
    protected Course load(long id) {
        return services.courses().get(id);
    }

    @Override
    protected long idOf(Course c) {
        return c.id();
    }

    @Override
    protected int versionOf(Course c) {
        return c.version();
    }

    @Override
    protected void fill(Course c) {
        CourseDraft d = c.details();
        kind.setValue(d.kind());
        title.setValue(d.title());
        description.setValue(d.description());
        fiscalYear.setValue(d.fiscalYear());
        capacity.setValue(d.capacity());
        minAge.setValue(d.minAge());
        maxAge.setValue(d.maxAge());
        minGrade.setValue(d.minGrade());
        maxGrade.setValue(d.maxGrade());
        applyFrom.setValue(d.applyFrom());
        applyUntil.setValue(d.applyUntil());
        startsOn.setValue(d.startsOn());
        endsOn.setValue(d.endsOn());
        sessionStart.setValue(d.sessionStart());
        sessionEnd.setValue(d.sessionEnd());
        sessions.setValue(d.sessions());
        requiredSessions.setValue(d.requiredSessions());
        place.setValue(d.place());
        publish.setValue(d.publishAsEvent());
        showEligibility();
    }

    @Override
    protected Course store(Long id, int version) {
        boolean youth = kind.getValue() == CourseKind.YOUTH;
        CourseDraft d = new CourseDraft(
                kind.getValue(),
                title.getValue(),
                description.getValue(),
                fiscalYear.getValue(),
                capacity.getValue(),
                youth ? null : minAge.getValue(),
                youth ? null : maxAge.getValue(),
                youth ? minGrade.getValue() : null,
                youth ? maxGrade.getValue() : null,
                applyFrom.getValue(),
                applyUntil.getValue(),
                startsOn.getValue(),
                endsOn.getValue(),
                sessionStart.getValue(),
                sessionEnd.getValue(),
                sessions.getValue(),
                requiredSessions.getValue(),
                place.getValue(),
                publish.getValue());
        return id == null ? services.courses().create(d) : services.courses().update(id, version, d);
    }

    @Override
    protected String pageOf(long id) {
        return Routes.course(id);
    }

    @Override
    protected String backRoute() {
        return Routes.COURSES;
    }

    @Override
    protected Component firstField() {
        return title;
    }
}
