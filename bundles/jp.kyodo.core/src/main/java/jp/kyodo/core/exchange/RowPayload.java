package jp.kyodo.core.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.csv.CsvTable;
import jp.kyodo.core.csv.CsvWriter;

/**
 * The codec the built-in shareable types use: one record as a CSV header line and its one row (often the row of a
 * national open-data layout), and a fingerprint of named values that both cities compute alike. A type keeps its
 * own checks of what the row says.
 *
 * @since 1.1
 */
public final class RowPayload {

    private RowPayload() {}

    /** The header and the row as two CSV lines (CRLF, no byte order mark). */
    public static String of(List<String> header, List<String> row) {
        StringWriter text = new StringWriter();
        try {
            CsvWriter csv = new CsvWriter(text);
            csv.row(header);
            csv.row(row);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * The payload's one row, column to value in the header's order.
     *
     * @return empty when the payload is not CSV of a header and exactly one row
     */
    public static Map<String, String> columns(String payload) {
        try {
            CsvTable table =
                    CsvTable.read(new StringReader(payload == null ? "" : payload.replaceFirst("^\uFEFF", "")));
            if (table.rows().size() != 1) {
                return Map.of();
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (String column : table.header()) {
                out.put(column, table.rows().get(0).get(column));
            }
            return out;
        } catch (ValidationException | IOException e) {
            return Map.of();
        }
    }

    /**
     * SHA-256 of the named values in their order (each as a quoted CSV pair on a line of its own), base64url without
     * padding (43 characters). Leave out what names the city or the record's id, so that the sender's and the
     * receiver's fingerprint of the same content are the same.
     */
    public static String fingerprint(Map<String, String> values) {
        StringBuilder content = new StringBuilder();
        values.forEach((name, value) -> content.append(CsvWriter.quote(name))
                .append(',')
                .append(CsvWriter.quote(value == null ? "" : value))
                .append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
