package jp.kyodo.core;

/**
 * The acting user is not signed in or lacks the role the operation needs. Services throw it after
 * checking permissions on the server side, whatever the UI showed. The REST layer answers 403 (or 401
 * when nobody is signed in).
 */
public class AccessDeniedException extends DomainException {
    private static final MessageCatalog MESSAGES =
            MessageCatalog.of(AccessDeniedException.class, "jp.kyodo.core.messages");

    /** The {@link #code()} of this exception. */
    public static final String CODE = "access-denied";

    private static final long serialVersionUID = 1L;

    /** With a generic message. */
    public AccessDeniedException() {
        this(MESSAGES.get("error.accessDenied"));
    }

    /**
     * @param message why access was denied, in Japanese; must not reveal what the user may not see
     */
    public AccessDeniedException(String message) {
        super(CODE, message);
    }

    /** @param message why access was denied; must not reveal what the user may not see */
    public AccessDeniedException(Message message) {
        super(CODE, message);
    }
}
