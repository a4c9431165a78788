package jp.kyodo.registry.internal;

import java.time.Instant;
import jp.kyodo.registry.PartnerType;

/** The bookkeeping columns of a stored partner. */
record PartnerMeta(
        long id,
        PartnerType type,
        boolean active,
        int version,
        Instant createdAt,
        Instant updatedAt,
        boolean profileConsent) {}
