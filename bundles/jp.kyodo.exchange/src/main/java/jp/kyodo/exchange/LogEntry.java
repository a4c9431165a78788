package jp.kyodo.exchange;

import java.time.Instant;

/**
 * One message in or out, for audit.
 *
 * @param peerCode the neighbour's code as the message named it (also for unknown senders)
 * @param messageId the message's {@code jti}; empty when it could not be read
 * @param reason why it was refused or failed (the refusal code and message); empty when accepted
 * @param records the records it carried
 * @param digest SHA-256 of the message as sent or received (hex), to match it with the other city's log
 * @param address the other side's address (in) or URL (out)
 */
public record LogEntry(
        long id,
        Instant at,
        Direction direction,
        String peerCode,
        String peerName,
        String messageId,
        Outcome outcome,
        String reason,
        int records,
        long bytes,
        String digest,
        String address) {}
