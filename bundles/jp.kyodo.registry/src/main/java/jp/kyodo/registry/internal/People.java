package jp.kyodo.registry.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.contact.ContactFormats;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.registry.Consent;
import jp.kyodo.registry.ConsentScope;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.Person;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.registry.PersonRegistry;
import jp.kyodo.registry.RegistryEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PersonRegistry.class)
public final class People implements PersonRegistry {

    static final String RECORD_TYPE = "registry.person";

    /** What an erased person's name becomes. */
    static final String ERASED_NAME = "（消去済み）";

    private final RegistryBackend b;

    @Activate
    public People(@Reference RegistryBackend backend) {
        this.b = backend;
    }

    @Override
    public Person get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("個人（ID " + id + "）は見つかりません");
    }

    @Override
    public Optional<Person> find(long id) {
        Actor actor = SecurityContext.require();
        boolean personal = Privacy.seesPersonalData(actor);
        return b.tx.write(c -> {
            Optional<PartnerMeta> meta = b.store.meta(c, id).filter(m -> m.type() == PartnerType.CITIZEN);
            if (meta.isEmpty() || (!personal && !meta.get().profileConsent())) {
                return Optional.<Person>empty();
            }
            DetailStore.StoredPerson stored = b.details.person(c, id).orElseThrow();
            if (personal && !stored.erased()) {
                b.audit.record(AuditAction.READ_PERSONAL, RECORD_TYPE, Long.toString(id), "個人の詳細（連絡先を含む）を表示");
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
                    b.details.memberships(c, "PERSON_ID", id),
                    !personal));
        });
    }

    @Override
    public Person create(PersonDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        PersonDraft clean = b.rules().check(draft);
        long id = b.tx.write(c -> insert(c, clean));
        b.post(RegistryEvents.PERSON_CREATED, id);
        return get(id);
    }

    /** Inserts a checked draft, without an audit entry (the CSV import writes one for the file). */
    long insertRow(java.sql.Connection c, PersonDraft clean) throws java.sql.SQLException {
        // registered: as a volunteer when known, otherwise today
        LocalDate registered = clean.volunteerSince() != null ? clean.volunteerSince() : b.store.today();
        long id = b.store.insertPartner(c, PartnerRow.of(clean, registered), true);
        b.details.insertPerson(c, id, clean);
        return id;
    }

    private long insert(java.sql.Connection c, PersonDraft clean) throws java.sql.SQLException {
        long id = insertRow(c, clean);
        b.indexChanged(id);
        b.audit.record(AuditAction.CREATE, RECORD_TYPE, Long.toString(id), "個人を登録");
        return id;
    }

    @Override
    public Person update(long id, int expectedVersion, PersonDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        PersonDraft clean = b.rules().check(draft);
        b.tx.write(c -> {
            DetailStore.StoredPerson before = b.details.person(c, id).orElseThrow(() -> notFound(id));
            if (before.erased()) {
                throw new ConflictException("個人情報を消去した記録は変更できません");
            }
            b.store.updatePartner(c, id, expectedVersion, PartnerRow.of(clean, null));
            b.details.updatePerson(c, id, clean);
            b.indexChanged(id);
            b.audit.record(AuditAction.UPDATE, RECORD_TYPE, Long.toString(id), Changes.describe(before.draft(), clean));
            return null;
        });
        b.post(RegistryEvents.PERSON_UPDATED, id);
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
        b.changeActive(PartnerKind.PERSON, id, active, reason, c -> {
            if (b.details.person(c, id).orElseThrow().erased()) {
                throw new ConflictException("個人情報を消去した記録は変更できません");
            }
            return null;
        });
        b.post(RegistryEvents.PERSON_UPDATED, id);
        return get(id);
    }

    @Override
    public Person erase(long id, String reason) {
        Permissions.requireRole(Role.COORDINATOR);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ValidationException.of("reason", "消去の理由（本人からの申出の日付など）を入力してください");
        }
        b.tx.write(c -> {
            b.store.meta(c, id).filter(m -> m.type() == PartnerType.CITIZEN).orElseThrow(() -> notFound(id));
            DetailStore.StoredPerson stored = b.details.person(c, id).orElseThrow();
            if (stored.erased()) {
                throw new ConflictException("この個人の個人情報はすでに消去されています");
            }
            PersonDraft blank = PersonDraft.of(ERASED_NAME, "");
            PartnerRow row = PartnerRow.of(blank, null);
            int version = b.store.meta(c, id).orElseThrow().version();
            b.store.updatePartner(c, id, version, row);
            b.store.setActive(c, id, false);
            b.store.setProfileConsent(c, id, false);
            b.details.updatePerson(c, id, blank);
            b.details.markErased(c, id, b.store.clock().instant());
            b.details.setDeactivationReason(c, false, id, null);
            b.details.deleteMemberships(c, "PERSON_ID = ?", id);
            b.details.withdrawConsents(c, "PERSON_ID = ?", b.store.today(), id);
            b.indexChanged(id);
            b.audit.record(AuditAction.ERASE, RECORD_TYPE, Long.toString(id), "本人の申出により個人情報を消去: " + why);
            return null;
        });
        b.post(RegistryEvents.PERSON_DELETED, id);
        return get(id);
    }

    @Override
    public List<PartnerSummary> possibleDuplicates(PersonDraft draft, Long exceptId) {
        Permissions.requireRole(Role.COORDINATOR);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("PHONE", ContactFormats.phone(draft.contact().phone()));
        details.put("EMAIL", ContactFormats.email(draft.contact().email()));
        return b.tx.read(c -> b.store.duplicates(c, false, draft.name(), draft.nameReading(), details, exceptId));
    }

    @Override
    public List<Consent> consents(long personId) {
        Permissions.requireRole(Role.COORDINATOR);
        return b.tx.read(c -> b.details.consents(c, personId));
    }

    @Override
    public Consent recordConsent(
            long personId, ConsentScope scope, String recipient, String purpose, LocalDate givenOn) {
        Permissions.requireRole(Role.COORDINATOR);
        LocalDate given = givenOn == null ? b.store.today() : givenOn;
        String to = recipient == null ? "" : recipient.strip();
        String why = purpose == null ? "" : purpose.strip();
        List<jp.kyodo.core.FieldError> errors = new java.util.ArrayList<>();
        if (scope == null) {
            errors.add(new jp.kyodo.core.FieldError("scope", "同意の内容を選んでください"));
        }
        if (to.isEmpty() || to.length() > 200) {
            errors.add(new jp.kyodo.core.FieldError("recipient", "提供先を200文字以内で入力してください"));
        }
        if (why.isEmpty() || why.length() > 500) {
            errors.add(new jp.kyodo.core.FieldError("purpose", "利用目的を500文字以内で入力してください"));
        }
        if (given.isAfter(b.store.today())) {
            errors.add(new jp.kyodo.core.FieldError("givenOn", "同意日に未来の日付は入力できません"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long consentId = b.tx.write(c -> {
            b.store
                    .meta(c, personId)
                    .filter(m -> m.type() == PartnerType.CITIZEN)
                    .orElseThrow(() -> notFound(personId));
            if (b.details.person(c, personId).orElseThrow().erased()) {
                throw new ConflictException("個人情報を消去した記録には同意を登録できません");
            }
            long cid = b.details.insertConsent(c, personId, scope, to, why, given);
            refreshProfileConsent(c, personId);
            b.audit.record(AuditAction.UPDATE, RECORD_TYPE, Long.toString(personId), "同意を記録: " + scope.labelJa());
            return cid;
        });
        b.post(RegistryEvents.PERSON_UPDATED, personId);
        return b.tx.read(c -> b.details.consent(c, consentId).orElseThrow());
    }

    @Override
    public Consent withdrawConsent(long consentId, LocalDate withdrawnOn) {
        Permissions.requireRole(Role.COORDINATOR);
        LocalDate on = withdrawnOn == null ? b.store.today() : withdrawnOn;
        if (on.isAfter(b.store.today())) {
            throw ValidationException.of("withdrawnOn", "撤回日に未来の日付は入力できません");
        }
        Consent done = b.tx.write(c -> {
            Consent consent = b.details
                    .consent(c, consentId)
                    .orElseThrow(() -> new NotFoundException("同意（ID " + consentId + "）は見つかりません"));
            if (consent.withdrawnOn() != null) {
                throw new ConflictException("この同意はすでに撤回されています");
            }
            if (on.isBefore(consent.givenOn())) {
                throw ValidationException.of("withdrawnOn", "撤回日は同意日より後の日付にしてください");
            }
            b.details.withdrawConsents(c, "ID = ?", on, consentId);
            refreshProfileConsent(c, consent.personId());
            b.audit.record(
                    AuditAction.UPDATE,
                    RECORD_TYPE,
                    Long.toString(consent.personId()),
                    "同意の撤回を記録: " + consent.scope().labelJa());
            return b.details.consent(c, consentId).orElseThrow();
        });
        b.post(RegistryEvents.PERSON_UPDATED, done.personId());
        return done;
    }

    private void refreshProfileConsent(java.sql.Connection c, long personId) throws java.sql.SQLException {
        LocalDate today = b.store.today();
        boolean inForce = b.details.consents(c, personId).stream()
                .anyMatch(k -> k.scope() == ConsentScope.PROFILE && k.inForceOn(today));
        b.store.setProfileConsent(c, personId, inForce);
        b.indexChanged(personId);
    }

    @Override
    public boolean hasConsent(long personId, ConsentScope scope) {
        SecurityContext.require();
        LocalDate today = b.store.today();
        return b.tx.read(
                c -> b.details.consents(c, personId).stream().anyMatch(k -> k.scope() == scope && k.inForceOn(today)));
    }
}
