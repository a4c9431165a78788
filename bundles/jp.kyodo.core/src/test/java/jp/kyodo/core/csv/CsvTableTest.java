package jp.kyodo.core.csv;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableTest {

    private static CsvTable read(String text) throws IOException {
        return CsvTable.read(new StringReader(text));
    }

    @Test
    void readsHeaderAndRowsByColumnName() throws IOException {
        CsvTable table = read("コード,名称\nA1,芝地区\nA2, 岸町地区 \n");
        assertEquals(List.of("コード", "名称"), table.header());
        assertEquals(2, table.rows().size());
        assertEquals("A1", table.rows().get(0).get("コード"));
        assertEquals("岸町地区", table.rows().get(1).get("名称"), "values are stripped");
        assertEquals(2, table.rows().get(0).number(), "the header is row 1");
        assertEquals("", table.rows().get(0).get("よみ"), "a column the file lacks reads as empty");
    }

    @Test
    void handlesQuotesCommasAndLineBreaksInsideFields() throws IOException {
        CsvTable table = read("名称,説明\r\n\"川口市, 埼玉県\",\"1行目\r\n2行目\"\r\n\"引用符\"\"あり\"\"\",\"\"\r\n");
        assertEquals("川口市, 埼玉県", table.rows().get(0).get("名称"));
        assertEquals("1行目\r\n2行目", table.rows().get(0).get("説明"));
        assertEquals("引用符\"あり\"", table.rows().get(1).get("名称"));
        assertEquals("", table.rows().get(1).get("説明"));
        assertEquals(3, table.rows().get(1).number(), "a quoted line break does not start a new row");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void acceptsEveryLineEnd(String lineEnd) throws IOException {
        CsvTable table = read("a,b" + lineEnd + "1,2" + lineEnd + "3,4");
        assertEquals(2, table.rows().size());
        assertEquals("4", table.rows().get(1).get("b"));
    }

    @Test
    void ignoresTheByteOrderMarkExcelWrites() throws IOException {
        CsvTable table = read("\uFEFF団体コード,名称\n112038,川口市\n");
        assertEquals("団体コード", table.header().get(0));
        assertEquals("112038", table.rows().get(0).get("団体コード"));
    }

    @Test
    void blankLinesProduceNoRowButCountForRowNumbers() throws IOException {
        CsvTable table = read("a,b\n\n1,2\n,\n3,4\n");
        assertEquals(2, table.rows().size());
        assertEquals(3, table.rows().get(0).number());
        assertEquals(5, table.rows().get(1).number());
    }

    @Test
    void missingTrailingValuesReadAsEmptyAndEmptyExtraColumnsAreTolerated() throws IOException {
        CsvTable table = read("a,b,c\n1\n2,x,y,,\n");
        assertEquals("", table.rows().get(0).get("c"));
        assertEquals("y", table.rows().get(1).get("c"));
    }

    @Test
    void rejectsRowsWithMoreValuesThanColumns() {
        ValidationException e = assertThrows(ValidationException.class, () -> read("a,b\n1,2\n1,2,3\n"));
        assertEquals("3行目", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("列が多すぎます"));
    }

    @Test
    void rejectsEmptyInput() {
        ValidationException e = assertThrows(ValidationException.class, () -> read(""));
        assertEquals("1行目", e.errors().get(0).field());
        assertThrows(ValidationException.class, () -> read("\uFEFF\n"));
    }

    @Test
    void rejectsRepeatedHeaderNames() {
        ValidationException e = assertThrows(ValidationException.class, () -> read("コード,名称,コード\n"));
        assertTrue(e.errors().get(0).message().contains("「コード」が重複"));
    }

    @Test
    void rejectsAnUnclosedQuoteNamingTheRowItStarts() {
        ValidationException e = assertThrows(ValidationException.class, () -> read("a,b\n1,2\n\"3,4\n5,6\n"));
        assertEquals("3行目", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("閉じられていません"));
    }

    @Test
    void rejectsTextAfterAClosingQuote() {
        ValidationException e = assertThrows(ValidationException.class, () -> read("a,b\n\"1\"x,2\n"));
        assertEquals("2行目", e.errors().get(0).field());
    }

    @Test
    void requireColumnsNamesEveryMissingColumn() throws IOException {
        CsvTable table = read("コード,名称\n");
        assertEquals(table, table.requireColumns("名称", "コード"));
        ValidationException e =
                assertThrows(ValidationException.class, () -> table.requireColumns("コード", "種別", "上位コード"));
        assertEquals(2, e.errors().size());
        assertTrue(e.errors().get(0).message().contains("種別"));
        assertTrue(e.errors().get(1).message().contains("上位コード"));
    }

    @Test
    void mapRowsReportsTheProblemsOfEveryRowWithRowAndColumn() throws IOException {
        CsvTable table = read("コード,数\nA,1\nB,x\nC,y\nD,4\n");
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> table.mapRows(row -> {
                    Integer n = row.parse("数", CsvTableTest::number);
                    if ("D".equals(row.get("コード"))) {
                        throw ValidationException.of("code", "Dは使えません");
                    }
                    return n;
                }));
        assertEquals(
                List.of(
                        new FieldError("3行目 数", "数字ではありません"),
                        new FieldError("4行目 数", "数字ではありません"),
                        new FieldError("5行目", "Dは使えません")),
                e.errors());
    }

    @Test
    void mapRowsReturnsConvertedRowsInOrderAndSkipsNulls() throws IOException {
        CsvTable table = read("コード,数\nA,1\nB,\nC,3\n");
        List<Integer> numbers =
                table.mapRows(row -> row.get("数").isEmpty() ? null : row.parse("数", CsvTableTest::number));
        assertEquals(List.of(1, 3), numbers);
    }

    @Test
    void rejectRecordsAgainstTheRow() throws IOException {
        CsvRow row = read("a\n1\n").rows().get(0);
        row.reject("a", "誤り");
        row.reject(null, "行全体の誤り");
        assertEquals(List.of(new FieldError("2行目 a", "誤り"), new FieldError("2行目", "行全体の誤り")), row.errors());
    }

    @Test
    void writerQuotesWhatNeedsQuotingAndReadsBack() throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out)
                .withByteOrderMark()
                .row("コード", "名称", "説明")
                .row("A1", "川口市, 埼玉県", "「引用」\"符\"")
                .row("A2", null, "改行\nあり")
                .flush();
        String text = out.toString();
        assertTrue(text.startsWith("\uFEFFコード,名称,説明\r\n"), text);
        assertTrue(text.contains("A1,\"川口市, 埼玉県\",\"「引用」\"\"符\"\"\"\r\n"), text);
        CsvTable table = read(text);
        assertEquals("川口市, 埼玉県", table.rows().get(0).get("名称"));
        assertEquals("「引用」\"符\"", table.rows().get(0).get("説明"));
        assertEquals("", table.rows().get(1).get("名称"));
        assertEquals("改行\nあり", table.rows().get(1).get("説明"));
    }

    @Test
    void quoteLeavesPlainValuesAlone() {
        assertEquals("川口市", CsvWriter.quote("川口市"));
        assertEquals("", CsvWriter.quote(null));
        assertEquals("\" 前後に空白 \"", CsvWriter.quote(" 前後に空白 "));
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw ValidationException.of("number", "数字ではありません");
        }
    }
}
