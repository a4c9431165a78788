package jp.kyodo.training;

import java.util.List;
import jp.kyodo.core.Records;

/**
 * An understanding survey (理解度調査).
 *
 * @param trainingId the training it measures, null for a survey of all staff; its invited staff are that
 *     training's assignees, otherwise all active staff
 */
public record SurveyDraft(String title, int fiscalYear, Long trainingId, SurveyPhase phase, List<Question> questions) {

    public SurveyDraft {
        title = Records.text(title);
        questions = Records.list(questions);
    }
}
