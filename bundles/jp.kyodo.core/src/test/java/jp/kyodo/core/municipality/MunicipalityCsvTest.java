package jp.kyodo.core.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.text.JapaneseText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalityCsvTest {

    private static final List<Municipality> SNAPSHOT = MunicipalityCsv.loadSnapshot();

    private static List<Municipality> read(String text) throws IOException {
        return MunicipalityCsv.read(new StringReader(text));
    }

    @Test
    void snapshotListsAllFortySevenPrefecturesInOrder() {
        List<Municipality> prefectures =
                SNAPSHOT.stream().filter(Municipality::isPrefecture).toList();
        assertEquals(47, prefectures.size());
        List<String> expectedCodes = IntStream.rangeClosed(1, 47)
                .mapToObj(i -> LocalGovernmentCode.fromJisCode(String.format("%02d000", i))
                        .value())
                .toList();
        assertEquals(
                expectedCodes, prefectures.stream().map(m -> m.code().value()).toList());
        assertEquals("010006", prefectures.get(0).code().value());
        assertEquals("北海道", prefectures.get(0).name());
        assertEquals("470007", prefectures.get(46).code().value());
        assertEquals("沖縄県", prefectures.get(46).name());
        assertEquals("東京都", prefectures.get(12).name());
        assertEquals(47, prefectures.stream().map(Municipality::name).distinct().count());
    }

    @Test
    void everySnapshotCodeValidatesAndIsUnique() {
        Set<LocalGovernmentCode> seen = new HashSet<>();
        for (Municipality m : SNAPSHOT) {
            assertEquals(m.code(), LocalGovernmentCode.parse(m.code().value()));
            assertEquals(
                    m.code().value().charAt(5),
                    LocalGovernmentCode.checkDigit(m.code().jisCode()));
            assertTrue(seen.add(m.code()), "repeated " + m.code());
        }
    }

    @Test
    void everyMunicipalityBelongsToAListedPrefectureOfTheSameName() {
        Map<String, Municipality> prefectures = SNAPSHOT.stream()
                .filter(Municipality::isPrefecture)
                .collect(Collectors.toMap(m -> m.code().prefectureCode(), Function.identity()));
        for (Municipality m : SNAPSHOT) {
            Municipality prefecture = prefectures.get(m.code().prefectureCode());
            assertEquals(prefecture.name(), m.prefectureName(), m.name());
        }
    }

    @Test
    void everyEntryHasAReadingInKana() {
        for (Municipality m : SNAPSHOT) {
            assertTrue(JapaneseText.isReading(m.nameKana()), m.name() + " " + m.nameKana());
        }
    }

    @Test
    void snapshotHasEveryMunicipalityOfSaitama() {
        // 埼玉県: 40 市, 22 町, 1 村
        List<Municipality> saitama = SNAPSHOT.stream()
                .filter(m -> m.code().prefectureCode().equals("11") && !m.isPrefecture())
                .toList();
        assertEquals(63, saitama.size());
        assertEquals(40, saitama.stream().filter(m -> m.name().endsWith("市")).count());
        assertEquals(1, saitama.stream().filter(m -> m.name().endsWith("村")).count());
    }

    @ParameterizedTest
    @CsvSource({
        "111007, さいたま市, 埼玉県",
        "112011, 川越市, 埼玉県",
        "112038, 川口市, 埼玉県",
        "112089, 所沢市, 埼玉県",
        "112216, 草加市, 埼玉県",
        "112224, 越谷市, 埼玉県",
        "112232, 蕨市, 埼玉県",
        "112241, 戸田市, 埼玉県",
        "132110, 小平市, 東京都",
        "141003, 横浜市, 神奈川県",
        "141305, 川崎市, 神奈川県",
        "182061, 勝山市, 福井県",
        "221309, 浜松市, 静岡県",
        "110001, 埼玉県, 埼玉県"
    })
    void snapshotHasTheExpectedEntries(String code, String name, String prefecture) {
        Municipality m = SNAPSHOT.stream()
                .filter(e -> e.code().value().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " missing"));
        assertEquals(name, m.name());
        assertEquals(prefecture, m.prefectureName());
    }

    @Test
    void prefectureRowTakesThePrefectureNameAndMunicipalityRowKeepsItsOwn() throws IOException {
        List<Municipality> list = read(MunicipalityCsv.HEADER + "\n110001,埼玉県,,サイタマケン\n112038,埼玉県,川口市,ｶﾜｸﾞﾁｼ\n");
        assertEquals(new Municipality(LocalGovernmentCode.parse("110001"), "埼玉県", "サイタマケン", "埼玉県"), list.get(0));
        assertEquals("川口市", list.get(1).name());
        assertEquals("ｶﾜｸﾞﾁｼ", list.get(1).nameKana());
        assertEquals("埼玉県川口市", list.get(1).fullName());
        assertEquals("埼玉県", list.get(0).fullName());
    }

    @Test
    void kanaColumnMayBeEmptyOrMissing() throws IOException {
        assertEquals(
                "", read(MunicipalityCsv.HEADER + "\n112038,埼玉県,川口市,\n").get(0).nameKana());
        assertEquals("", read("団体コード,都道府県名,市区町村名\n112038,埼玉県,川口市\n").get(0).nameKana());
    }

    @Test
    void reportsABadCheckDigitWithItsRowNumber() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> read(MunicipalityCsv.HEADER + "\n110001,埼玉県,,\n112034,埼玉県,川口市,\n112232,埼玉県,蕨市,\n"));
        assertEquals(1, e.errors().size());
        FieldError error = e.errors().get(0);
        assertEquals("3行目 団体コード", error.field());
        assertTrue(error.message().contains("112038"), error.message());
    }

    @Test
    void reportsEveryBadRowAtOnce() {
        String csv = MunicipalityCsv.HEADER + "\n"
                + "112038,埼玉県,川口市,カワグチシ\n" // 2: fine
                + "11203,埼玉県,川口市,\n" // 3: five digits
                + ",埼玉県,蕨市,\n" // 4: no code
                + "112038,埼玉県,川口市,\n" // 5: repeated
                + "112241,,戸田市,\n" // 6: no prefecture
                + "112216,埼玉県,,\n" // 7: no name
                + "110001,埼玉県,川口市,\n" // 8: name on a prefecture row
                + "112224,埼玉県,越谷市,koshigaya\n"; // 9: reading not kana
        ValidationException e = assertThrows(ValidationException.class, () -> read(csv));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertEquals(
                List.of("3行目 団体コード", "4行目 団体コード", "5行目 団体コード", "6行目 都道府県名", "7行目 市区町村名", "8行目 市区町村名", "9行目 市区町村名カナ"),
                fields);
        assertTrue(
                e.errors().get(2).message().contains("2行目と重複"),
                e.errors().get(2).message());
    }

    @Test
    void requiresTheCodeAndNameColumns() {
        ValidationException e = assertThrows(ValidationException.class, () -> read("コード,名称\n112038,川口市\n"));
        assertEquals(3, e.errors().size(), "団体コード, 都道府県名 and 市区町村名 are missing");
    }
}
