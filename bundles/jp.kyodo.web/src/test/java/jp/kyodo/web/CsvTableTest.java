package jp.kyodo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void textThatExcelWouldTakeForAFormulaIsNeutralised() {
        CsvTable<String> table = new CsvTable<String>().text("件名", s -> s).value("金額", s -> "-5");

        assertEquals(List.of("'=HYPERLINK(\"x\")", "-5"), table.row("=HYPERLINK(\"x\")"));
        assertEquals("'+81", CsvTable.neutralise("+81"));
        assertEquals("'@SUM(A1)", CsvTable.neutralise("@SUM(A1)"));
        assertEquals("子ども食堂", CsvTable.neutralise("子ども食堂"));
    }

    @Test
    void writingPagesThroughTheSearchAndStartsWithTheByteOrderMark() throws Exception {
        List<String> all = IntStream.range(0, 1203).mapToObj(i -> "件名" + i).toList();
        List<PageRequest> asked = new ArrayList<>();
        CsvTable<String> table = new CsvTable<String>().text("件名", s -> s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = table.write(out, page -> {
            asked.add(page);
            int to = Math.min(all.size(), page.offset() + page.limit());
            return new Page<>(all.subList(Math.min(page.offset(), to), to), all.size(), page);
        });

        assertEquals(1203, rows);
        assertEquals(3, asked.size(), "pages of " + CsvTable.PAGE_SIZE);
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.startsWith("件名\r\n件名0\r\n"), text.substring(0, 20));
        assertTrue(text.endsWith("件名1202\r\n"));
    }

    @Test
    void aRefusalLeavesTheDownloadEmptySoTheAnswerCanStillSayWhy() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTable<String> table = new CsvTable<String>().text("件名", s -> s);

        assertThrows(
                AccessDeniedException.class,
                () -> table.write(out, page -> {
                    throw new AccessDeniedException();
                }));
        assertEquals(0, out.size());
    }
}
