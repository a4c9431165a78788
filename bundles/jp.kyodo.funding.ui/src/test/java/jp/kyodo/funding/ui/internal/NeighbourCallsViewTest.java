package jp.kyodo.funding.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import jp.kyodo.funding.NeighbourCall;
import org.junit.jupiter.api.Test;

/** What the page of neighbouring cities' calls shows without a browser: links, the export, the texts. */
class NeighbourCallsViewTest {

    private static final NeighbourCall CALL = new NeighbourCall(
            7,
            "112038",
            "川口市",
            "41",
            "=芝川クリーン活動助成",
            "",
            "市民活動補助",
            "令和8年度",
            "川をきれいにする活動を支援します",
            "市内外の市民団体",
            "補助率 1/2、上限 100,000円",
            100_000L,
            "1/2",
            null,
            LocalDate.of(2026, 6, 1),
            null,
            "",
            "",
            "",
            "javascript:alert(1)",
            Instant.EPOCH,
            Instant.EPOCH);

    @Test
    void onlyAWebAddressOfTheNeighbourIsALink() {
        assertTrue(NeighbourCallListView.web("https://www.city.kawaguchi.lg.jp/josei"));
        assertTrue(NeighbourCallListView.web(" HTTP://example.jp"));
        assertFalse(NeighbourCallListView.web(CALL.url()));
        assertFalse(NeighbourCallListView.web(""));
        assertFalse(NeighbourCallListView.web(null));
    }

    @Test
    void theExportNamesTheCityOfEachCallAndNeutralisesFormulas() {
        var csv = Exports.neighbourCalls();
        assertEquals("全国地方公共団体コード", csv.header().get(0));
        List<String> row = csv.row(CALL);
        assertEquals("112038", row.get(0));
        assertEquals("川口市", row.get(1));
        assertFalse(row.get(2).startsWith("="), row.get(2));
        assertEquals("2026-06-01", row.get(5));
        assertEquals("", row.get(6), "no end of the period given");
        assertEquals("100000", row.get(7));
    }

    @Test
    void theTextsAreInJapaneseAndEnglish() throws IOException {
        Properties ja = load("funding.properties");
        Properties en = load("funding_en.properties");
        TreeSet<String> keys = new TreeSet<>(ja.stringPropertyNames());
        keys.removeIf(k -> !k.startsWith("funding.neighbourCalls."));
        TreeSet<String> english = new TreeSet<>(en.stringPropertyNames());
        english.removeIf(k -> !k.startsWith("funding.neighbourCalls."));
        assertEquals(keys, english);
        assertEquals("{0}の公募", ja.getProperty("funding.neighbourCalls.from"));
        assertEquals("近隣自治体の公募", ja.getProperty("funding.neighbourCalls.title"));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = NeighbourCallsViewTest.class.getResourceAsStream("/OSGI-INF/l10n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
