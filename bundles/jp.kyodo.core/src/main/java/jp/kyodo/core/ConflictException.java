package jp.kyodo.core;

/**
 * The change cannot be applied to the current state: someone else changed the record meanwhile, or the
 * new value clashes with an existing one (a duplicate code). Reloading and retrying may help. The REST
 * layer answers 409.
 */
public class ConflictException extends DomainException {

    /** The {@link #code()} of this exception. */
    public static final String CODE = "conflict";

    private static final long serialVersionUID = 1L;

    /** With the message for the usual case, a concurrent change. */
    public ConflictException() {
        this("他の利用者がこのデータを更新しました。画面を開き直してから、もう一度操作してください");
    }

    /**
     * @param message what clashes, in Japanese
     */
    public ConflictException(String message) {
        super(CODE, message);
    }
}
