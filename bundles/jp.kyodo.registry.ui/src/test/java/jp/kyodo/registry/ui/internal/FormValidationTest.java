package jp.kyodo.registry.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.contact.ContactFormats;
import jp.kyodo.core.contact.CorporateNumber;
import org.junit.jupiter.api.Test;

class FormValidationTest {

    private static final List<String> BOUND = List.of(
            "name", "corporateNumber", "publicContact.phone", "representative", "representative.nameReading", "expert");

    @Test
    void aFieldMatchesItsOwnName() {
        assertEquals(Optional.of("corporateNumber"), FormValidation.match(BOUND, "corporateNumber"));
        assertEquals(Optional.of("publicContact.phone"), FormValidation.match(BOUND, "publicContact.phone"));
        assertEquals(
                Optional.of("representative.nameReading"), FormValidation.match(BOUND, "representative.nameReading"));
    }

    @Test
    void aNestedFieldFallsBackToTheNearestEnclosingName() {
        assertEquals(Optional.of("representative"), FormValidation.match(BOUND, "representative.contact.phone"));
        assertEquals(Optional.of("expert"), FormValidation.match(BOUND, "expert.offeredSkills"));
    }

    @Test
    void unknownFieldsAndPrefixesThatAreNotPathsMatchNothing() {
        assertEquals(Optional.empty(), FormValidation.match(BOUND, "tags"));
        assertEquals(Optional.empty(), FormValidation.match(BOUND, ""));
        // "nameReading" is not nested in "name"
        assertEquals(Optional.empty(), FormValidation.match(BOUND, "nameReading"));
        assertEquals(Optional.empty(), FormValidation.match(BOUND, "publicContact.email"));
    }

    @Test
    void serviceErrorsAreShownAtTheirFieldsAndTheRestIsReturned() {
        TextField number = new TextField();
        TextField phone = new TextField();
        TextField name = new TextField();
        FormValidation validation = new FormValidation()
                .bind("name", name)
                .bind("corporateNumber", number)
                .bind("representative.contact.phone", phone);

        List<FieldError> rest = validation.show(new ValidationException(List.of(
                new FieldError("corporateNumber", "法人番号は13桁の数字です"),
                new FieldError("representative.contact.phone", "電話番号は0から始まる10桁または11桁の数字で入力してください"),
                new FieldError("", "全体の問題"))));

        assertTrue(number.isInvalid());
        assertEquals("法人番号は13桁の数字です", number.getErrorMessage());
        assertTrue(phone.isInvalid());
        assertFalse(name.isInvalid());
        assertEquals(List.of(new FieldError("", "全体の問題")), rest);
    }

    @Test
    void instantChecksRunOnChangeAndBeforeSaving() {
        TextField number = new TextField();
        TextField email = new TextField();
        FormValidation validation = new FormValidation()
                .bind("corporateNumber", number, CorporateNumber::error)
                .bind("publicContact.email", email, ContactFormats::emailError);

        number.setValue("1234567890123");
        assertTrue(number.isInvalid(), "checked as soon as the value changes");
        assertTrue(number.getErrorMessage().contains("チェックデジット"), number.getErrorMessage());

        email.setValue("info@example.jp");
        assertEquals(1, validation.checkAll());

        number.setValue("7000012050002");
        assertFalse(number.isInvalid());
        assertEquals("", number.getErrorMessage());
        assertEquals(0, validation.checkAll());
    }

    @Test
    void checkingAgainClearsTheServiceMessagesOfTheLastAttempt() {
        TextField tags = new TextField();
        FormValidation validation = new FormValidation().bind("tags", tags);
        validation.show(ValidationException.of("tags", "タグが多すぎます"));
        assertTrue(tags.isInvalid());
        assertEquals(0, validation.checkAll());
        assertFalse(tags.isInvalid());
    }
}
