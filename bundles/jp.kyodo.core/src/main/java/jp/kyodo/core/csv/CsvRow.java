package jp.kyodo.core.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.Message;
import jp.kyodo.core.ValidationException;

/**
 * One data row of a {@link CsvTable}, with the problems found while converting it. Converters read
 * values with {@link #get} or {@link #parse} and report problems with {@link #reject}, so that one pass
 * reports every problem of the row, each labelled with the row number and column (「3行目 団体コード」).
 *
 * <p>Not thread-safe: a row is converted by one thread, once.
 */
public final class CsvRow {

    private final int number;
    private final Map<String, String> values;
    private final List<FieldError> errors = new ArrayList<>();

    CsvRow(int number, Map<String, String> values) {
        this.number = number;
        this.values = Collections.unmodifiableMap(values);
    }

    /** The label of a position in a CSV file as users read it: 「3行目 団体コード」, or 「3行目」. */
    public static String field(int rowNumber, String column) {
        return column == null || column.isEmpty() ? rowNumber + "行目" : rowNumber + "行目 " + column;
    }

    /** The row number as Excel shows it (the header is row 1). */
    public int number() {
        return number;
    }

    /**
     * The value of a column with surrounding white space (including 全角 spaces) removed; the empty
     * string when the cell is empty or the file has no such column.
     */
    public String get(String column) {
        return values.getOrDefault(Objects.requireNonNull(column, "column"), "").strip();
    }

    /**
     * Converts the value of a column. When the parser throws a {@link ValidationException}, its messages
     * are recorded against this row and column and {@code null} is returned, so that the converter can
     * go on checking the other columns.
     */
    public <T> T parse(String column, Function<String, T> parser) {
        try {
            return parser.apply(get(column));
        } catch (ValidationException e) {
            e.errors().forEach(error -> reject(column, error));
            return null;
        }
    }

    /**
     * Records a problem with this row.
     *
     * @param column the column at fault, or {@code null} for the row as a whole
     * @param message what is wrong, in Japanese
     */
    public void reject(String column, String message) {
        errors.add(new FieldError(field(number, column), message));
    }

    /**
     * Records a problem with this row.
     *
     * @param column the column at fault, or {@code null} for the row as a whole
     * @param message what is wrong
     */
    public void reject(String column, Message message) {
        errors.add(new FieldError(field(number, column), message));
    }

    /**
     * Records a problem a parser or a rule found, against this row: the field becomes the row and column,
     * the message (in every language) stays.
     *
     * @param column the column at fault, or {@code null} for the row as a whole
     */
    public void reject(String column, FieldError problem) {
        errors.add(new FieldError(field(number, column), problem.message(), problem.text()));
    }

    /** The problems recorded so far. */
    public List<FieldError> errors() {
        return Collections.unmodifiableList(errors);
    }
}
