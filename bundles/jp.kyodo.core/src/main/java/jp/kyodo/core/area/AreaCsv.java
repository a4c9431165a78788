package jp.kyodo.core.area;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.csv.CsvTable;
import jp.kyodo.core.csv.CsvWriter;
import jp.kyodo.core.text.JapaneseText;

/**
 * A city's areas as a CSV file that staff maintain in Excel, header {@value #HEADER}, one area per row:
 *
 * <ul>
 *   <li>コード — the area code; 名称 and よみ — its name and reading;
 *   <li>種別 — 市, 区, 地区, 町会・自治会 (or 町会, 自治会) or 中学校区, or the {@link AreaKind} name;
 *   <li>上位コード — the code of the area directly above (empty for the city and for 中学校区);
 *   <li>中学校区 — the codes of the 中学校区 this area belongs to, separated by {@code ;} (empty for most
 *       rows; usually given on districts or 町会).
 * </ul>
 *
 * Rows may come in any order; the order of the file is the display order. Errors are reported by row
 * number and column: first the problems within rows (a bad code, an unknown kind); once every row is
 * well-formed, the problems between rows (repeated codes, unknown parents or 中学校区, wrong nesting), so
 * that one broken row does not cause a cascade of follow-up errors.
 */
public final class AreaCsv {

    /** The header line of the file. */
    public static final String HEADER = "コード,名称,よみ,種別,上位コード,中学校区";

    static final String CODE = "コード";
    static final String NAME = "名称";
    static final String KANA = "よみ";
    static final String KIND = "種別";
    static final String PARENT = "上位コード";
    static final String OVERLAYS = "中学校区";

    /** The columns of {@link Area}'s validation errors. */
    private static final Map<String, String> COLUMN_OF_FIELD =
            Map.of("code", CODE, "name", NAME, "nameKana", KANA, "kind", KIND, "parentCode", PARENT);

    private static final String LIST_SEPARATOR = ";";

    private AreaCsv() {}

    /**
     * Reads and validates a whole hierarchy.
     *
     * @throws ValidationException listing every problem by row and column: bad codes or kinds, repeated
     *     codes, unknown parents or 中学校区, wrong nesting (see {@link AreaHierarchy#of})
     * @throws IOException when reading fails
     */
    public static AreaHierarchy read(Reader reader) throws IOException {
        CsvTable table = CsvTable.read(reader).requireColumns(CODE, NAME, KIND);
        List<Row> rows = table.mapRows(AreaCsv::toRow);

        List<FieldError> errors = new ArrayList<>();
        Map<String, Row> byCode = new HashMap<>();
        for (Row row : rows) {
            Row earlier = byCode.putIfAbsent(row.area.code(), row);
            if (earlier != null) {
                errors.add(error(row.number, CODE, "コード " + row.area.code() + " は" + earlier.number + "行目と重複しています"));
            }
        }
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (Row row : rows) {
            for (String overlayCode : row.overlays) {
                Row overlay = byCode.get(overlayCode);
                if (overlay == null) {
                    errors.add(error(row.number, OVERLAYS, "中学校区 " + overlayCode + " の行がありません"));
                } else if (!overlay.area.overlay()) {
                    errors.add(error(
                            row.number,
                            OVERLAYS,
                            overlayCode + " は中学校区ではありません（" + overlay.number + "行目の種別: "
                                    + overlay.area.kind().labelJa() + "）"));
                } else {
                    members.computeIfAbsent(overlayCode, k -> new LinkedHashSet<>())
                            .add(row.area.code());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            return AreaHierarchy.of(rows.stream().map(r -> r.area).toList(), members);
        } catch (ValidationException e) {
            // the hierarchy names the area at fault; the remaining problems are all about its parent
            throw new ValidationException(e.errors().stream()
                    .map(err -> byCode.containsKey(err.field())
                            ? error(byCode.get(err.field()).number, PARENT, err.message())
                            : err)
                    .toList());
        }
    }

    /**
     * Writes the hierarchy in the layout {@link #read} reads: UTF-8 byte-order mark (for Excel), header,
     * one row per area in display order, 種別 as the Japanese label. Does not close the writer.
     *
     * @throws IOException when writing fails
     */
    public static void write(AreaHierarchy hierarchy, Writer writer) throws IOException {
        CsvWriter csv = new CsvWriter(writer).withByteOrderMark();
        csv.row(HEADER.split(","));
        for (Area area : hierarchy.all()) {
            csv.row(
                    area.code(),
                    area.name(),
                    area.nameKana(),
                    area.kind().labelJa(),
                    area.parentCode(),
                    hierarchy.overlaysOf(area.code()).stream()
                            .map(Area::code)
                            .collect(Collectors.joining(LIST_SEPARATOR)));
        }
        csv.flush();
    }

    private static Row toRow(CsvRow row) {
        AreaKind kind = row.parse(KIND, AreaCsv::kind);
        List<String> overlays = Arrays.stream(
                        JapaneseText.normalizeWidth(row.get(OVERLAYS)).split(LIST_SEPARATOR))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        if (kind == null) {
            return null;
        }
        if (kind.overlay() && !overlays.isEmpty()) {
            row.reject(OVERLAYS, "中学校区の行に中学校区は指定できません");
        }
        try {
            Area area = new Area(
                    JapaneseText.normalizeWidth(row.get(CODE)),
                    row.get(NAME),
                    row.get(KANA),
                    kind,
                    JapaneseText.normalizeWidth(row.get(PARENT)));
            return new Row(row.number(), area, overlays);
        } catch (ValidationException e) {
            e.errors().forEach(err -> row.reject(COLUMN_OF_FIELD.get(err.field()), err.message()));
            return null;
        }
    }

    private static AreaKind kind(String text) {
        return AreaKind.parse(text)
                .orElseThrow(() -> ValidationException.of(
                        KIND,
                        "種別は "
                                + Arrays.stream(AreaKind.values())
                                        .map(AreaKind::labelJa)
                                        .collect(Collectors.joining("、"))
                                + " のいずれかです（入力: 「" + text + "」）"));
    }

    private static FieldError error(int rowNumber, String column, String message) {
        return new FieldError(CsvRow.field(rowNumber, column), message);
    }

    private record Row(int number, Area area, List<String> overlays) {}
}
