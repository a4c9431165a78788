package jp.kyodo.core.municipality;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.csv.CsvTable;
import jp.kyodo.core.text.JapaneseText;

/**
 * Reads the list of local governments from CSV with the header {@value #HEADER} (the columns of the
 * Ministry of Internal Affairs' 全国地方公共団体コード list). A prefecture row has an empty 市区町村名; its
 * name is the prefecture's. 市区町村名カナ may be empty.
 *
 * <p>Why a data file: municipalities merge and change names; the list is data to be replaced by the
 * current official one, never code.
 */
public final class MunicipalityCsv {

    /** The header line of the file. */
    public static final String HEADER = "団体コード,都道府県名,市区町村名,市区町村名カナ";

    static final String CODE = "団体コード";
    static final String PREFECTURE = "都道府県名";
    static final String NAME = "市区町村名";
    static final String KANA = "市区町村名カナ";

    private static final String SNAPSHOT = "municipalities.csv";

    private MunicipalityCsv() {}

    /**
     * Reads the whole file.
     *
     * @return the entries in file order
     * @throws ValidationException listing every bad row by number: a wrong check digit, a repeated code,
     *     a missing name, a reading that is not kana
     * @throws IOException when reading fails
     */
    public static List<Municipality> read(Reader reader) throws IOException {
        CsvTable table = CsvTable.read(reader).requireColumns(CODE, PREFECTURE, NAME);
        Map<LocalGovernmentCode, Integer> firstRow = new HashMap<>();
        return table.mapRows(row -> {
            LocalGovernmentCode code = row.parse(CODE, LocalGovernmentCode::parse);
            String prefecture = row.get(PREFECTURE);
            String name = row.get(NAME);
            String kana = row.get(KANA);
            if (prefecture.isEmpty()) {
                row.reject(PREFECTURE, "都道府県名を入力してください");
            }
            if (!kana.isEmpty() && !JapaneseText.isReading(kana)) {
                row.reject(KANA, "よみはひらがなまたはカタカナで入力してください");
            }
            if (code != null) {
                Integer earlier = firstRow.putIfAbsent(code, row.number());
                if (earlier != null) {
                    row.reject(CODE, "団体コード " + code + " は" + earlier + "行目と重複しています");
                }
                if (code.isPrefecture()) {
                    if (!name.isEmpty() && !name.equals(prefecture)) {
                        row.reject(NAME, "都道府県の行（団体コードの3〜5桁目が000）では市区町村名を空にしてください");
                    }
                    name = prefecture;
                } else if (name.isEmpty()) {
                    row.reject(NAME, "市区町村名を入力してください");
                }
            }
            return row.errors().isEmpty() ? new Municipality(code, name, kana, prefecture) : null;
        });
    }

    /**
     * The snapshot shipped with Kyodo: all 47 prefectures and a selection of municipalities (every
     * municipality of 埼玉県, the designated cities and a few others), not the complete national list.
     */
    public static List<Municipality> loadSnapshot() {
        try (InputStream in = MunicipalityCsv.class.getResourceAsStream(SNAPSHOT)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + SNAPSHOT + " is missing from the bundle");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SNAPSHOT, e);
        }
    }
}
