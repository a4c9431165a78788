package jp.kyodo.matching;

import java.time.Instant;

/**
 * A stored need.
 *
 * @param version for optimistic updates
 * @param ownerName the owner's name from the registry
 * @param openMatches matches of this need not yet completed or declined
 */
public record Need(
        long id,
        int version,
        NeedDraft details,
        String ownerName,
        NeedStatus status,
        int openMatches,
        Instant createdAt,
        Instant updatedAt) {}
