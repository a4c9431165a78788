package jp.kyodo.funding.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.csv.CsvTable;
import jp.kyodo.core.csv.CsvWriter;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeDraft;

/**
 * Open programme calls in the national 支援制度情報 layout (自治体標準オープンデータセット). The layout is data —
 * a CSV of {@code 列名,項目} (column name → field of a programme) in the bundle, replaceable by a file named in
 * the configuration — because the current edition's exact columns are to be confirmed: a correction is a file
 * change, not a code change. A column without a field is written empty.
 */
final class OpenCalls {

    /** The fields a layout may name. */
    static final List<String> FIELDS = List.of(
            "cityCode",
            "cityName",
            "id",
            "title",
            "titleKana",
            "kind",
            "fiscalYear",
            "summary",
            "target",
            "support",
            "maxAmount",
            "subsidyRate",
            "budget",
            "opensOn",
            "closesOn",
            "documents",
            "department",
            "contact",
            "url");

    private final FundingBackend b;

    OpenCalls(FundingBackend b) {
        this.b = b;
    }

    /** The layout's columns with their fields (empty for none). */
    List<String[]> layout() throws IOException {
        String file = b.config().openDataLayout().strip();
        try (InputStream in = file.isEmpty()
                        ? OpenCalls.class.getResourceAsStream("support-schemes-layout.csv")
                        : Files.newInputStream(Path.of(file));
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CsvTable table = CsvTable.read(reader).requireColumns("列名", "項目");
            List<String[]> columns = new ArrayList<>();
            for (CsvRow row : table.rows()) {
                String field = row.get("項目");
                columns.add(new String[] {row.get("列名"), FIELDS.contains(field) ? field : ""});
            }
            return columns;
        }
    }

    void write(List<Programme> programmes, OutputStream out) throws IOException {
        List<String[]> layout = layout();
        CsvWriter csv = new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)).withByteOrderMark();
        csv.row(layout.stream().map(c -> c[0]).toList());
        for (Programme p : programmes) {
            csv.row(layout.stream().map(c -> value(p, c[1])).toList());
        }
        csv.flush();
    }

    private String value(Programme p, String field) {
        ProgrammeDraft d = p.details();
        return switch (field) {
            case "cityCode" -> b.config().cityCode();
            case "cityName" -> b.config().cityName();
            case "id" -> Long.toString(p.id());
            case "title" -> d.title();
            case "titleKana" -> d.titleKana();
            case "kind" -> d.kind().labelJa();
            case "fiscalYear" -> new FiscalYear(d.fiscalYear()).format();
            case "summary" -> d.summary();
            case "target" -> d.target();
            case "support" -> "補助率 " + d.subsidyRate()
                    + (d.maxAmountYen() == null ? "" : "、上限 " + Money.yen(d.maxAmountYen()));
            case "maxAmount" -> d.maxAmountYen() == null ? "" : Long.toString(d.maxAmountYen());
            case "subsidyRate" -> d.subsidyRate().toString();
            case "budget" -> Long.toString(d.budgetYen());
            case "opensOn" -> d.opensOn().format(DateTimeFormatter.ISO_LOCAL_DATE);
            case "closesOn" -> d.closesOn().format(DateTimeFormatter.ISO_LOCAL_DATE);
            case "documents" -> String.join("、", d.requiredDocuments());
            case "department" -> p.departmentName();
            case "contact" -> d.contact();
            case "url" -> d.url();
            default -> "";
        };
    }
}
