package jp.kyodo.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Partners' profiles for matching indexes (the matching module keeps one in memory, current from {@link
 * RegistryEvents}). Coordinators and the platform's own jobs only: the profiles name private persons.
 * Reading them is not audited one by one — they hold no contact data.
 */
public interface PartnerProfiles {

    Optional<PartnerProfile> profile(long id);

    /** Every partner, active or not, in id order, without holding them all in memory. */
    void forEach(Consumer<PartnerProfile> visitor);

    /** Partners changed at or after the instant, for catching up with changes made on other nodes. */
    List<PartnerProfile> changedSince(Instant since);
}
