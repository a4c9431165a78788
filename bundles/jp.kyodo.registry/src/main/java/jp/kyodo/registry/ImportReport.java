package jp.kyodo.registry;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
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

    /** One problem in the file. */
    public record RowError(int row, String column, String message) {}

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Writes the errors as a CSV (UTF-8 with BOM, header 行,列,内容) staff can open in Excel. */
    public void writeErrors(Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out).withByteOrderMark();
        csv.row("行", "列", "内容");
        for (RowError e : errors) {
            csv.row(Integer.toString(e.row()), e.column(), e.message());
        }
        csv.flush();
    }
}
