package jp.kyodo.registry;

import java.time.Instant;
import jp.kyodo.core.Records;

/**
 * A stored organisation as the calling user may see it.
 *
 * @param id the registry id
 * @param version for optimistic locking: pass it back to {@link OrganisationRegistry#update}
 * @param active false once deactivated (records are deactivated, never deleted)
 * @param details what was entered; parts the user may not see are empty (see {@code masked})
 * @param masked true when contacts were withheld from this user
 * @param sourceCity the neighbouring city it was received from (川崎市, shown as 「川崎市の団体」); empty for this
 *     city's own organisations (since 1.3)
 */
public record Organisation(
        long id,
        int version,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        OrganisationDraft details,
        boolean masked,
        String sourceCity) {

    public Organisation {
        sourceCity = Records.text(sourceCity);
    }

    /** One of this city's own organisations (the constructor before 1.3). */
    public Organisation(
            long id,
            int version,
            boolean active,
            Instant createdAt,
            Instant updatedAt,
            OrganisationDraft details,
            boolean masked) {
        this(id, version, active, createdAt, updatedAt, details, masked, "");
    }

    /** Whether it was received from a neighbouring city (see {@link #sourceCity}). */
    public boolean received() {
        return !sourceCity.isEmpty();
    }
}
