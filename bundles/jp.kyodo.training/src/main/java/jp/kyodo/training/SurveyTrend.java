package jp.kyodo.training;

import java.util.List;

/**
 * One question across surveys and fiscal years (the same {@link Question#code}), oldest first.
 *
 * @param points one per survey asking the question
 */
public record SurveyTrend(String code, List<String> choices, List<Point> points) {

    public SurveyTrend {
        choices = List.copyOf(choices);
        points = List.copyOf(points);
    }

    /** @param percents share of each choice among those who answered */
    public record Point(
            long surveyId, String title, int fiscalYear, SurveyPhase phase, int answered, List<Double> percents) {

        public Point {
            percents = List.copyOf(percents);
        }
    }
}
