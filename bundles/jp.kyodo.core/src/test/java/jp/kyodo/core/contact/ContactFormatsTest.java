package jp.kyodo.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactFormatsTest {

    @Test
    void postalCodesAreStoredWithAHyphen() {
        assertEquals("332-8601", ContactFormats.postalCode("3328601"));
        assertEquals("332-8601", ContactFormats.postalCode("〒３３２ー８６０１"));
        assertTrue(ContactFormats.postalCodeError("332-8601").isEmpty());
        assertTrue(ContactFormats.postalCodeError("").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"332-860", "33-28601", "abc-defg", "332-86011"})
    void badPostalCodesAreRejected(String code) {
        assertTrue(ContactFormats.postalCodeError(code).orElseThrow().toString().contains("郵便番号"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"048-222-1111", "０４８－２２２－１１１１", "090-1234-5678", "0482221111", "03(3581)4111"})
    void japanesePhoneNumbersAreAccepted(String phone) {
        assertTrue(ContactFormats.phoneError(phone).isEmpty(), phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"48-222-1111", "048-222", "090-1234-56789", "tel 048"})
    void badPhoneNumbersAreRejected(String phone) {
        assertTrue(ContactFormats.phoneError(phone).orElseThrow().toString().contains("電話番号"), phone);
    }

    @Test
    void emailsAreCheckedAndTheDomainLowerCased() {
        assertEquals("Info@example.jp", ContactFormats.email("Info@EXAMPLE.jp"));
        assertTrue(ContactFormats.emailError("ｉｎｆｏ＠example.jp").isEmpty());
        assertTrue(ContactFormats.emailError("info@localhost").isPresent());
        assertTrue(ContactFormats.emailError("info example.jp").isPresent());
    }

    @Test
    void websitesNeedAScheme() {
        assertTrue(ContactFormats.urlError("https://www.city.kawaguchi.lg.jp/").isEmpty());
        assertTrue(ContactFormats.urlError("www.city.kawaguchi.lg.jp").isPresent());
    }
}
