package jp.kyodo.matching;

import java.time.Instant;

/**
 * A stored offer. A private person's offer shows their name only to coordinators; others see
 * {@code providerName} 「個人の協力者」 until a match with them is agreed.
 */
public record Offer(
        long id,
        int version,
        OfferDraft details,
        String providerName,
        boolean providerIsPerson,
        OfferStatus status,
        Instant createdAt,
        Instant updatedAt) {}
