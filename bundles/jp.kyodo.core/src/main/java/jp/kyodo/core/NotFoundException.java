package jp.kyodo.core;

/**
 * The record asked for does not exist (or no longer exists). The REST layer answers 404.
 */
public class NotFoundException extends DomainException {
    private static final MessageCatalog MESSAGES = MessageCatalog.of(NotFoundException.class, "jp.kyodo.core.messages");

    /** The {@link #code()} of this exception. */
    public static final String CODE = "not-found";

    private static final long serialVersionUID = 1L;

    /** With a generic message. */
    public NotFoundException() {
        this(MESSAGES.get("error.notFound"));
    }

    /**
     * @param message which record was not found, in Japanese, e.g. 「団体コード 112038 は登録されていません」
     */
    public NotFoundException(String message) {
        super(CODE, message);
    }

    /** @param message which record was not found */
    public NotFoundException(Message message) {
        super(CODE, message);
    }
}
