package jp.kyodo.events;

import java.util.List;
import jp.kyodo.core.FieldError;

/**
 * What an import of an event list found and did. Nothing is written unless every row is valid.
 *
 * @param layout the layout recognised from the header (e.g. {@code current}, {@code 2019})
 * @param charset {@code UTF-8} or {@code Shift_JIS} (CP932)
 * @param rows data rows read
 * @param errors every problem, each labelled 「3行目 開始日」
 * @param committed whether the events were written
 * @param created new events
 * @param updated events of the same city and ID imported before, updated
 */
public record EventImportReport(
        String layout, String charset, int rows, List<FieldError> errors, boolean committed, int created, int updated) {

    public EventImportReport {
        errors = List.copyOf(errors);
    }
}
