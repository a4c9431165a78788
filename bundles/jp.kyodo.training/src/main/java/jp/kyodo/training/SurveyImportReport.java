package jp.kyodo.training;

import java.util.List;
import jp.kyodo.core.FieldError;

/**
 * What an import of a form service's CSV found and did. Nothing is written when any row has a problem.
 *
 * @param charset the detected character set: {@code UTF-8} or {@code Shift_JIS}
 * @param rows data rows read
 * @param errors every problem, by row number (as Excel shows it) and column
 * @param committed whether the responses were written
 * @param imported responses written
 */
public record SurveyImportReport(String charset, int rows, List<FieldError> errors, boolean committed, int imported) {

    public SurveyImportReport {
        errors = List.copyOf(errors);
    }
}
