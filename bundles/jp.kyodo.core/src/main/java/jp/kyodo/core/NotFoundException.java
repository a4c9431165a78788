package jp.kyodo.core;

/**
 * The record asked for does not exist (or no longer exists). The REST layer answers 404.
 */
public class NotFoundException extends DomainException {

    /** The {@link #code()} of this exception. */
    public static final String CODE = "not-found";

    private static final long serialVersionUID = 1L;

    /** With a generic message. */
    public NotFoundException() {
        this("対象のデータが見つかりません");
    }

    /**
     * @param message which record was not found, in Japanese, e.g. 「団体コード 112038 は登録されていません」
     */
    public NotFoundException(String message) {
        super(CODE, message);
    }
}
