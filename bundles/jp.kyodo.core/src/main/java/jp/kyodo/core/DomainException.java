package jp.kyodo.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A failure the caller can understand and act on: bad input, a missing record, a missing permission,
 * a concurrent change. The message is written for the person using the platform — best as a {@link
 * Message} of the bundle's {@link MessageCatalog}, so that views show it in the session's language and
 * the REST API in the {@code Accept-Language} asked for ({@link #message(Locale)}); {@link #getMessage()}
 * is always the Japanese text. The {@link #code()} is for programs: the REST layer turns it into the HTTP
 * status and the machine-readable error, so it must never change once published.
 *
 * <p>Technical failures (a database that is down, a bug) are not domain exceptions; they stay ordinary
 * runtime exceptions and are logged where they are handled.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final Message text;

    /**
     * @param code stable machine-readable code such as {@code not-found}
     * @param message message for the user, in Japanese only (prefer {@link #DomainException(String,
     *     Message)})
     */
    public DomainException(String code, String message) {
        this(code, message, null);
    }

    /**
     * @param code stable machine-readable code such as {@code backup-failed}
     * @param message message for the user, in Japanese only
     * @param cause the technical reason, kept for the log
     */
    public DomainException(String code, String message, Throwable cause) {
        this(code, Objects.requireNonNull(message, "message"), null, cause);
    }

    /**
     * @param code stable machine-readable code such as {@code not-found}
     * @param message message for the user, in any language asked for
     */
    public DomainException(String code, Message message) {
        this(code, message, null);
    }

    /**
     * @param code stable machine-readable code
     * @param message message for the user, in any language asked for
     * @param cause the technical reason, kept for the log
     */
    public DomainException(String code, Message message, Throwable cause) {
        this(code, Objects.requireNonNull(message, "message").toString(), message, cause);
    }

    private DomainException(String code, String japanese, Message text, Throwable cause) {
        super(japanese, cause);
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        this.code = code;
        this.text = text;
    }

    /** The stable machine-readable code, e.g. {@code validation}, {@code not-found}. */
    public String code() {
        return code;
    }

    /** The message for the user in the language (English for {@code en}, otherwise Japanese). */
    public String message(Locale locale) {
        return text == null ? getMessage() : text.in(locale);
    }
}
