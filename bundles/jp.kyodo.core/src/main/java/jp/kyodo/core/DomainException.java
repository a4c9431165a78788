package jp.kyodo.core;

import java.util.Objects;

/**
 * A failure the caller can understand and act on: bad input, a missing record, a missing permission,
 * a concurrent change. The message is written for the person using the platform (in Japanese, shown
 * as is by the UI), the {@link #code()} for programs: the REST layer turns it into the HTTP status and
 * the machine-readable error, so it must never change once published.
 *
 * <p>Technical failures (a database that is down, a bug) are not domain exceptions; they stay ordinary
 * runtime exceptions and are logged where they are handled.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * @param code stable machine-readable code such as {@code not-found}
     * @param message message for the user, in Japanese
     */
    public DomainException(String code, String message) {
        this(code, message, null);
    }

    /**
     * @param code stable machine-readable code such as {@code backup-failed}
     * @param message message for the user, in Japanese
     * @param cause the technical reason, kept for the log
     */
    public DomainException(String code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        this.code = code;
    }

    /** The stable machine-readable code, e.g. {@code validation}, {@code not-found}. */
    public String code() {
        return code;
    }
}
