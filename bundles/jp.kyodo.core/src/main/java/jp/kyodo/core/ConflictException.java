package jp.kyodo.core;

/**
 * The change cannot be applied to the current state: someone else changed the record meanwhile, or the
 * new value clashes with an existing one (a duplicate code). Reloading and retrying may help. The REST
 * layer answers 409.
 */
public class ConflictException extends DomainException {
    private static final MessageCatalog MESSAGES = MessageCatalog.of(ConflictException.class, "jp.kyodo.core.messages");

    /** The {@link #code()} of this exception. */
    public static final String CODE = "conflict";

    private static final long serialVersionUID = 1L;

    /** With the message for the usual case, a concurrent change. */
    public ConflictException() {
        this(MESSAGES.get("error.conflict"));
    }

    /**
     * @param message what clashes, in Japanese
     */
    public ConflictException(String message) {
        super(CODE, message);
    }

    /** @param message what clashes */
    public ConflictException(Message message) {
        super(CODE, message);
    }
}
