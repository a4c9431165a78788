package jp.kyodo.core.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalGovernmentCodeTest {

    /** The worked examples of standards.md. */
    @ParameterizedTest(name = "{2}: {0} → {1}")
    @CsvSource({"11203, 112038, 川口市", "14130, 141305, 川崎市", "18206, 182061, 勝山市 (r = 0)", "13211, 132110, 小平市 (r = 1)"})
    void computesTheCheckDigitOfTheWorkedExamples(String jis, String full, String name) {
        assertEquals(full.charAt(5), LocalGovernmentCode.checkDigit(jis));
        assertEquals(full, LocalGovernmentCode.fromJisCode(jis).value());
        assertEquals(full, LocalGovernmentCode.parse(full).value());
        assertEquals(full, new LocalGovernmentCode(full).value());
    }

    @Test
    void remainderZeroGivesOneAndRemainderOneGivesZero() {
        // 勝山市 18206: 1·6 + 8·5 + 2·4 + 0·3 + 6·2 = 66 = 6·11 → r = 0 → (11 − 0) mod 10 = 1
        assertEquals('1', LocalGovernmentCode.checkDigit("18206"));
        // 小平市 13211: 1·6 + 3·5 + 2·4 + 1·3 + 1·2 = 34 = 3·11 + 1 → r = 1 → (11 − 1) mod 10 = 0
        assertEquals('0', LocalGovernmentCode.checkDigit("13211"));
    }

    @ParameterizedTest
    @CsvSource({"01000, 010006", "11000, 110001", "13000, 130001", "47000, 470007", "11100, 111007"})
    void computesPrefectureAndCityCodes(String jis, String full) {
        assertEquals(full, LocalGovernmentCode.fromJisCode(jis).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {" 112038 ", "１１２０３８", "\u3000１１２０３８\t", "112038\n"})
    void parseAcceptsSpacesAndFullWidthDigits(String text) {
        assertEquals(new LocalGovernmentCode("112038"), LocalGovernmentCode.parse(text));
    }

    @Test
    void parseRejectsAWrongCheckDigitNamingTheRightOne() {
        ValidationException e = assertThrows(ValidationException.class, () -> LocalGovernmentCode.parse("112034"));
        String message = e.errors().get(0).message();
        assertTrue(message.contains("チェックディジット"), message);
        assertTrue(message.contains("正しくは 8"), message);
        assertTrue(message.contains("112038"), message);
        assertEquals("localGovernmentCode", e.errors().get(0).field());
    }

    @Test
    void everyWrongCheckDigitIsRejected() {
        List<String> accepted = new ArrayList<>();
        for (char d = '0'; d <= '9'; d++) {
            try {
                accepted.add(LocalGovernmentCode.parse("14130" + d).value());
            } catch (ValidationException expected) {
                // wrong digit
            }
        }
        assertEquals(List.of("141305"), accepted);
    }

    @Test
    void parseGivesTheFullCodeForAFiveDigitJisCode() {
        ValidationException e = assertThrows(ValidationException.class, () -> LocalGovernmentCode.parse("11203"));
        assertTrue(e.getMessage().contains("112038"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1120380", "11203a", "11-203", "abcdef", "1120 38"})
    void parseRejectsWhatIsNotSixDigits(String text) {
        assertThrows(ValidationException.class, () -> LocalGovernmentCode.parse(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void parseRejectsEmptyInput(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> LocalGovernmentCode.parse(text));
        assertEquals("団体コードを入力してください", e.errors().get(0).message());
    }

    @Test
    void constructorAcceptsOnlyCanonicalValidCodes() {
        assertThrows(ValidationException.class, () -> new LocalGovernmentCode("112034"));
        assertThrows(ValidationException.class, () -> new LocalGovernmentCode(" 112038"));
        assertThrows(ValidationException.class, () -> new LocalGovernmentCode("１１２０３８"));
        assertThrows(NullPointerException.class, () -> new LocalGovernmentCode(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000", "48000", "99203"})
    void rejectsPrefectureCodesOutsideOneToFortySeven(String jis) {
        ValidationException e = assertThrows(ValidationException.class, () -> LocalGovernmentCode.fromJisCode(jis));
        assertTrue(e.getMessage().contains("01〜47"), e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1120", "112038", "1120a"})
    void checkDigitNeedsFiveDigits(String text) {
        assertThrows(ValidationException.class, () -> LocalGovernmentCode.checkDigit(text));
    }

    @Test
    void fromJisCodeAcceptsFullWidthDigits() {
        assertEquals("141305", LocalGovernmentCode.fromJisCode(" １４１３０ ").value());
    }

    @Test
    void partsOfTheCode() {
        LocalGovernmentCode kawaguchi = LocalGovernmentCode.parse("112038");
        assertEquals("11", kawaguchi.prefectureCode());
        assertEquals("11203", kawaguchi.jisCode());
        assertFalse(kawaguchi.isPrefecture());
        assertEquals(LocalGovernmentCode.parse("110001"), kawaguchi.prefecture());

        LocalGovernmentCode saitamaPrefecture = LocalGovernmentCode.parse("110001");
        assertTrue(saitamaPrefecture.isPrefecture());
        assertEquals(saitamaPrefecture, saitamaPrefecture.prefecture());
        assertFalse(LocalGovernmentCode.parse("111007").isPrefecture(), "さいたま市 ends in 00 but is a city");
    }

    @Test
    void ordersAndPrintsByValue() {
        assertTrue(LocalGovernmentCode.parse("010006").compareTo(LocalGovernmentCode.parse("470007")) < 0);
        assertEquals("112038", LocalGovernmentCode.parse("112038").toString());
    }
}
