package jp.kyodo.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"カワグチ", "かわぐち", "ｶﾜｸﾞﾁ", "カワ グチ", "かわ\u3000ぐち", " ｶﾜ ｸﾞﾁ "})
    void kanaWidthAndSpacesDoNotMatter(String variant) {
        assertEquals("かわぐち", JapaneseText.normalize(variant));
    }

    @ParameterizedTest
    @CsvSource({
        "ＡＢＣ１２３, abc123",
        "Kawaguchi City, kawaguchicity",
        "川口 太郎, 川口太郎",
        "川口\u3000太郎, 川口太郎",
        "ヴァイオリン, ゔぁいおりん",
        "ｳﾞｧｲｵﾘﾝ, ゔぁいおりん",
        "ラーメン, らーめん",
        "ﾊﾟﾝﾌﾚｯﾄ, ぱんふれっと",
        "キャッシュ, きゃっしゅ",
        "ヵヶ, ゕゖ",
        "ヽヾ, ゝゞ",
        "㈱カワグチ, (株)かわぐち",
        "川口市, 川口市"
    })
    void normalizesForSearch(String text, String expected) {
        assertEquals(expected, JapaneseText.normalize(text));
    }

    @Test
    void removesEveryKindOfSpace() {
        assertEquals("やまだたろう", JapaneseText.normalize("やまだ\tたろう\n\u00A0"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nullAndEmptyNormalizeToEmpty(String text) {
        assertEquals("", JapaneseText.normalize(text));
    }

    @Test
    void normalizedTextSupportsContainsSearch() {
        String indexed = JapaneseText.normalize("ＮＰＯ法人 カワグチ子ども食堂ネットワーク");
        assertTrue(indexed.contains(JapaneseText.normalize("かわぐち")));
        assertTrue(indexed.contains(JapaneseText.normalize("子ども食堂 ﾈｯﾄﾜｰｸ")));
        assertTrue(indexed.contains(JapaneseText.normalize("npo法人")));
        assertFalse(indexed.contains(JapaneseText.normalize("かわごえ")));
    }

    @Test
    void normalizeWidthMakesCodesAndNumbersHalfWidth() {
        assertEquals("112038", JapaneseText.normalizeWidth(" １１２０３８\u3000"));
        assertEquals("R8", JapaneseText.normalizeWidth("Ｒ８"));
        assertEquals("平成", JapaneseText.normalizeWidth("㍻"));
        assertEquals("カワグチ 市", JapaneseText.normalizeWidth("カワグチ 市"), "kana and inner spaces stay");
        assertEquals("", JapaneseText.normalizeWidth(null));
    }

    @Test
    void readingOrderIsGojuonOrder() {
        List<String> expected = List.of(
                "あいかわ", "いのうえ", "うえだ", "えんどう", "おおた", "かとう", "きむら", "くどう", "けんもち", "こばやし", "さとう", "しみず", "すずき", "せきぐち",
                "そのだ", "たなか", "ちば", "つじ", "てらだ", "とくだ", "なかむら", "にしだ", "ぬまた", "ねもと", "のむら", "はやし", "ひらの", "ふじた", "へんみ",
                "ほんだ", "まつだ", "みうら", "むらかみ", "めぐろ", "もりた", "やまだ", "ゆあさ", "よしだ", "らいでん", "りゅう", "るすい", "れいもん", "ろくた",
                "わたなべ", "をの", "んじゃめな");
        assertSorted(expected);
    }

    @Test
    void voicedSemiVoicedAndSmallKanaFollowTheirBase() {
        assertSorted(List.of("か", "が", "き", "ぎ", "く"));
        assertSorted(List.of("は", "ば", "ぱ", "ひ"));
        assertSorted(List.of("つ", "っ", "づ", "て"));
        assertSorted(List.of("や", "ゃ", "ゆ"));
        assertSorted(List.of("う", "ぅ", "ゔ", "え"));
        assertSorted(List.of("はは", "ばば", "ぱぱ"));
        assertSorted(List.of("しよう", "しょう", "しろ"));
    }

    @Test
    void voicingOnlyBreaksTiesBetweenOtherwiseEqualReadings() {
        // dictionary order: がい (primary かい) comes before かお
        assertSorted(List.of("かい", "がい", "かお"));
        assertSorted(List.of("かつお", "がっこう", "かわぐち", "かわごえ"));
    }

    @Test
    void longVowelMarkSortsAsTheVowelItLengthens() {
        assertSorted(List.of("らあめん", "らーめん", "らいむ"));
        assertSorted(List.of("こうひい", "コーヒー", "こおり"));
        assertEquals(
                JapaneseText.readingSortKey("らあめん").split("\u0001")[0],
                JapaneseText.readingSortKey("ラーメン").split("\u0001")[0]);
    }

    @Test
    void shorterReadingsComeFirst() {
        assertSorted(List.of("かわ", "かわぐち", "かわぐちし"));
    }

    @Test
    void katakanaHiraganaHalfWidthSpacesAndDotsShareOneKey() {
        String key = JapaneseText.readingSortKey("やまだたろう");
        assertEquals(key, JapaneseText.readingSortKey("ヤマダタロウ"));
        assertEquals(key, JapaneseText.readingSortKey("ﾔﾏﾀﾞ ﾀﾛｳ"));
        assertEquals(key, JapaneseText.readingSortKey("ヤマダ・タロウ"));
        assertEquals(key, JapaneseText.readingSortKey("やまだ\u3000たろう"));
        assertNotEquals(key, JapaneseText.readingSortKey("やまたたろう"));
    }

    @Test
    void emptyAndNullReadingsHaveTheEmptyKey() {
        assertEquals("", JapaneseText.readingSortKey(null));
        assertEquals("", JapaneseText.readingSortKey(" "));
    }

    @Test
    void sortsMunicipalityReadingsUnlikePlainStringOrder() {
        List<String> readings = new ArrayList<>(List.of("ワラビシ", "さいたまし", "ｶﾜｸﾞﾁｼ", "アサカシ", "ガッコウ", "カツオ"));
        readings.sort(JapaneseText.byReading());
        assertEquals(List.of("アサカシ", "カツオ", "ガッコウ", "ｶﾜｸﾞﾁｼ", "さいたまし", "ワラビシ"), readings);

        List<String> plain = new ArrayList<>(readings);
        Collections.sort(plain);
        assertNotEquals(readings, plain, "plain String order puts hiragana before katakana");
    }

    @Test
    void byReadingIsStableForEqualKeysAndAcceptsNull() {
        List<String> readings = new ArrayList<>(Arrays.asList("かわぐち", null, "カワグチ", "あ"));
        readings.sort(JapaneseText.byReading());
        assertEquals(Arrays.asList(null, "あ", "かわぐち", "カワグチ"), readings);
        assertEquals(0, JapaneseText.byReading().compare("かわぐち", "かわぐち"));
        assertTrue(JapaneseText.byReading().compare("カワグチ", "かわぐち") != 0, "distinct strings keep a fixed order");
    }

    @ParameterizedTest
    @ValueSource(strings = {"やまだ たろう", "ヤマダ・タロウ", "ﾔﾏﾀﾞ ﾀﾛｳ", "らーめん", "ゔぁいおりん", "ヴァイオリン", "きょうどう", "ヶ", "やまだ\u3000たろう"})
    void acceptsReadings(String text) {
        assertTrue(JapaneseText.isReading(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"山田", "yamada", "やまだ1", "やまだ（たろう）", "ー", "・", " ", "やまだ。"})
    void rejectsWhatIsNotAReading(String text) {
        assertFalse(JapaneseText.isReading(text), text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nullAndEmptyAreNotReadings(String text) {
        assertFalse(JapaneseText.isReading(text));
    }

    private static void assertSorted(List<String> expected) {
        List<String> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        shuffled.sort(JapaneseText.byReading());
        assertEquals(expected, shuffled);
        for (int i = 1; i < expected.size(); i++) {
            String a = JapaneseText.readingSortKey(expected.get(i - 1));
            String b = JapaneseText.readingSortKey(expected.get(i));
            assertTrue(a.compareTo(b) < 0, expected.get(i - 1) + " < " + expected.get(i) + " by key");
        }
    }
}
