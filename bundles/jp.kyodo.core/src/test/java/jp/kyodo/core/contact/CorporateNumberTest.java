package jp.kyodo.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorporateNumberTest {

    @Test
    void nationalTaxAgencyExampleFromTheStandard() {
        assertEquals('7', CorporateNumber.checkDigit("000012050002"));
        assertTrue(CorporateNumber.isValid("7000012050002"));
    }

    @Test
    void localGovernmentsAre000020PlusTheirCode() {
        assertTrue(CorporateNumber.isValid("8000020130001")); // 東京都
        assertEquals('8', CorporateNumber.checkDigit("000020130001"));
    }

    @Test
    void fullWidthAndHyphensAreAccepted() {
        assertTrue(CorporateNumber.isValid("７０００－０１２０－５０００２"));
        assertEquals("7000012050002", CorporateNumber.normalize(" 7000-0120-50002 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000012050002", "6000012050002", "7000012050003"})
    void aWrongCheckDigitIsRejectedWithAClearMessage(String number) {
        assertTrue(CorporateNumber.error(number).orElseThrow().toString().contains("チェックデジット"));
        assertTrue(CorporateNumber.error(number)
                .orElseThrow()
                .in(java.util.Locale.ENGLISH)
                .contains("check digit"));
        assertFalse(CorporateNumber.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"700001205000", "70000120500021", "70000120500a2"})
    void notThirteenDigitsIsRejected(String number) {
        assertTrue(CorporateNumber.error(number).orElseThrow().toString().contains("13桁"));
    }

    @Test
    void emptyIsNotAnErrorButNotValidEither() {
        assertTrue(CorporateNumber.error("").isEmpty());
        assertTrue(CorporateNumber.error("  ").isEmpty());
        assertFalse(CorporateNumber.isValid(""));
    }

    @Test
    void checkDigitNineWhenTheSumIsAMultipleOfNine() {
        // all zeros: sum 0 → 9 − 0 = 9
        assertEquals('9', CorporateNumber.checkDigit("000000000000"));
    }
}
