package jp.kyodo.core.internal.persistence;

/** A bundle's schema could not be brought up to date; its components stay unavailable. */
public final class MigrationException extends Exception {

    private static final long serialVersionUID = 1L;

    MigrationException(String message) {
        super(message);
    }

    MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
