package jp.kyodo.training.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.registry.Consent;
import jp.kyodo.registry.ConsentScope;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerProfiles;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.Person;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.registry.PersonRegistry;

/** The registry's people as training sees them through the API, kept in memory. */
final class People implements PersonRegistry, PartnerProfiles {

    private final Map<Long, Person> people = new TreeMap<>();
    private long nextId = 100;

    /** A citizen born in the year (null: unknown), volunteer or not. */
    Person add(String name, Integer birthYear, boolean volunteer) {
        PersonDraft d = PersonDraft.of(name, "てすと");
        d = new PersonDraft(
                d.name(), d.nameReading(), birthYear, "", null, "", Set.of(), Set.of(), volunteer, null, null, "");
        return create(d);
    }

    @Override
    public Person get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no person " + id));
    }

    @Override
    public Optional<Person> find(long id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public Person create(PersonDraft draft) {
        Person p = new Person(nextId++, 0, true, false, Instant.EPOCH, Instant.EPOCH, draft, List.of(), false);
        people.put(p.id(), p);
        return p;
    }

    @Override
    public Person update(long id, int expectedVersion, PersonDraft draft) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Person deactivate(long id, String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Person reactivate(long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Person erase(long id, String reason) {
        Person p = get(id);
        Person erased = new Person(
                id,
                p.version() + 1,
                false,
                true,
                p.createdAt(),
                p.updatedAt(),
                PersonDraft.of("消去済み", ""),
                List.of(),
                false);
        people.put(id, erased);
        return erased;
    }

    @Override
    public List<PartnerSummary> possibleDuplicates(PersonDraft draft, Long exceptId) {
        return List.of();
    }

    @Override
    public List<Consent> consents(long personId) {
        return List.of();
    }

    @Override
    public Consent recordConsent(
            long personId, ConsentScope scope, String recipient, String purpose, java.time.LocalDate givenOn) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Consent withdrawConsent(long consentId, java.time.LocalDate withdrawnOn) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean hasConsent(long personId, ConsentScope scope) {
        return true;
    }

    @Override
    public Optional<PartnerProfile> profile(long id) {
        return find(id).map(p -> new PartnerProfile(
                p.id(),
                PartnerType.CITIZEN,
                p.details().name(),
                Set.of(),
                Set.of(),
                "",
                Set.of(),
                Set.of(),
                false,
                p.details().volunteer(),
                false,
                true,
                true,
                Instant.EPOCH));
    }

    @Override
    public void forEach(Consumer<PartnerProfile> visitor) {
        people.keySet().forEach(id -> profile(id).ifPresent(visitor));
    }

    @Override
    public List<PartnerProfile> changedSince(Instant since) {
        return people.keySet().stream().map(id -> profile(id).orElseThrow()).toList();
    }
}
