package jp.kyodo.core.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes CSV that Excel opens correctly: RFC 4180 quoting, CRLF line ends, and (with {@link
 * #withByteOrderMark()}) a leading byte-order mark so that Excel recognises UTF-8 instead of guessing
 * Shift_JIS. Wrap a writer that encodes UTF-8.
 */
public final class CsvWriter implements Closeable, Flushable {

    private static final String LINE_END = "\r\n";

    private final Writer out;

    /** Writes to {@code out}; closing this writer closes it. */
    public CsvWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Writes the byte-order mark U+FEFF; call first, before the header. */
    public CsvWriter withByteOrderMark() throws IOException {
        out.write('\uFEFF');
        return this;
    }

    /** Writes one line; {@code null} values are written as empty fields. */
    public CsvWriter row(List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(values.get(i)));
        }
        out.write(LINE_END);
        return this;
    }

    /** Writes one line; {@code null} values are written as empty fields. */
    public CsvWriter row(String... values) throws IOException {
        return row(Arrays.asList(values));
    }

    /**
     * The value as a CSV field: quoted when it contains a comma, a quote, a line break or leading or
     * trailing spaces, with quotes doubled.
     */
    public static String quote(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean needsQuotes = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0
                || !value.strip().equals(value);
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
