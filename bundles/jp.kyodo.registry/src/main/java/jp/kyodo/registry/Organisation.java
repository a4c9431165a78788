package jp.kyodo.registry;

import java.time.Instant;

/**
 * A stored organisation as the calling user may see it.
 *
 * @param id the registry id
 * @param version for optimistic locking: pass it back to {@link OrganisationRegistry#update}
 * @param active false once deactivated (records are deactivated, never deleted)
 * @param details what was entered; parts the user may not see are empty (see {@code masked})
 * @param masked true when contacts were withheld from this user
 */
public record Organisation(
        long id,
        int version,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        OrganisationDraft details,
        boolean masked) {}
