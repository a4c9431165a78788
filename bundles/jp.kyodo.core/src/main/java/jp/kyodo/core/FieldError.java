package jp.kyodo.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem with one input field, so that the UI can show the message next to the field and an API
 * client can tell which value to correct.
 *
 * @param field the field's name as the caller knows it: a property name ({@code limit}), a CSV
 *     position ({@code 3行目 団体コード}), or the empty string for a problem with the input as a whole
 * @param message what is wrong, in Japanese, for the user
 */
public record FieldError(String field, String message) implements Serializable {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }

    /** {@code field: message}, or only the message when the field is empty. */
    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
