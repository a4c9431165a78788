package jp.kyodo.core.field;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.csv.CsvTable;
import jp.kyodo.core.text.JapaneseText;

/**
 * Reads a city's activity fields from CSV with the header {@value #HEADER}: code, Japanese label,
 * English label (may be empty), display order (an integer; when empty, the row number), and the NPO
 * law field numbers separated by {@code ;} (may be empty).
 */
public final class ActivityFieldCsv {

    /** The header line of the file. */
    public static final String HEADER = "コード,名称,英語名称,表示順,NPO分野番号";

    static final String CODE = "コード";
    static final String LABEL_JA = "名称";
    static final String LABEL_EN = "英語名称";
    static final String ORDER = "表示順";
    static final String NPO = "NPO分野番号";

    private static final String DEFAULT = "activity-fields.csv";

    private ActivityFieldCsv() {}

    /**
     * Reads and validates a taxonomy.
     *
     * @throws ValidationException listing every problem by row and column
     * @throws IOException when reading fails
     */
    public static ActivityFieldTaxonomy read(Reader reader) throws IOException {
        CsvTable table = CsvTable.read(reader).requireColumns(CODE, LABEL_JA);
        Map<String, Integer> firstRow = new HashMap<>();
        return ActivityFieldTaxonomy.of(table.mapRows(row -> {
            String code = JapaneseText.normalizeWidth(row.get(CODE));
            Integer earlier = firstRow.putIfAbsent(code, row.number());
            if (earlier != null) {
                row.reject(CODE, "コード " + code + " は" + earlier + "行目と重複しています");
            }
            Integer order = row.get(ORDER).isEmpty()
                    ? Integer.valueOf(row.number())
                    : row.parse(ORDER, ActivityFieldCsv::parseInt);
            Set<Integer> npo = npoCategories(row);
            if (!row.errors().isEmpty()) {
                return null;
            }
            return new ActivityField(code, row.get(LABEL_JA), row.get(LABEL_EN), order, npo);
        }));
    }

    /** The default taxonomy shipped with Kyodo: sixteen fields in the style of city 市民活動 registers. */
    public static ActivityFieldTaxonomy loadDefault() {
        try (InputStream in = ActivityFieldCsv.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + DEFAULT + " is missing from the bundle");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULT, e);
        }
    }

    /** An integer as typed, 全角 digits accepted. */
    static int parseInt(String text) {
        String s = JapaneseText.normalizeWidth(text);
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ValidationException.of("number", "整数で入力してください（入力: 「" + text + "」）");
        }
    }

    private static Set<Integer> npoCategories(CsvRow row) {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (String part : JapaneseText.normalizeWidth(row.get(NPO)).split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                int n = parseInt(p);
                NpoCategory.checkNumber(n);
                numbers.add(n);
            } catch (ValidationException e) {
                row.reject(NPO, "NPO分野番号は1〜" + NpoCategory.COUNT + "の番号を「;」で区切って入力してください（入力: 「" + p + "」）");
            }
        }
        return numbers;
    }
}
