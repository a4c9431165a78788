package jp.kyodo.registry;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.kyodo.core.Message;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.csv.CsvWriter;

/**
 * The outcome of a CSV import or of its dry run.
 *
 * @param kind what the file held
 * @param encoding the character set the file was read with (UTF-8 or Shift_JIS)
 * @param rows data rows read
 * @param errors every problem, by row (as Excel numbers rows: the header is row 1) and column
 * @param committed true when the rows were written (never when there are errors)
 * @param imported rows written
 */
public record ImportReport(
        PartnerKind kind, String encoding, int rows, List<RowError> errors, boolean committed, int imported) {

    /** The registry's own texts (the error report's header), in the bundle of this class. */
    private static final MessageCatalog MESSAGES =
            MessageCatalog.of(ImportReport.class, "jp.kyodo.registry.internal.messages");

    /**
     * One problem in the file.
     *
     * @param row the row as Excel numbers it (the header is row 1)
     * @param column the column at fault as the file names it, or the empty string for the row as a whole
     * @param message what is wrong, in Japanese
     * @param text the same as a {@link Message}, for other languages; null when only Japanese was given
     *     (since 1.2)
     */
    public record RowError(int row, String column, String message, Message text) {

        /** A problem described in Japanese only. */
        public RowError(int row, String column, String message) {
            this(row, column, message, null);
        }

        /** A problem in any language asked for. @since 1.2 */
        public RowError(int row, String column, Message message) {
            this(row, column, Objects.requireNonNull(message, "message").toString(), message);
        }

        /** What is wrong, in the language (English for {@code en}, otherwise Japanese). @since 1.2 */
        public String message(Locale locale) {
            return text == null ? message : text.in(locale);
        }

        /** Equal when row, column and the (Japanese) message are: the same problem, however it was built. */
        @Override
        public boolean equals(Object o) {
            return o instanceof RowError e
                    && row == e.row
                    && Objects.equals(column, e.column)
                    && Objects.equals(message, e.message);
        }

        @Override
        public int hashCode() {
            return Objects.hash(row, column, message);
        }
    }

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Writes the errors as a CSV (UTF-8 with BOM, header 行,列,内容) staff can open in Excel. */
    public void writeErrors(Writer out) throws IOException {
        writeErrors(out, Locale.JAPANESE);
    }

    /**
     * Writes the errors as a CSV (UTF-8 with BOM) staff can open in Excel, header and messages in the
     * language (English for {@code en}, otherwise Japanese); the columns keep the file's names.
     *
     * @since 1.2
     */
    public void writeErrors(Writer out, Locale locale) throws IOException {
        CsvWriter csv = new CsvWriter(out).withByteOrderMark();
        csv.row(
                MESSAGES.get("report.row").in(locale),
                MESSAGES.get("report.column").in(locale),
                MESSAGES.get("report.message").in(locale));
        for (RowError e : errors) {
            csv.row(Integer.toString(e.row()), e.column(), e.message(locale));
        }
        csv.flush();
    }
}
