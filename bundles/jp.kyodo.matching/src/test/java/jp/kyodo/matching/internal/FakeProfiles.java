package jp.kyodo.matching.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerProfiles;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.TimeBand;

/**
 * The registry's profiles as the matching module sees them through the API, kept in memory: the registry's
 * own implementation is tested in the registry bundle and, together with this module, in the
 * distribution's tests.
 */
final class FakeProfiles implements PartnerProfiles {

    private final Map<Long, PartnerProfile> profiles = new TreeMap<>();
    private long nextId = 1;

    PartnerProfile person(String name, String skills, String area, boolean expert, boolean consent) {
        return put(new PartnerProfile(
                nextId++,
                PartnerType.CITIZEN,
                name,
                Set.of(),
                area.isEmpty() ? Set.of() : Set.of(area),
                skills,
                Set.of(),
                Set.of(),
                expert,
                !expert,
                false,
                true,
                consent,
                Instant.EPOCH));
    }

    PartnerProfile organisation(PartnerType type, String name, String strengths, Set<String> fields, String area) {
        return put(new PartnerProfile(
                nextId++,
                type,
                name,
                fields,
                area.isEmpty() ? Set.of() : Set.of(area),
                strengths,
                Set.of(),
                Set.of(),
                false,
                false,
                false,
                true,
                true,
                Instant.EPOCH));
    }

    PartnerProfile put(PartnerProfile p) {
        profiles.put(p.id(), p);
        return p;
    }

    PartnerProfile with(PartnerProfile p, Set<String> fields, Set<DayOfWeek> days, Set<TimeBand> times) {
        return put(new PartnerProfile(
                p.id(),
                p.type(),
                p.name(),
                fields,
                p.areaCodes(),
                p.skills(),
                days,
                times,
                p.expert(),
                p.volunteer(),
                p.certified(),
                p.active(),
                p.matchingConsent(),
                Instant.EPOCH));
    }

    PartnerProfile withConsent(PartnerProfile p, boolean consent) {
        return put(new PartnerProfile(
                p.id(),
                p.type(),
                p.name(),
                p.fieldCodes(),
                p.areaCodes(),
                p.skills(),
                p.days(),
                p.times(),
                p.expert(),
                p.volunteer(),
                p.certified(),
                p.active(),
                consent,
                Instant.EPOCH));
    }

    @Override
    public Optional<PartnerProfile> profile(long id) {
        Permissions.requireRole(Role.COORDINATOR);
        return Optional.ofNullable(profiles.get(id));
    }

    @Override
    public void forEach(Consumer<PartnerProfile> visitor) {
        Permissions.requireRole(Role.COORDINATOR);
        profiles.values().forEach(visitor);
    }

    @Override
    public List<PartnerProfile> changedSince(Instant since) {
        Permissions.requireRole(Role.COORDINATOR);
        return List.of();
    }
}
