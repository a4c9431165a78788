package jp.kyodo.events.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerProfiles;
import jp.kyodo.registry.PartnerType;

/** The registry's partners as the events module sees them through the API, kept in memory. */
final class Partners implements PartnerProfiles {

    private final Map<Long, PartnerProfile> profiles = new TreeMap<>();
    private long nextId = 1;

    PartnerProfile organisation(PartnerType type, String name) {
        PartnerProfile p = new PartnerProfile(
                nextId++,
                type,
                name,
                Set.of(),
                Set.of(),
                "",
                Set.of(),
                Set.of(),
                false,
                false,
                false,
                true,
                true,
                Instant.EPOCH);
        profiles.put(p.id(), p);
        return p;
    }

    PartnerProfile person(String name) {
        PartnerProfile p = new PartnerProfile(
                nextId++,
                PartnerType.CITIZEN,
                name,
                Set.of(),
                Set.of(),
                "",
                Set.of(),
                Set.of(),
                false,
                true,
                false,
                true,
                true,
                Instant.EPOCH);
        profiles.put(p.id(), p);
        return p;
    }

    @Override
    public Optional<PartnerProfile> profile(long id) {
        return Optional.ofNullable(profiles.get(id));
    }

    @Override
    public void forEach(Consumer<PartnerProfile> visitor) {
        profiles.values().forEach(visitor);
    }

    @Override
    public List<PartnerProfile> changedSince(Instant since) {
        return List.copyOf(profiles.values());
    }
}
