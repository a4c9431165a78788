package jp.kyodo.funding;

import java.time.LocalDate;
import jp.kyodo.core.Records;

/**
 * The evaluation (評価) of a reported activity: outcome-oriented (成果志向).
 *
 * @param rating 1 (poor) to 5 (excellent)
 * @param evaluatedOn null = today
 */
public record Evaluation(int rating, String text, LocalDate evaluatedOn) {

    public Evaluation {
        text = Records.text(text);
    }
}
