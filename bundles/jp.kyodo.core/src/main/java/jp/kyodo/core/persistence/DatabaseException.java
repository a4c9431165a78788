package jp.kyodo.core.persistence;

/**
 * A database failure that is not the user's fault (connection lost, a constraint the code should have
 * checked first, a broken statement). The REST API answers it as an internal error and logs it.
 */
public final class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
