package jp.kyodo.core;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The input breaks a rule. Carries every problem found, not only the first, so that a form or an
 * imported CSV file can be corrected in one go.
 */
public class ValidationException extends DomainException {

    /** The {@link #code()} of every validation error. */
    public static final String CODE = "validation";

    private static final long serialVersionUID = 1L;

    private static final MessageCatalog MESSAGES =
            MessageCatalog.of(ValidationException.class, "jp.kyodo.core.messages");

    /** How many field errors the message lists; {@link #errors()} always has all of them. */
    private static final int ERRORS_IN_MESSAGE = 5;

    private final List<FieldError> errors;

    /**
     * @param errors the problems found; at least one
     */
    public ValidationException(List<FieldError> errors) {
        super(CODE, summary(errors, Locale.JAPANESE));
        this.errors = List.copyOf(errors);
    }

    /** A single problem with one field, described in Japanese only. */
    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    /** A single problem with one field. */
    public static ValidationException of(String field, Message message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    /** Every problem found, in the order found. */
    public List<FieldError> errors() {
        return errors;
    }

    /** The first problems, in the language. */
    @Override
    public String message(Locale locale) {
        return summary(errors, locale);
    }

    private static String summary(List<FieldError> errors, Locale locale) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one error");
        }
        String listed = errors.stream()
                .limit(ERRORS_IN_MESSAGE)
                .map(e -> e.field().isEmpty() ? e.message(locale) : e.field() + ": " + e.message(locale))
                .collect(Collectors.joining(" / "));
        int more = errors.size() - ERRORS_IN_MESSAGE;
        if (more > 0) {
            listed = MESSAGES.get("error.validation.more", listed, more).in(locale);
        }
        return MESSAGES.get("error.validation", listed).in(locale);
    }
}
