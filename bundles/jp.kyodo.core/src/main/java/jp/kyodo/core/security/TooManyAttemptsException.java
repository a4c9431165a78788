package jp.kyodo.core.security;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.Message;
import jp.kyodo.core.MessageCatalog;

/**
 * A sign-in or API call refused without checking its secret, because the account or the client's
 * address failed too often (see {@link LoginThrottle}). The REST layer answers 429 with {@code
 * Retry-After}; the login page says until when.
 */
public class TooManyAttemptsException extends DomainException {

    /** The {@link #code()} of this exception. */
    public static final String CODE = "too-many-attempts";

    private static final long serialVersionUID = 1L;
    private static final MessageCatalog MESSAGES =
            MessageCatalog.of(TooManyAttemptsException.class, "jp.kyodo.core.messages");
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final LoginThrottle.Block block;
    private final long retryAfterSeconds;

    /**
     * @param block what is refused and until when
     * @param now the current time, for the seconds to wait
     */
    public TooManyAttemptsException(LoginThrottle.Block block, Instant now) {
        super(CODE, message(Objects.requireNonNull(block, "block"), block.retryAfterSeconds(now)));
        this.block = block;
        this.retryAfterSeconds = block.retryAfterSeconds(now);
    }

    /** The refused account or address, until when, and whether it is a lock. */
    public LoginThrottle.Block block() {
        return block;
    }

    /** Whole seconds to wait (at least 1), for the {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static Message message(LoginThrottle.Block block, long seconds) {
        if (!block.locked()) {
            return MESSAGES.get("security.tooManyAttempts.wait", seconds);
        }
        // month, day and time apart: each language puts them in its own order
        ZonedDateTime until = block.until().atZone(JAPAN);
        return MESSAGES.get(
                block.key().kind() == LoginThrottle.Kind.ACCOUNT
                        ? "security.tooManyAttempts.account"
                        : "security.tooManyAttempts.address",
                until.getMonthValue(),
                until.getDayOfMonth(),
                TIME.format(until));
    }
}
