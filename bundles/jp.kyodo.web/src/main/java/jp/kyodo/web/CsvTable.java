package jp.kyodo.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.csv.CsvWriter;

/**
 * A list as CSV that Excel opens correctly: Japanese headers, UTF-8 with a byte-order mark, CRLF, numbers
 * without grouping (so Excel reads them as numbers), dates as {@code 2026/11/23}. Rows are read through the
 * service's search, page by page, so an export sees exactly what the list's filters match and what the
 * user may see.
 *
 * @param <T> the record type of a row
 */
public final class CsvTable<T> {

    /** Rows read per call of the service. */
    static final int PAGE_SIZE = 500;

    private record Column<T>(String header, Function<T, String> value, boolean text) {}

    private final List<Column<T>> columns = new ArrayList<>();

    /** A column of text typed by people: a leading {@code = + - @} is neutralised (no formulas in Excel). */
    public CsvTable<T> text(String header, Function<T, String> value) {
        columns.add(new Column<>(header, value, true));
        return this;
    }

    /** A column of numbers, codes or dates the module writes itself, written as they are. */
    public CsvTable<T> value(String header, Function<T, String> value) {
        columns.add(new Column<>(header, value, false));
        return this;
    }

    public List<String> header() {
        return columns.stream().map(Column::header).toList();
    }

    public List<String> row(T item) {
        List<String> values = new ArrayList<>(columns.size());
        for (Column<T> c : columns) {
            String v = c.value().apply(item);
            values.add(v == null ? "" : c.text() ? neutralise(v) : v);
        }
        return values;
    }

    /**
     * Writes the header and every row the search finds, page by page.
     *
     * @param search the service's search for a page of the list
     * @return how many rows were written
     */
    public long write(OutputStream out, Function<PageRequest, Page<T>> search) throws IOException {
        // the first page before the first byte: a refusal (a DomainException) leaves the response untouched
        PageRequest request = PageRequest.first(PAGE_SIZE);
        Page<T> page = search.apply(request);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(writer).withByteOrderMark();
        csv.row(header());
        long rows = 0;
        while (true) {
            for (T item : page.items()) {
                csv.row(row(item));
                rows++;
            }
            if (!page.hasNext() || page.items().isEmpty()) {
                break;
            }
            request = request.next();
            page = search.apply(request);
        }
        csv.flush();
        return rows;
    }

    /**
     * Text that Excel would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage
     * return first) gets a leading apostrophe, which Excel shows as text.
     */
    static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
