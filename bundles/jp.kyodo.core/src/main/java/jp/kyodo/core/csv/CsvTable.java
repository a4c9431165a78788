package jp.kyodo.core.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.ValidationException;

/**
 * A CSV file with a header line, read completely into memory (RFC 4180: comma separated, fields may be
 * quoted with {@code "}, a quote inside a quoted field is doubled, quoted fields may span lines; CRLF,
 * LF and CR line ends; a leading byte-order mark is ignored, as Excel writes one).
 *
 * <p>Why: imports of master data (municipalities, areas, activity fields) and of partner lists must
 * tell the user every row to fix, by the row number Excel shows. {@link #mapRows} collects all problems
 * of all rows into one {@link ValidationException}.
 *
 * <p>Row numbers count records as Excel shows them: the header is row 1, the first data row is row 2;
 * empty lines count but produce no row.
 */
public final class CsvTable {
    private static final MessageCatalog MESSAGES = MessageCatalog.of(CsvTable.class, "jp.kyodo.core.messages");

    private static final char BOM = '\uFEFF';

    private final List<String> header;
    private final List<CsvRow> rows;

    private CsvTable(List<String> header, List<CsvRow> rows) {
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads the whole input. The caller chooses the character set when creating the reader.
     *
     * @throws ValidationException when the input is empty, a header name is repeated, a quoted field is
     *     not closed, or a row has more values than the header has columns
     * @throws IOException when reading fails
     */
    public static CsvTable read(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        List<List<String>> records = new Parser(reader).records();
        if (records.isEmpty() || isBlank(records.get(0))) {
            throw ValidationException.of("1行目", MESSAGES.get("csv.noHeader"));
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!column.isEmpty() && !seen.add(column)) {
                errors.add(new FieldError("1行目", MESSAGES.get("csv.duplicateColumn", column)));
            }
        }
        List<CsvRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> values = records.get(i);
            int number = i + 1;
            if (isBlank(values)) {
                continue;
            }
            if (values.size() > header.size()
                    && values.subList(header.size(), values.size()).stream().anyMatch(v -> !v.isBlank())) {
                errors.add(new FieldError(
                        CsvRow.field(number, null), MESSAGES.get("csv.tooManyValues", header.size(), values.size())));
                continue;
            }
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (!header.get(c).isEmpty()) {
                    byColumn.put(header.get(c), c < values.size() ? values.get(c) : "");
                }
            }
            rows.add(new CsvRow(number, byColumn));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new CsvTable(header, rows);
    }

    /** The column names of the header line, stripped, in file order. */
    public List<String> header() {
        return header;
    }

    /** The data rows, without empty lines. */
    public List<CsvRow> rows() {
        return rows;
    }

    /**
     * Checks that the header names these columns (in any order; other columns are allowed).
     *
     * @throws ValidationException naming every missing column
     */
    public CsvTable requireColumns(String... columns) {
        List<FieldError> errors = Arrays.stream(columns)
                .filter(c -> !header.contains(c))
                .map(c -> new FieldError("1行目", MESSAGES.get("csv.missingColumn", c)))
                .toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }

    /**
     * Converts every row, collecting the problems of all rows. A row is rejected when the mapper
     * recorded a problem on it ({@link CsvRow#parse}, {@link CsvRow#reject}) or threw a {@link
     * ValidationException}; the errors of the exception are reported with the row number.
     *
     * @param mapper converts one row; returns {@code null} to skip a row
     * @return the converted rows in file order, when no row had a problem
     * @throws ValidationException listing the problems of every rejected row
     */
    public <T> List<T> mapRows(Function<CsvRow, T> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        List<T> result = new ArrayList<>(rows.size());
        List<FieldError> errors = new ArrayList<>();
        for (CsvRow row : rows) {
            T converted = null;
            try {
                converted = mapper.apply(row);
            } catch (ValidationException e) {
                e.errors().forEach(error -> row.reject(null, error));
            }
            if (row.errors().isEmpty()) {
                if (converted != null) {
                    result.add(converted);
                }
            } else {
                errors.addAll(row.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return result;
    }

    private static boolean isBlank(List<String> values) {
        return values.stream().allMatch(String::isBlank);
    }

    /** RFC 4180 reader: a small state machine over characters. */
    private static final class Parser {

        private final Reader reader;
        private final List<List<String>> records = new ArrayList<>();
        private List<String> record = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private int pushedBack = -2;

        Parser(Reader reader) {
            this.reader = reader;
        }

        List<List<String>> records() throws IOException {
            int c = read();
            if (c == BOM) {
                c = read();
            }
            boolean fieldStart = true;
            while (c != -1) {
                if (fieldStart && c == '"') {
                    readQuoted();
                    c = read();
                    if (c != ',' && c != '\r' && c != '\n' && c != -1) {
                        throw ValidationException.of(
                                CsvRow.field(records.size() + 1, null), MESSAGES.get("csv.textAfterQuote"));
                    }
                    continue;
                }
                if (c == ',') {
                    endField();
                    fieldStart = true;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        int next = read();
                        if (next != '\n') {
                            unread(next);
                        }
                    }
                    endRecord();
                    fieldStart = true;
                } else {
                    field.append((char) c);
                    fieldStart = false;
                }
                c = read();
            }
            if (!record.isEmpty() || field.length() > 0) {
                endRecord();
            }
            return records;
        }

        private void readQuoted() throws IOException {
            int startRow = records.size() + 1;
            while (true) {
                int c = read();
                if (c == -1) {
                    throw ValidationException.of(CsvRow.field(startRow, null), MESSAGES.get("csv.unclosedQuote"));
                }
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        unread(next);
                        return;
                    }
                } else {
                    field.append((char) c);
                }
            }
        }

        private void endField() {
            record.add(field.toString());
            field.setLength(0);
        }

        private void endRecord() {
            endField();
            records.add(record);
            record = new ArrayList<>();
        }

        private int read() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            return reader.read();
        }

        private void unread(int c) {
            pushedBack = c;
        }
    }
}
