package jp.kyodo.training.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.training.Assignment;
import jp.kyodo.training.DepartmentProgress;
import jp.kyodo.training.Question;
import jp.kyodo.training.Survey;
import jp.kyodo.training.SurveyDraft;
import jp.kyodo.training.SurveyPhase;
import jp.kyodo.training.Training;
import jp.kyodo.web.FieldErrors;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Navigation;
import jp.kyodo.web.RecordView;
import jp.kyodo.web.Ui;

/**
 * A training's page ({@code training/elearning/training?id=N}): the material, completion per department as a
 * chart and a table, the staff who have not completed (staff), reminders (coordinators, after confirming) and
 * the training's before/after surveys.
 */
final class TrainingView extends RecordView<Training> {

    private static final long serialVersionUID = 1L;

    private final transient TrainingServices services;
    private final transient Texts texts = new Texts(this);

    TrainingView(TrainingServices services) {
        this.services = services;
    }

    @Override
    protected Training load(long id) {
        return services.trainings().get(id);
    }

    @Override
    protected void render(Training tr) {
        List<Component> actions = new ArrayList<>();
        if (coordinator) {
            Button remind = new Button(
                    t("training.remind.button"),
                    VaadinIcon.BELL.create(),
                    e -> Ui.confirm(
                            t("training.remind.confirmTitle"),
                            t("training.remind.confirmText", tr.assigned() - tr.completed()),
                            t("training.remind.button"),
                            () -> {
                                try {
                                    int n = services.trainings().remind(tr.id());
                                    Ui.success(t("training.remind.done", n));
                                } catch (DomainException x) {
                                    Ui.error(x.message(getLocale()));
                                }
                                reload();
                            }));
            remind.setEnabled(tr.completed() < tr.assigned());
            remind.setId("training-remind");
            Button survey =
                    new Button(t("training.survey.new"), VaadinIcon.CLIPBOARD_CHECK.create(), e -> newSurvey(tr));
            survey.setId("training-survey-new");
            actions.add(survey);
            actions.add(remind);
        }
        add(Ui.header(tr.details().title(), actions.toArray(Component[]::new)));
        Ui.Facts facts = new Ui.Facts()
                .line(t("training.fiscalYear"), texts.fiscalYear(tr.details().fiscalYear()))
                .line(
                        t("training.training.departments"),
                        tr.details().departments().isEmpty()
                                ? t("training.training.allStaff")
                                : String.join("、", tr.details().departments()))
                .line(
                        t("training.training.dueOn"),
                        tr.details().dueOn() == null
                                ? ""
                                : texts.date(tr.details().dueOn()))
                .line(
                        t("training.training.completion"),
                        Charts.percent(tr.completionRate()) + "（" + tr.completed() + " / " + tr.assigned() + "）")
                .line(t("training.training.description"), tr.details().description());
        if (!tr.details().videoUrl().isEmpty()) {
            facts.line(
                    t("training.mine.video"),
                    new Anchor(tr.details().videoUrl(), tr.details().videoUrl()));
        }
        if (!tr.details().slidesUrl().isEmpty()) {
            facts.line(
                    t("training.mine.slides"),
                    new Anchor(tr.details().slidesUrl(), tr.details().slidesUrl()));
        }
        add(Ui.cards(Ui.card(t("training.training.about"), facts), Ui.card(t("training.surveys.title"), surveys(tr))));
        List<DepartmentProgress> progress = services.trainings().progress(tr.id());
        add(Ui.card(
                t("training.progress.title"),
                progress.isEmpty()
                        ? Ui.emptyState(t("training.progress.empty"))
                        : Charts.of(
                                Charts.Size.PAGE,
                                Charts.bars(
                                        Charts.Size.PAGE,
                                        t("training.progress.chart"),
                                        progress.stream()
                                                .map(DepartmentProgress::department)
                                                .toList(),
                                        progress.stream()
                                                .map(DepartmentProgress::rate)
                                                .toList(),
                                        progress.stream()
                                                .map(p -> Charts.percent(p.rate()) + "（" + p.completed() + "/"
                                                        + p.assigned() + "）")
                                                .toList()),
                                "training-progress-chart")));
        if (staff) {
            add(Ui.card(t("training.open.title"), open(tr)));
        }
    }

    private Component surveys(Training tr) {
        List<Survey> linked =
                services.surveys().search(tr.details().fiscalYear(), PageRequest.first(100)).items().stream()
                        .filter(s ->
                                s.details().trainingId() != null && s.details().trainingId() == tr.id())
                        .toList();
        if (linked.isEmpty()) {
            return Ui.emptyState(t("training.surveys.empty"));
        }
        Div list = new Div();
        for (Survey s : linked) {
            Anchor a = new Anchor(
                    Routes.survey(s.id()),
                    t("training.phase." + s.details().phase().name()) + "："
                            + s.details().title() + "（" + t("training.survey.responseRate") + " "
                            + Charts.percent(s.responseRate()) + "）");
            list.add(new Div(a));
        }
        return list;
    }

    private Component open(Training tr) {
        Grid<Assignment> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setHeight("22rem");
        grid.setWidth("44rem");
        grid.getStyle().set("max-width", "100%");
        grid.addColumn(Assignment::department).setHeader(t("training.staff.department"));
        grid.addColumn(Assignment::staffNumber)
                .setHeader(t("training.staff.number"))
                .setAutoWidth(true);
        grid.addColumn(Assignment::name).setHeader(t("training.staff.name"));
        grid.addColumn(Assignment::reminders)
                .setHeader(t("training.open.reminders"))
                .setAutoWidth(true);
        grid.setItems(
                q -> services
                        .trainings()
                        .assignments(tr.id(), true, new PageRequest(q.getOffset(), q.getLimit(), List.of()))
                        .items()
                        .stream(),
                q -> (int) services.trainings()
                        .assignments(tr.id(), true, PageRequest.first(1))
                        .total());
        grid.setEmptyStateText(t("training.open.none"));
        grid.setId("training-open-grid");
        return grid;
    }

    /** A survey of the training: title, before/after, questions one per line: {@code code: 設問 = 選択肢 / 選択肢}. */
    private void newSurvey(Training tr) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("training.survey.new"));
        FieldErrors errors = new FieldErrors(this::getLocale);
        TextField title = FormFields.text(t("training.survey.titleField"), 200, "training-survey-title");
        title.setWidthFull();
        Select<SurveyPhase> phase = FormFields.select(
                t("training.survey.phase"),
                SurveyPhase.class,
                p -> t("training.phase." + p.name()),
                "training-survey-phase");
        phase.setValue(SurveyPhase.BEFORE);
        TextArea questions = FormFields.area(t("training.survey.questions"), 8000, "training-survey-questions");
        questions.setWidthFull();
        questions.setHelperText(t("training.survey.questionsHelp"));
        questions.setValue("kyodo: 「協働」という言葉の意味と実践方法を知っていますか = 知っており、理解している / 聞いたことはあるが、よく分からない / 知らない");
        errors.require("title", title, t("training.required"))
                .bind("questions", questions)
                .bind("phase", phase);
        VerticalLayout body = new VerticalLayout(title, phase, questions);
        body.setPadding(false);
        dialog.add(body);
        dialog.setWidth("44rem");
        Button save = new Button(t("training.save"), e -> {
            errors.clearAll();
            if (errors.checkRequired() > 0) {
                return;
            }
            try {
                Survey s = services.surveys()
                        .create(new SurveyDraft(
                                title.getValue(),
                                tr.details().fiscalYear(),
                                tr.id(),
                                phase.getValue(),
                                parse(questions.getValue())));
                dialog.close();
                Navigation.navigate(Routes.survey(s.id()));
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
        save.setId("training-survey-save");
        dialog.getFooter().add(new Button(t("kyodo.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** {@code code: text = a / b / c}, one question a line; what does not parse becomes a question the service refuses. */
    static List<Question> parse(String text) {
        List<Question> questions = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            int equals = line.indexOf('=');
            String code = colon < 0 ? "" : line.substring(0, colon).strip();
            String question = line.substring(colon + 1, equals < 0 ? line.length() : equals)
                    .strip();
            List<String> choices = equals < 0
                    ? List.of()
                    : java.util.Arrays.stream(line.substring(equals + 1).split("[/／]"))
                            .map(String::strip)
                            .toList();
            questions.add(new Question(code, question, choices));
        }
        return questions;
    }
}
