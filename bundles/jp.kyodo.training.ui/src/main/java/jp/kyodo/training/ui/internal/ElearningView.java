package jp.kyodo.training.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.LocalDate;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.training.Assignment;
import jp.kyodo.training.Training;
import jp.kyodo.training.TrainingDraft;
import jp.kyodo.web.FieldErrors;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Navigation;
import jp.kyodo.web.Ui;

/**
 * 職員研修: the signed-in member of staff's own trainings first (watch the video, read the slides, then mark it
 * completed), then every training with its completion rate; coordinators create one for all staff or chosen
 * departments.
 */
final class ElearningView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient TrainingServices services;
    private final transient Texts texts = new Texts(this);
    private final Div mine = new Div();
    private final Grid<Training> grid = new Grid<>();

    ElearningView(TrainingServices services) {
        this.services = services;
        setSizeFull();
        Button add = new Button(t("training.elearning.new"), VaadinIcon.PLUS.create(), e -> create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("training-elearning-new");
        add.setVisible(Permissions.hasRole(Role.COORDINATOR));
        add(Ui.header(t("training.elearning.title"), add));
        mine.setWidthFull();
        mine.setId("training-mine");
        add(mine);
        grid.addColumn(tr -> tr.details().title())
                .setHeader(t("training.training.title"))
                .setFlexGrow(3);
        grid.addColumn(tr -> texts.fiscalYear(tr.details().fiscalYear()))
                .setHeader(t("training.fiscalYear"))
                .setAutoWidth(true);
        grid.addColumn(tr -> tr.details().departments().isEmpty()
                        ? t("training.training.allStaff")
                        : String.join("、", tr.details().departments()))
                .setHeader(t("training.training.departments"))
                .setFlexGrow(2);
        grid.addColumn(LitRenderer.<Training>of(
                                "<vaadin-progress-bar value='${item.rate}' style='width:6rem;display:inline-block'>"
                                        + "</vaadin-progress-bar> <span>${item.text}</span>")
                        .withProperty("rate", tr -> tr.completionRate() / 100)
                        .withProperty(
                                "text",
                                tr -> Charts.percent(tr.completionRate()) + "（" + tr.completed() + "/" + tr.assigned()
                                        + "）"))
                .setHeader(t("training.training.completion"))
                .setAutoWidth(true);
        grid.addColumn(tr -> tr.details().dueOn() == null
                        ? ""
                        : texts.date(tr.details().dueOn()))
                .setHeader(t("training.training.dueOn"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addItemClickListener(
                e -> Navigation.navigate(Routes.training(e.getItem().id())));
        grid.setId("training-trainings-grid");
        grid.setEmptyStateText(t("training.elearning.empty"));
        add(grid);
        refresh();
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    private void refresh() {
        mine.removeAll();
        List<Assignment> assignments = services.trainings().myAssignments();
        if (assignments.isEmpty()) {
            mine.add(Ui.muted(
                    services.trainings().me().isPresent() ? t("training.mine.none") : t("training.mine.notStaff")));
        } else {
            Div cards = new Div();
            cards.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
            for (Assignment a : assignments) {
                cards.add(card(a));
            }
            mine.add(cards);
        }
        grid.setItems(
                services.trainings().search("", null, PageRequest.first(200)).items());
    }

    private Div card(Assignment a) {
        Training tr = services.trainings().get(a.trainingId());
        Div links = new Div();
        links.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)");
        if (!tr.details().videoUrl().isEmpty()) {
            Anchor video = new Anchor(tr.details().videoUrl(), t("training.mine.video"));
            video.setTarget("_blank");
            links.add(video);
        }
        if (!tr.details().slidesUrl().isEmpty()) {
            Anchor slides = new Anchor(tr.details().slidesUrl(), t("training.mine.slides"));
            slides.setTarget("_blank");
            links.add(slides);
        }
        Div card;
        if (a.completedAt() == null) {
            Button done = new Button(t("training.mine.complete"), VaadinIcon.CHECK.create(), e -> {
                try {
                    services.trainings().completeMine(a.trainingId());
                    Ui.success(t("training.mine.completed", tr.details().title()));
                } catch (DomainException x) {
                    Ui.error(x.message(getLocale()));
                }
                refresh();
            });
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            done.setId("training-complete-" + a.trainingId());
            Span due = tr.details().dueOn() == null
                    ? new Span()
                    : Ui.muted(t("training.mine.due", texts.date(tr.details().dueOn())));
            if (a.reminders() > 0) {
                // a coordinator's reminder reaches the person here, where they complete the training
                Span reminded = Ui.badge(t("training.mine.reminded", a.reminders()), "error");
                reminded.setId("training-reminded-" + a.trainingId());
                card = Ui.card(tr.details().title(), reminded, links, due, done);
            } else {
                card = Ui.card(tr.details().title(), links, due, done);
            }
        } else {
            card = Ui.card(
                    tr.details().title(),
                    links,
                    Ui.badge(t("training.mine.doneOn", Formats.dateTime(a.completedAt(), getLocale())), "success"));
        }
        card.setId("training-assignment-" + a.trainingId());
        return card;
    }

    private void create() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("training.elearning.new"));
        FieldErrors errors = new FieldErrors(this::getLocale);
        TextField title = FormFields.text(t("training.training.title"), 200, "training-new-title");
        TextArea description = FormFields.area(t("training.training.description"), 4000, "training-new-description");
        TextField video = FormFields.text(t("training.training.videoUrl"), 1000, "training-new-video");
        TextField slides = FormFields.text(t("training.training.slidesUrl"), 1000, "training-new-slides");
        IntegerField year = FormFields.integer(t("training.fiscalYear"), "training-new-year");
        year.setValue(FiscalYear.of(LocalDate.now(Formats.ZONE)).startYear());
        DatePicker due = FormFields.date(t("training.training.dueOn"), getLocale(), "training-new-due");
        CheckboxGroup<String> departments = new CheckboxGroup<>(t("training.training.departmentsHint"));
        departments.setItems(services.trainings().departments());
        departments.setId("training-new-departments");
        errors.require("title", title, t("training.required"))
                .require("fiscalYear", year, t("training.required"))
                .bind("description", description)
                .bind("videoUrl", video)
                .bind("slidesUrl", slides)
                .bind("departments", departments);
        for (TextField f : List.of(title, video, slides)) {
            f.setWidthFull();
        }
        description.setWidthFull();
        VerticalLayout body = new VerticalLayout(title, description, video, slides, year, due, departments);
        body.setPadding(false);
        dialog.add(body);
        dialog.setWidth("40rem");
        Button save = new Button(t("training.save"), e -> {
            errors.clearAll();
            if (errors.checkRequired() > 0) {
                return;
            }
            try {
                Training tr = services.trainings()
                        .create(new TrainingDraft(
                                title.getValue(),
                                description.getValue(),
                                video.getValue(),
                                slides.getValue(),
                                year.getValue(),
                                due.getValue(),
                                java.util.Set.copyOf(departments.getValue())));
                dialog.close();
                Ui.success(t("training.elearning.created", tr.assigned()));
                Navigation.navigate(Routes.training(tr.id()));
            } catch (ValidationException v) {
                List<jp.kyodo.core.FieldError> rest = errors.show(v);
                if (!rest.isEmpty()) {
                    Ui.error(rest.stream().map(f -> f.message(getLocale())).toArray(String[]::new));
                }
            } catch (DomainException x) {
                Ui.error(x.message(getLocale()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("training-new-save");
        dialog.getFooter().add(new Button(t("kyodo.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
