package jp.kyodo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    private static final List<String> BOUND =
            List.of("title", "judgement", "partners[0].organisationId", "partners[1].role", "indicators");

    @Test
    void namesMatchThemselvesOrTheNearestEnclosingName() {
        assertEquals(Optional.of("title"), FieldErrors.match(BOUND, "title"));
        assertEquals(Optional.of("judgement"), FieldErrors.match(BOUND, "judgement.synergyNote"));
        assertEquals(Optional.of("partners[0].organisationId"), FieldErrors.match(BOUND, "partners[0].organisationId"));
        assertEquals(Optional.of("indicators"), FieldErrors.match(BOUND, "indicators[2].target"));
        assertEquals(Optional.empty(), FieldErrors.match(BOUND, "partners[1].organisationId"));
        assertEquals(Optional.empty(), FieldErrors.match(BOUND, "titleReading"), "not nested in title");
    }

    @Test
    void serviceErrorsAppearAtTheirFieldsAndChangingTheFieldClearsThem() {
        TextField title = new TextField();
        TextField role = new TextField();
        FieldErrors errors =
                new FieldErrors(() -> Locale.JAPANESE).bind("title", title).bind("partners[0].role", role);

        List<FieldError> rest = errors.show(new ValidationException(List.of(
                new FieldError("title", "入力してください"),
                new FieldError("partners[0].role", "1000文字以内で入力してください"),
                new FieldError("agendaId", "取組はありません"))));

        assertTrue(title.isInvalid());
        assertEquals("入力してください", title.getErrorMessage());
        assertTrue(role.isInvalid());
        assertEquals(List.of("agendaId"), rest.stream().map(FieldError::field).toList());
        title.setValue("エコライフDAY");
        assertFalse(title.isInvalid());
    }

    @Test
    void requiredFieldsAreMarkedBeforeTheServiceIsAsked() {
        TextField title = new TextField();
        TextField note = new TextField();
        FieldErrors errors = new FieldErrors(() -> Locale.JAPANESE)
                .require("title", title, "必須")
                .bind("note", note);

        title.setValue("   ");
        assertEquals(1, errors.checkRequired());
        assertEquals("必須", title.getErrorMessage());
        title.setValue("ok");
        assertEquals(0, errors.checkRequired());
    }

    @Test
    void unboundRowsNoLongerReceiveErrors() {
        TextField role = new TextField();
        FieldErrors errors = new FieldErrors(() -> Locale.JAPANESE).bind("partners[0].role", role);
        errors.unbind(name -> name.startsWith("partners["));

        List<FieldError> rest = errors.show(ValidationException.of("partners[0].role", "長すぎます"));

        assertFalse(role.isInvalid());
        assertEquals(1, rest.size());
    }
}
