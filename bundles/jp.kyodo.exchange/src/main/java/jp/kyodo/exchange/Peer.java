package jp.kyodo.exchange;

import java.time.Instant;

/**
 * A registered neighbouring city and how the exchange with it stands.
 *
 * @param name its name from the municipality list (川崎市)
 * @param keyId the thumbprint of its registered key
 * @param backlog shared records it has not acknowledged yet
 * @param lastSentAt when it last acknowledged a message of ours; null before
 * @param lastReceivedAt when we last accepted a message of its; null before
 * @param failures failed attempts in a row
 * @param nextAttemptAt when the next attempt is planned after failures; null when none failed
 * @param lastError the last failure's reason, empty after a success
 */
public record Peer(
        String municipalityCode,
        String name,
        String baseUrl,
        String publicKey,
        String keyId,
        boolean active,
        Instant registeredAt,
        PeerState state,
        long backlog,
        Instant lastSentAt,
        Instant lastReceivedAt,
        int failures,
        Instant nextAttemptAt,
        String lastError) {}
