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
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.core.Recently;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.csv.CsvTable;
import jp.kyodo.core.csv.CsvWriter;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeDraft;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.SubsidyRate;

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

    static final int LAYOUT_SECONDS = 10;

    private final FundingBackend b;
    private final Recently<String, List<String[]>> layouts = Recently.keptFor(Duration.ofSeconds(LAYOUT_SECONDS));

    OpenCalls(FundingBackend b) {
        this.b = b;
    }

    /**
     * The layout's columns with their fields (empty for none), read again at most every {@value #LAYOUT_SECONDS}
     * seconds or when the configured file changes (a neighbouring city's calls are read one at a time).
     */
    List<String[]> layout() throws IOException {
        return layouts.get(b.config().openDataLayout().strip(), OpenCalls::read);
    }

    private static List<String[]> read(String file) throws IOException {
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
            return List.copyOf(columns);
        }
    }

    void write(List<Programme> programmes, OutputStream out) throws IOException {
        List<String[]> layout = layout();
        CsvWriter csv = new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)).withByteOrderMark();
        csv.row(header(layout));
        for (Programme p : programmes) {
            csv.row(line(layout, fields(Call.of(p))));
        }
        csv.flush();
    }

    /** The layout's column names: the header line. */
    static List<String> header(List<String[]> layout) {
        return layout.stream().map(c -> c[0]).toList();
    }

    /** A programme's row: each column's field, empty for a column without one. */
    static List<String> line(List<String[]> layout, Map<String, String> fields) {
        return layout.stream().map(c -> fields.getOrDefault(c[1], "")).toList();
    }

    /**
     * Every field of {@link #FIELDS} for the call, as the open data writes it: the one place a programme
     * becomes its 支援制度情報 row (the open data and what is shared with neighbouring cities).
     */
    Map<String, String> fields(Call call) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : FIELDS) {
            fields.put(field, value(call, field));
        }
        return fields;
    }

    private String value(Call p, String field) {
        return switch (field) {
            case "cityCode" -> b.config().cityCode();
            case "cityName" -> b.config().cityName();
            case "id" -> Long.toString(p.id());
            case "title" -> p.title();
            case "titleKana" -> p.titleKana();
            case "kind" -> p.kind().labelJa();
            case "fiscalYear" -> new FiscalYear(p.fiscalYear()).format();
            case "summary" -> p.summary();
            case "target" -> p.target();
            case "support" -> "補助率 " + p.subsidyRate()
                    + (p.maxAmountYen() == null ? "" : "、上限 " + Money.yen(p.maxAmountYen()));
            case "maxAmount" -> p.maxAmountYen() == null ? "" : Long.toString(p.maxAmountYen());
            case "subsidyRate" -> p.subsidyRate().toString();
            case "budget" -> Long.toString(p.budgetYen());
            case "opensOn" -> p.opensOn().format(DateTimeFormatter.ISO_LOCAL_DATE);
            case "closesOn" -> p.closesOn().format(DateTimeFormatter.ISO_LOCAL_DATE);
            case "documents" -> String.join("、", p.documents());
            case "department" -> p.department();
            case "contact" -> p.contact();
            case "url" -> p.url();
            default -> "";
        };
    }

    /**
     * What a programme's public call is made of: the part of a programme the layout's fields are written from
     * (a {@link Programme} of the services, or a row of the batched reads for neighbouring cities).
     */
    record Call(
            long id,
            ProgrammeKind kind,
            int fiscalYear,
            String title,
            String titleKana,
            String summary,
            String target,
            Long maxAmountYen,
            SubsidyRate subsidyRate,
            long budgetYen,
            LocalDate opensOn,
            LocalDate closesOn,
            List<String> documents,
            String department,
            String contact,
            String url) {

        static Call of(Programme p) {
            ProgrammeDraft d = p.details();
            return new Call(
                    p.id(),
                    d.kind(),
                    d.fiscalYear(),
                    d.title(),
                    d.titleKana(),
                    d.summary(),
                    d.target(),
                    d.maxAmountYen(),
                    d.subsidyRate(),
                    d.budgetYen(),
                    d.opensOn(),
                    d.closesOn(),
                    d.requiredDocuments(),
                    p.departmentName(),
                    d.contact(),
                    d.url());
        }

        /** The same call with these required documents. */
        Call withDocuments(List<String> required) {
            return with(List.copyOf(required), department);
        }

        /** The same call with its department's name. */
        Call withDepartment(String name) {
            return with(documents, name);
        }

        private Call with(List<String> required, String departmentName) {
            return new Call(
                    id,
                    kind,
                    fiscalYear,
                    title,
                    titleKana,
                    summary,
                    target,
                    maxAmountYen,
                    subsidyRate,
                    budgetYen,
                    opensOn,
                    closesOn,
                    required,
                    departmentName,
                    contact,
                    url);
        }
    }
}
