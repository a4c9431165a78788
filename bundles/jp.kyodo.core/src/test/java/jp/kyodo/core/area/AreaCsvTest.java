package jp.kyodo.core.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;

class AreaCsvTest {

    private static AreaHierarchy read(String text) throws IOException {
        return AreaCsv.read(new StringReader(text));
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void readsADesignatedCity() throws IOException {
        AreaHierarchy hierarchy = read(AreaFixtures.DESIGNATED_CITY_CSV);
        assertEquals(AreaFixtures.designatedCity(), hierarchy);
        assertTrue(hierarchy.contains("J1", "N121"));
        assertEquals(
                AreaKind.NEIGHBOURHOOD_ASSOCIATION,
                hierarchy.find("N112").orElseThrow().kind(),
                "自治会 alias");
        assertEquals(AreaKind.WARD, hierarchy.find("W2").orElseThrow().kind(), "enum name in lower case");
    }

    @Test
    void rowsMayComeInAnyOrder() throws IOException {
        AreaHierarchy hierarchy = read(AreaCsv.HEADER + "\n"
                + "N1,常盤町会,ときわちょうかい,町会,D1,J1\n"
                + "J1,常盤中学校区,,中学校区,,\n"
                + "D1,常盤地区,ときわちく,地区,K,\n"
                + "K,小川市,おがわし,市,,\n");
        assertEquals(
                List.of("D1", "K"),
                hierarchy.ancestors("N1").stream().map(Area::code).toList());
        assertEquals(List.of("K"), hierarchy.roots().stream().map(Area::code).toList());
    }

    @Test
    void acceptsFullWidthCodesAndSeparators() throws IOException {
        AreaHierarchy hierarchy = read(AreaCsv.HEADER + "\n"
                + "Ｋ,小川市,おがわし,市,,\n"
                + "Ｄ１,北部地区,,地区,Ｋ,\n"
                + "Ｎ１,花小金井町会,,町会,Ｄ１,Ｊ１；Ｊ２\n"
                + "Ｊ１,第一中学校区,,中学校区,,\n"
                + "Ｊ２,第二中学校区,,中学校区,,\n");
        assertEquals(
                List.of("J1", "J2"),
                hierarchy.overlaysOf("N1").stream().map(Area::code).toList());
    }

    @Test
    void writesWhatItReads() throws IOException {
        AreaHierarchy original = AreaFixtures.designatedCity();
        StringWriter out = new StringWriter();
        AreaCsv.write(original, out);
        String text = out.toString();
        assertTrue(text.startsWith("\uFEFF" + AreaCsv.HEADER + "\r\n"), text);
        assertTrue(text.contains("N112,常盤二丁目自治会,ときわにちょうめじちかい,町会・自治会,D11,J1\r\n"), text);
        assertTrue(text.contains("J3,新設中学校区,,中学校区,,\r\n"), text);
        assertEquals(original, read(text));
    }

    @Test
    void writesAreasInSeveralOverlays() throws IOException {
        AreaHierarchy hierarchy = read(AreaCsv.HEADER + "\n"
                + "K,小川市,,市,,\n"
                + "N1,花小金井町会,,町会,K,J2;J1\n"
                + "J1,第一中学校区,,中学校区,,\n"
                + "J2,第二中学校区,,中学校区,,\n");
        StringWriter out = new StringWriter();
        AreaCsv.write(hierarchy, out);
        assertTrue(out.toString().contains("N1,花小金井町会,,町会・自治会,K,J1;J2\r\n"), out.toString());
        assertEquals(hierarchy, read(out.toString()));
    }

    @Test
    void reportsBadRowsByRowAndColumn() {
        String csv = AreaCsv.HEADER + "\n"
                + "K,小川市,おがわし,市,,\n" // 2
                + "D1,北部地区,,村,K,\n" // 3: unknown kind
                + "常盤,常盤地区,,地区,K,\n" // 4: bad code
                + "D2,,,地区,K,\n" // 5: no name
                + "D3,南部地区,nanbu,地区,K,\n" // 6: reading not kana
                + "N1,町会,,町会,,\n" // 7: no parent
                + "J1,第一中学校区,,中学校区,K,\n"; // 8: overlay with a parent
        ValidationException e = assertThrows(ValidationException.class, () -> read(csv));
        assertEquals(List.of("3行目 種別", "4行目 コード", "5行目 名称", "6行目 よみ", "7行目 上位コード", "8行目 上位コード"), fields(e));
        assertTrue(e.errors().get(0).message().contains("町会・自治会"), "lists the valid kinds");
    }

    @Test
    void reportsRepeatedCodesAndBadSchoolDistrictReferences() {
        String csv = AreaCsv.HEADER + "\n"
                + "K,小川市,,市,,\n" // 2
                + "D1,北部地区,,地区,K,\n" // 3
                + "D1,南部地区,,地区,K,\n" // 4: repeated
                + "N1,花小金井町会,,町会,D1,J9\n" // 5: unknown 中学校区
                + "N2,学園町会,,町会,D1,D1\n"; // 6: not a 中学校区
        ValidationException e = assertThrows(ValidationException.class, () -> read(csv));
        assertEquals(List.of("4行目 コード", "5行目 中学校区", "6行目 中学校区"), fields(e));
        assertTrue(
                e.errors().get(0).message().contains("3行目と重複"),
                e.errors().get(0).message());
        assertTrue(
                e.errors().get(2).message().contains("3行目の種別: 地区"),
                e.errors().get(2).message());
    }

    @Test
    void aSchoolDistrictCannotBelongToASchoolDistrict() {
        String csv = AreaCsv.HEADER + "\n" + "J1,第一中学校区,,中学校区,,J2\n" + "J2,第二中学校区,,中学校区,,\n";
        ValidationException e = assertThrows(ValidationException.class, () -> read(csv));
        assertEquals(List.of("2行目 中学校区"), fields(e));
    }

    @Test
    void reportsHierarchyProblemsAgainstTheParentColumnOfTheRow() {
        String csv = AreaCsv.HEADER + "\n"
                + "K,小川市,,市,,\n" // 2
                + "D1,北部地区,,地区,K,\n" // 3
                + "W1,北区,,区,D1,\n" // 4: ward under a district
                + "N1,花小金井町会,,町会,X9,\n"; // 5: unknown parent
        ValidationException e = assertThrows(ValidationException.class, () -> read(csv));
        assertEquals(List.of("4行目 上位コード", "5行目 上位コード"), fields(e));
        assertTrue(e.errors().get(1).message().contains("X9"));
    }

    @Test
    void requiresCodeNameAndKindColumns() {
        ValidationException e = assertThrows(ValidationException.class, () -> read("コード,名称\nK,小川市\n"));
        assertEquals(List.of(new FieldError("1行目", "見出しに「種別」の列がありません")), e.errors());
    }

    @Test
    void optionalColumnsMayBeLeftOut() throws IOException {
        AreaHierarchy hierarchy = read("コード,名称,種別,上位コード\nK,小川市,市,\nD1,北部地区,地区,K\n");
        assertEquals(2, hierarchy.all().size());
        assertEquals("", hierarchy.find("D1").orElseThrow().nameKana());
    }
}
