package jp.kyodo.core;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem with one input field, so that the UI can show the message next to the field and an API
 * client can tell which value to correct.
 *
 * @param field the field's name as the caller knows it: a property name ({@code limit}), a CSV
 *     position ({@code 3行目 団体コード}), or the empty string for a problem with the input as a whole
 * @param message what is wrong, in Japanese, for the user
 * @param text the same as a {@link Message}, for other languages; null when only Japanese was given
 */
public record FieldError(String field, String message, Message text) implements Serializable {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }

    /** A problem described in Japanese only. */
    public FieldError(String field, String message) {
        this(field, message, null);
    }

    /** A problem in any language asked for. */
    public FieldError(String field, Message message) {
        this(field, Objects.requireNonNull(message, "message").toString(), message);
    }

    /** What is wrong, in the language (English for {@code en}, otherwise Japanese). */
    public String message(Locale locale) {
        return text == null ? message : text.in(locale);
    }

    /** Equal when the field and the (Japanese) message are: the same problem, however it was built. */
    @Override
    public boolean equals(Object o) {
        return o instanceof FieldError e && field.equals(e.field) && message.equals(e.message);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + message.hashCode();
    }

    /** {@code field: message}, or only the message when the field is empty. */
    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
