package jp.kyodo.funding;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.csv.CsvWriter;

/**
 * The outcome of importing a fund's old ledger, or of its dry run.
 *
 * @param encoding what the file was read as: UTF-8 or Shift_JIS (CP932)
 * @param layout {@code entries} (one line per ledger entry) or {@code years} (one line per fiscal year)
 * @param rows data rows read
 * @param errors every problem, each labelled with its row (as Excel numbers rows: the header is row 1) and
 *     column, e.g. 「3行目 金額」
 * @param committed whether anything was written (never when there are errors)
 * @param imported ledger lines written (or that would be)
 * @param years the fund's years as they are after the import (or would be, for a dry run without errors)
 */
public record LedgerImportReport(
        String encoding,
        String layout,
        int rows,
        List<FieldError> errors,
        boolean committed,
        int imported,
        List<FundYear> years) {

    public LedgerImportReport {
        errors = List.copyOf(errors);
        years = List.copyOf(years);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The problems as CSV (UTF-8 with BOM, columns 位置,内容) staff open in Excel. */
    public void writeErrors(Writer out, Locale locale) throws IOException {
        CsvWriter csv = new CsvWriter(out).withByteOrderMark();
        boolean english = locale != null && "en".equals(locale.getLanguage());
        csv.row(english ? "Position" : "位置", english ? "Problem" : "内容");
        for (FieldError e : errors) {
            csv.row(e.field(), e.message(locale));
        }
        csv.flush();
    }
}
