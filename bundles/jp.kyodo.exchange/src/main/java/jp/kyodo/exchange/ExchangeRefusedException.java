package jp.kyodo.exchange;

import jp.kyodo.core.DomainException;

/**
 * A message this city does not accept, with the HTTP status the endpoint answers and a code a sending program can
 * act on: {@code not-configured} and {@code busy} (503, try later), {@code too-large} (413), {@code malformed},
 * {@code stale} and {@code wrong-recipient} (400), {@code bad-signature} (401), {@code unknown-peer} (403), {@code
 * replay} (409), {@code unsupported} (422: a record of an unknown kind or codec version).
 */
public class ExchangeRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final int retryAfterSeconds;

    public ExchangeRefusedException(String code, int status, String message) {
        this(code, status, message, 0);
    }

    public ExchangeRefusedException(String code, int status, String message, int retryAfterSeconds) {
        super(code, message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The HTTP status to answer. */
    public int status() {
        return status;
    }

    /** Seconds the sender should wait before trying again; 0 when not said. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
