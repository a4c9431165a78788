package jp.kyodo.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.registry.Consent;
import jp.kyodo.registry.ConsentScope;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.Person;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.registry.PersonRegistry;
import jp.kyodo.registry.RegistryEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PersonRegistry.class)
public final class People implements PersonRegistry {

    /** What an erased person's name becomes. */
    static final String ERASED_NAME = "（消去済み）";

    private final RegistryBackend b;
    private final PersonStore store;
    private final MembershipStore memberships;
    private final ConsentStore consents;

    @Activate
    public People(@Reference RegistryBackend backend) {
        this.b = backend;
        this.store = backend.people();
        this.memberships = backend.memberships();
        this.consents = backend.consents();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Messages.get("partner.notFound", Messages.kind(PartnerKind.PERSON), id));
    }

    private static ConflictException erasedUnchangeable() {
        return new ConflictException(Messages.get("person.erasedUnchangeable"));
    }

    @Override
    public Person get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public Optional<Person> find(long id) {
        Actor actor = SecurityContext.require();
        boolean personal = Privacy.seesPersonalData(actor);
        return b.write(c -> {
            Optional<PartnerMeta> meta = store.meta(c, id);
            if (meta.isEmpty() || (!personal && !meta.get().profileConsent())) {
                return Optional.<Person>empty();
            }
            PersonStore.StoredPerson stored = store.stored(c, id).orElseThrow();
            if (personal && !stored.erased()) {
                b.audit(AuditAction.READ_PERSONAL, PersonStore.RECORD_TYPE, id, "個人の詳細（連絡先を含む）を表示");
            }
            PartnerMeta m = meta.get();
            return Optional.of(new Person(
                    id,
                    m.version(),
                    m.active(),
                    stored.erased(),
                    m.createdAt(),
                    m.updatedAt(),
                    Privacy.mask(stored.draft(), actor),
                    memberships.ofPerson(c, id),
                    !personal));
        });
    }

    @Override
    public Person create(PersonDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        PersonDraft clean = b.rules().check(draft);
        long id = b.write(c -> {
            long created = store.insert(c, clean);
            b.reindexAfterCommit(created);
            b.audit(AuditAction.CREATE, PersonStore.RECORD_TYPE, created, "個人を登録");
            b.postAfterCommit(RegistryEvents.PERSON_CREATED, created);
            return created;
        });
        return get(id);
    }

    @Override
    public Person update(long id, int expectedVersion, PersonDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        PersonDraft clean = b.rules().check(draft);
        b.write(c -> {
            PersonStore.StoredPerson before = store.stored(c, id).orElseThrow(() -> notFound(id));
            if (before.erased()) {
                throw erasedUnchangeable();
            }
            store.update(c, id, expectedVersion, clean);
            b.reindexAfterCommit(id);
            b.audit(AuditAction.UPDATE, PersonStore.RECORD_TYPE, id, Changes.describe(before.draft(), clean));
            b.postAfterCommit(RegistryEvents.PERSON_UPDATED, id);
            return null;
        });
        return get(id);
    }

    @Override
    public Person deactivate(long id, String reason) {
        return setActive(id, false, reason);
    }

    @Override
    public Person reactivate(long id) {
        return setActive(id, true, null);
    }

    private Person setActive(long id, boolean active, String reason) {
        Activation.change(b, store, RegistryEvents.PERSON_UPDATED, id, active, reason, c -> {
            if (store.stored(c, id).orElseThrow().erased()) {
                throw erasedUnchangeable();
            }
            return null;
        });
        return get(id);
    }

    @Override
    public Person erase(long id, String reason) {
        Permissions.requireRole(Role.COORDINATOR);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ValidationException.of("reason", Messages.get("erase.reasonRequired"));
        }
        b.write(c -> {
            PartnerMeta meta = store.meta(c, id).orElseThrow(() -> notFound(id));
            if (store.stored(c, id).orElseThrow().erased()) {
                throw new ConflictException(Messages.get("person.alreadyErased"));
            }
            store.update(c, id, meta.version(), PersonDraft.of(ERASED_NAME, ""));
            b.partners().setActive(c, id, false);
            b.partners().setProfileConsent(c, id, false);
            store.markErased(c, id, b.now());
            store.setDeactivationReason(c, id, null);
            memberships.removeAllOf(c, id);
            consents.withdrawAllOf(c, id, b.today());
            b.reindexAfterCommit(id);
            b.audit(AuditAction.ERASE, PersonStore.RECORD_TYPE, id, "本人の申出により個人情報を消去: " + why);
            b.postAfterCommit(RegistryEvents.PERSON_DELETED, id);
            return null;
        });
        return get(id);
    }

    @Override
    public List<PartnerSummary> possibleDuplicates(PersonDraft draft, Long exceptId) {
        Permissions.requireRole(Role.COORDINATOR);
        return b.read(c -> store.possibleDuplicates(c, draft, exceptId));
    }

    @Override
    public List<Consent> consents(long personId) {
        Permissions.requireRole(Role.COORDINATOR);
        return b.read(c -> consents.of(c, personId));
    }

    @Override
    public Consent recordConsent(
            long personId, ConsentScope scope, String recipient, String purpose, LocalDate givenOn) {
        Permissions.requireRole(Role.COORDINATOR);
        LocalDate today = b.today();
        LocalDate given = givenOn == null ? today : givenOn;
        String to = recipient == null ? "" : recipient.strip();
        String why = purpose == null ? "" : purpose.strip();
        List<FieldError> errors = new ArrayList<>();
        if (scope == null) {
            errors.add(new FieldError("scope", Messages.get("consent.scopeRequired")));
        }
        if (to.isEmpty() || to.length() > 200) {
            errors.add(new FieldError("recipient", Messages.get("consent.recipient")));
        }
        if (why.isEmpty() || why.length() > 500) {
            errors.add(new FieldError("purpose", Messages.get("consent.purpose")));
        }
        if (given.isAfter(today)) {
            errors.add(new FieldError("givenOn", Messages.get("consent.givenInFuture")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long consentId = b.write(c -> {
            store.meta(c, personId).orElseThrow(() -> notFound(personId));
            if (store.stored(c, personId).orElseThrow().erased()) {
                throw new ConflictException(Messages.get("consent.personErased"));
            }
            long id = consents.insert(c, personId, scope, to, why, given);
            refreshProfileConsent(c, personId);
            b.audit(AuditAction.UPDATE, PersonStore.RECORD_TYPE, personId, "同意を記録: " + scope.labelJa());
            b.postAfterCommit(RegistryEvents.PERSON_UPDATED, personId);
            return id;
        });
        return b.read(c -> consents.find(c, consentId).orElseThrow());
    }

    @Override
    public Consent withdrawConsent(long consentId, LocalDate withdrawnOn) {
        Permissions.requireRole(Role.COORDINATOR);
        LocalDate on = withdrawnOn == null ? b.today() : withdrawnOn;
        if (on.isAfter(b.today())) {
            throw ValidationException.of("withdrawnOn", Messages.get("consent.withdrawnInFuture"));
        }
        return b.write(c -> {
            Consent consent = consents.find(c, consentId)
                    .orElseThrow(() -> new NotFoundException(Messages.get("consent.notFound", consentId)));
            if (consent.withdrawnOn() != null) {
                throw new ConflictException(Messages.get("consent.alreadyWithdrawn"));
            }
            if (on.isBefore(consent.givenOn())) {
                throw ValidationException.of("withdrawnOn", Messages.get("consent.withdrawnBeforeGiven"));
            }
            consents.withdraw(c, consentId, on);
            refreshProfileConsent(c, consent.personId());
            b.audit(
                    AuditAction.UPDATE,
                    PersonStore.RECORD_TYPE,
                    consent.personId(),
                    "同意の撤回を記録: " + consent.scope().labelJa());
            b.postAfterCommit(RegistryEvents.PERSON_UPDATED, consent.personId());
            return consents.find(c, consentId).orElseThrow();
        });
    }

    /** Whether viewers and staff may see the person follows their PROFILE consents. */
    private void refreshProfileConsent(Connection c, long personId) throws SQLException {
        b.partners().setProfileConsent(c, personId, consents.inForce(c, personId, ConsentScope.PROFILE, b.today()));
        b.reindexAfterCommit(personId);
    }

    @Override
    public boolean hasConsent(long personId, ConsentScope scope) {
        SecurityContext.require();
        LocalDate today = b.today();
        return b.read(c -> consents.inForce(c, personId, scope, today));
    }
}
