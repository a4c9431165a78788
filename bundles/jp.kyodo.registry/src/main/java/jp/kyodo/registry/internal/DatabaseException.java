package jp.kyodo.registry.internal;

/** A database failure that is not the user's fault; answered as an internal error. */
final class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
