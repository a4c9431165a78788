package jp.kyodo.training;

import java.util.List;
import jp.kyodo.core.Records;

/**
 * A single-choice question.
 *
 * @param code a stable key, the same in every year's survey so that years can be compared (e.g. {@code kyodo})
 * @param text the question as staff read it (and as the form service's CSV header names it)
 * @param choices the answers in order, at least two
 */
public record Question(String code, String text, List<String> choices) {

    public Question {
        code = Records.text(code);
        text = Records.text(text);
        choices = Records.list(choices);
    }
}
