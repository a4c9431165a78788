package jp.kyodo.training.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.FieldError;
import jp.kyodo.training.Question;
import jp.kyodo.training.Survey;
import jp.kyodo.training.SurveyImportReport;
import jp.kyodo.training.SurveyStatistics;
import jp.kyodo.training.SurveyStatistics.DepartmentResult;
import jp.kyodo.training.SurveyStatistics.QuestionResult;
import jp.kyodo.training.SurveyTrend;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.RecordView;
import jp.kyodo.web.Ui;

/**
 * A survey's page ({@code training/survey?id=N}): the response rate, the share of each answer as a chart, the
 * same per department (chart and table), the question across fiscal years; staff in the roster answer here;
 * coordinators import a form service's CSV export — checked first, written only without problems.
 */
final class SurveyView extends RecordView<Survey> {

    private static final long serialVersionUID = 1L;
    private static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final transient TrainingServices services;
    private final transient Texts texts = new Texts(this);
    private transient byte[] file;

    SurveyView(TrainingServices services) {
        this.services = services;
    }

    @Override
    protected Survey load(long id) {
        return services.surveys().get(id);
    }

    @Override
    protected void render(Survey s) {
        add(Ui.header(s.details().title()));
        SurveyStatistics st = services.surveys().statistics(s.id());
        Ui.Facts facts = new Ui.Facts()
                .line(t("training.fiscalYear"), texts.fiscalYear(s.details().fiscalYear()))
                .line(
                        t("training.survey.phase"),
                        t("training.phase." + s.details().phase().name()))
                .line(t("training.survey.invited"), t("training.people", st.invited()))
                .line(t("training.survey.responses"), t("training.people", st.responses()))
                .line(t("training.survey.responseRate"), Charts.percent(st.responseRate()));
        Div rate = new Div(facts);
        rate.setId("training-survey-facts");
        add(Ui.cards(Ui.card(t("training.survey.about"), rate), respond(s)));
        if (st.responses() == 0) {
            add(Ui.card(t("training.survey.results"), Ui.emptyState(t("training.survey.noResponses"))));
        } else {
            add(Ui.card(t("training.survey.results"), overall(st)));
            add(Ui.card(t("training.survey.byDepartment"), byDepartment(st)));
            add(Ui.card(t("training.survey.trend"), trend(s)));
        }
        if (coordinator) {
            add(Ui.card(t("training.import.title"), importer(s)));
        }
    }

    private Component overall(SurveyStatistics st) {
        Div charts = new Div();
        for (int q = 0; q < st.questions().size(); q++) {
            QuestionResult r = st.questions().get(q);
            charts.add(Charts.of(
                    Charts.Size.PAGE,
                    Charts.stacked(
                            Charts.Size.PAGE,
                            r.text(),
                            List.of(t("training.survey.all")),
                            List.of(shares(r)),
                            r.choices(),
                            List.of(t("training.survey.answered", r.answered()))),
                    q == 0 ? "training-survey-chart" : "training-survey-chart-" + q));
        }
        return charts;
    }

    private static List<Double> shares(QuestionResult r) {
        List<Double> shares = new ArrayList<>();
        for (int c = 0; c < r.choices().size(); c++) {
            shares.add(r.percent(c));
        }
        return shares;
    }

    private Component byDepartment(SurveyStatistics st) {
        Select<Integer> question = new Select<>();
        question.setLabel(t("training.survey.question"));
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < st.questions().size(); i++) {
            indexes.add(i);
        }
        question.setItems(indexes);
        question.setItemLabelGenerator(i -> st.questions().get(i).text());
        question.setValue(0);
        question.setWidth("36rem");
        Div chart = new Div();
        Grid<DepartmentResult> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("training-survey-departments");
        Runnable draw = () -> {
            int q = question.getValue();
            List<DepartmentResult> rows = st.departments();
            chart.removeAll();
            chart.add(Charts.of(
                    Charts.Size.PAGE,
                    Charts.stacked(
                            Charts.Size.PAGE,
                            st.questions().get(q).text(),
                            rows.stream().map(DepartmentResult::department).toList(),
                            rows.stream().map(d -> shares(d.questions().get(q))).toList(),
                            st.questions().get(q).choices(),
                            rows.stream()
                                    .map(d -> t(
                                            "training.survey.answered",
                                            d.questions().get(q).answered()))
                                    .toList()),
                    "training-survey-department-chart"));
            grid.removeAllColumns();
            grid.addColumn(DepartmentResult::department)
                    .setHeader(t("training.staff.department"))
                    .setFlexGrow(2);
            grid.addColumn(DepartmentResult::invited)
                    .setHeader(t("training.survey.invited"))
                    .setTextAlign(ColumnTextAlign.END);
            grid.addColumn(DepartmentResult::responses)
                    .setHeader(t("training.survey.responses"))
                    .setTextAlign(ColumnTextAlign.END);
            grid.addColumn(d -> Charts.percent(d.responseRate()))
                    .setHeader(t("training.survey.responseRate"))
                    .setTextAlign(ColumnTextAlign.END);
            List<String> choices = st.questions().get(q).choices();
            for (int c = 0; c < choices.size(); c++) {
                int choice = c;
                grid.addColumn(d -> Charts.percent(d.questions().get(q).percent(choice)))
                        .setHeader(choices.get(c))
                        .setTextAlign(ColumnTextAlign.END);
            }
            grid.setItems(rows);
        };
        question.addValueChangeListener(e -> draw.run());
        draw.run();
        Div box = new Div(question, chart, grid);
        box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        return box;
    }

    private Component trend(Survey s) {
        Question first = s.details().questions().get(0);
        SurveyTrend trend = services.surveys().trend(first.code());
        if (trend.points().size() < 2) {
            return Ui.muted(t("training.survey.noTrend"));
        }
        return Charts.of(
                Charts.Size.PAGE,
                Charts.stacked(
                        Charts.Size.PAGE,
                        first.text(),
                        trend.points().stream()
                                .map(p -> texts.fiscalYear(p.fiscalYear()) + " "
                                        + t("training.phase." + p.phase().name()))
                                .toList(),
                        trend.points().stream().map(SurveyTrend.Point::percents).toList(),
                        trend.choices(),
                        trend.points().stream()
                                .map(p -> t("training.survey.answered", p.answered()))
                                .toList()),
                "training-survey-trend");
    }

    /** Staff in the roster answer once; everyone else sees why not. */
    private Component respond(Survey s) {
        boolean inRoster = services.trainings().me().isPresent();
        if (!inRoster) {
            return Ui.card(t("training.respond.title"), Ui.muted(t("training.respond.notStaff")));
        }
        Map<String, RadioButtonGroup<Integer>> fields = new HashMap<>();
        Div form = new Div();
        for (Question q : s.details().questions()) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(q.text());
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < q.choices().size(); i++) {
                indexes.add(i);
            }
            group.setItems(indexes);
            group.setItemLabelGenerator(i -> q.choices().get(i));
            group.addThemeName("vertical");
            fields.put(q.code(), group);
            form.add(group);
        }
        Button send = new Button(t("training.respond.send"), e -> {
            Map<String, Integer> answers = new HashMap<>();
            fields.forEach((code, g) -> {
                g.setInvalid(false);
                if (g.getValue() != null) {
                    answers.put(code, g.getValue());
                }
            });
            try {
                services.surveys().respond(s.id(), answers);
                Ui.success(t("training.respond.thanks"));
                reload();
            } catch (jp.kyodo.core.ValidationException v) {
                List<String> rest = new ArrayList<>();
                for (FieldError f : v.errors()) {
                    RadioButtonGroup<Integer> g = fields.get(f.field());
                    if (g == null) {
                        rest.add(f.message(getLocale()));
                    } else {
                        g.setErrorMessage(f.message(getLocale()));
                        g.setInvalid(true);
                    }
                }
                if (!rest.isEmpty()) {
                    Ui.error(rest.toArray(String[]::new));
                }
            } catch (DomainException x) {
                Ui.error(x.message(getLocale()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("training-respond-send");
        form.add(new Div(send));
        return Ui.card(t("training.respond.title"), form);
    }

    private Component importer(Survey s) {
        Div result = new Div();
        result.setId("training-import-result");
        Button commit = new Button(t("training.import.commit"));
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.setId("training-import-commit");
        Upload upload = new Upload();
        // the bytes arrive on the request's thread; the check runs in the UI as the signed-in user
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> upload.getUI()
                .ifPresent(ui -> ui.access(() -> {
                    upload.clearFileList();
                    file = bytes;
                    try {
                        show(services.surveys().importCsv(s.id(), bytes, false), result, commit);
                    } catch (DomainException x) {
                        Ui.error(x.message(getLocale()));
                    }
                }))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "application/vnd.ms-excel");
        upload.setI18n(FormFields.uploadTexts(upload, t("training.import.tooLarge"), t("training.import.wrongType")));
        upload.setId("training-import-upload");
        commit.addClickListener(e -> {
            if (file == null) {
                return;
            }
            try {
                SurveyImportReport r = services.surveys().importCsv(s.id(), file, true);
                if (r.committed()) {
                    file = null;
                    Ui.success(t("training.import.done", r.imported()));
                    reload();
                } else {
                    show(r, result, commit);
                }
            } catch (DomainException x) {
                Ui.error(x.message(getLocale()));
            }
        });
        Div box = new Div(Ui.muted(t("training.import.help")), upload, result, commit);
        box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        return box;
    }

    private void show(SurveyImportReport r, Div result, Button commit) {
        result.removeAll();
        if (r.errors().isEmpty()) {
            result.add(Ui.badge(t("training.import.ok", r.rows(), r.charset()), "success"));
            commit.setEnabled(r.rows() > 0);
            return;
        }
        commit.setEnabled(false);
        result.add(new Span(t("training.import.problems", r.errors().size(), r.charset())));
        Grid<FieldError> errors = new Grid<>();
        errors.addThemeVariants(GridVariant.LUMO_COMPACT);
        errors.setAllRowsVisible(r.errors().size() <= 20);
        errors.addColumn(FieldError::field)
                .setHeader(t("training.import.where"))
                .setAutoWidth(true);
        errors.addColumn(f -> f.message(getLocale()))
                .setHeader(t("training.import.what"))
                .setFlexGrow(3);
        errors.setItems(r.errors());
        errors.setId("training-import-errors");
        result.add(errors);
    }
}
