package jp.kyodo.core.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotMunicipalityDirectoryTest {

    private static final SnapshotMunicipalityDirectory DIRECTORY =
            new SnapshotMunicipalityDirectory(MunicipalityCsv.loadSnapshot());

    @Test
    void findsByCode() {
        Municipality kawaguchi =
                DIRECTORY.find(LocalGovernmentCode.parse("112038")).orElseThrow();
        assertEquals("川口市", kawaguchi.name());
        assertEquals("埼玉県", kawaguchi.prefectureName());
        assertEquals(
                "川崎市",
                DIRECTORY
                        .find(LocalGovernmentCode.parse("141305"))
                        .orElseThrow()
                        .name());
        assertTrue(
                DIRECTORY.find(LocalGovernmentCode.fromJisCode("13101")).isEmpty(),
                "東京都's wards are not in the snapshot");
    }

    @ParameterizedTest
    @ValueSource(strings = {"川口", "かわぐち", "カワグチ", "ｶﾜｸﾞﾁ", "埼玉県川口", "埼玉県 川口市", "11203", "１１２０３"})
    void searchFindsKawaguchiHoweverItIsTyped(String query) {
        List<String> names =
                DIRECTORY.search(query).stream().map(Municipality::name).toList();
        assertEquals(List.of("川口市"), names, query);
    }

    @Test
    void searchReturnsEveryMatchInCodeOrder() {
        List<String> names =
                DIRECTORY.search("かわ").stream().map(Municipality::name).toList();
        assertEquals(List.of("川越市", "川口市", "吉川市", "川島町", "神川町", "川崎市", "石川県"), names);
        assertEquals(
                List.of("埼玉県", "さいたま市"),
                DIRECTORY.search("サイタマ").stream().map(Municipality::name).toList(),
                "the prefecture matches by its reading サイタマケン");
        List<Municipality> saitama = DIRECTORY.search("埼玉");
        assertEquals(64, saitama.size(), "the prefecture and its 63 municipalities");
        assertEquals("埼玉県", saitama.get(0).name());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void blankQueryFindsNothing(String query) {
        assertTrue(DIRECTORY.search(query).isEmpty());
    }

    @Test
    void listsThePrefecturesInCodeOrder() {
        List<Municipality> prefectures = DIRECTORY.prefectures();
        assertEquals(47, prefectures.size());
        assertEquals("北海道", prefectures.get(0).name());
        assertEquals("沖縄県", prefectures.get(46).name());
        assertTrue(prefectures.stream().allMatch(Municipality::isPrefecture));
    }

    @Test
    void ordersByCodeWhateverTheInputOrder() {
        Municipality kawaguchi = new Municipality(LocalGovernmentCode.parse("112038"), "川口市", "カワグチシ", "埼玉県");
        Municipality saitama = new Municipality(LocalGovernmentCode.parse("110001"), "埼玉県", "", "埼玉県");
        SnapshotMunicipalityDirectory directory = new SnapshotMunicipalityDirectory(List.of(kawaguchi, saitama));
        assertEquals(List.of(saitama, kawaguchi), directory.all());
    }

    @Test
    void rejectsRepeatedCodes() {
        Municipality kawaguchi = new Municipality(LocalGovernmentCode.parse("112038"), "川口市", "", "埼玉県");
        ValidationException e = assertThrows(
                ValidationException.class, () -> new SnapshotMunicipalityDirectory(List.of(kawaguchi, kawaguchi)));
        assertTrue(e.getMessage().contains("112038"));
    }

    @Test
    void municipalityValidatesItsFields() {
        LocalGovernmentCode code = LocalGovernmentCode.parse("112038");
        assertThrows(ValidationException.class, () -> new Municipality(code, " ", "", "埼玉県"));
        assertThrows(ValidationException.class, () -> new Municipality(code, "川口市", "", ""));
        assertThrows(ValidationException.class, () -> new Municipality(code, "川口市", "kawaguchi", "埼玉県"));
        assertThrows(
                ValidationException.class,
                () -> new Municipality(LocalGovernmentCode.parse("110001"), "川口市", "", "埼玉県"),
                "a prefecture is named after itself");
        assertEquals("", new Municipality(code, "川口市", null, "埼玉県").nameKana());
    }
}
