package jp.kyodo.training.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.PageRequest;
import jp.kyodo.training.DepartmentProgress;
import jp.kyodo.training.Survey;
import jp.kyodo.training.SurveyStatistics;
import jp.kyodo.training.SurveyStatistics.QuestionResult;
import jp.kyodo.training.Training;
import jp.kyodo.web.DashboardCard;
import jp.kyodo.web.DashboardWidget;
import jp.kyodo.web.Ui;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The training module's dashboard cards: completion by department, the latest survey as a chart. */
public final class Widgets {

    /** Departments the completion card shows: the lowest rates, where reminders are needed. */
    static final int DEPARTMENTS = 8;

    private Widgets() {}

    /** 研修の受講率: the newest training, the departments with the lowest completion first. */
    @org.osgi.service.component.annotations.Component(service = DashboardWidget.class)
    public static final class CompletionWidget extends DashboardCard {

        private final TrainingServices services;

        @Activate
        public CompletionWidget(@Reference TrainingServices services) {
            super("training.widget.completion", 400, Set.of());
            this.services = services;
        }

        @Override
        public Component createContent() {
            Div content = new Div();
            content.setId("training-completion-widget");
            List<Training> newest =
                    services.trainings().search("", null, PageRequest.first(1)).items();
            if (newest.isEmpty()) {
                content.add(Ui.muted(content.getTranslation("training.elearning.empty")));
                return content;
            }
            Training tr = newest.get(0);
            List<DepartmentProgress> lowest = services.trainings().progress(tr.id()).stream()
                    .sorted((a, b) -> Double.compare(a.rate(), b.rate()))
                    .limit(DEPARTMENTS)
                    .toList();
            content.add(
                    new Div(new Anchor(Routes.training(tr.id()), tr.details().title())));
            content.add(Ui.muted(content.getTranslation(
                    "training.widget.overall", Charts.percent(tr.completionRate()), tr.completed(), tr.assigned())));
            content.add(Charts.of(
                    Charts.Size.CARD,
                    Charts.bars(
                            Charts.Size.CARD,
                            content.getTranslation("training.widget.lowest"),
                            lowest.stream().map(DepartmentProgress::department).toList(),
                            lowest.stream().map(DepartmentProgress::rate).toList(),
                            lowest.stream().map(p -> Charts.percent(p.rate())).toList()),
                    "training-completion-chart"));
            content.add(Ui.link(Routes.ELEARNING, content.getTranslation("training.elearning.title")));
            return content;
        }
    }

    /** 理解度調査: the latest survey with responses, the share of each answer to its first question. */
    @org.osgi.service.component.annotations.Component(service = DashboardWidget.class)
    public static final class SurveyWidget extends DashboardCard {

        private final TrainingServices services;

        @Activate
        public SurveyWidget(@Reference TrainingServices services) {
            super("training.widget.survey", 410, Set.of());
            this.services = services;
        }

        @Override
        public Component createContent() {
            Div content = new Div();
            content.setId("training-survey-widget");
            Optional<Survey> latest = services.surveys().latestWithResponses();
            if (latest.isEmpty()) {
                content.add(Ui.muted(content.getTranslation("training.widget.noSurvey")));
                return content;
            }
            Survey s = latest.get();
            SurveyStatistics st = services.surveys().statistics(s.id());
            QuestionResult q = st.questions().get(0);
            content.add(new Div(new Anchor(Routes.survey(s.id()), s.details().title())));
            content.add(Ui.muted(content.getTranslation(
                    "training.widget.responses", st.responses(), st.invited(), Charts.percent(st.responseRate()))));
            List<Double> shares = new java.util.ArrayList<>();
            for (int c = 0; c < q.choices().size(); c++) {
                shares.add(q.percent(c));
            }
            content.add(Charts.of(
                    Charts.Size.CARD,
                    Charts.stacked(
                            Charts.Size.CARD,
                            q.text(),
                            List.of(content.getTranslation("training.survey.all")),
                            List.of(shares),
                            q.choices(),
                            List.of("")),
                    "training-survey-widget-chart"));
            return content;
        }
    }
}
