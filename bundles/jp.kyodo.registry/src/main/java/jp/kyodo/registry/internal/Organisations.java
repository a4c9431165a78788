package jp.kyodo.registry.internal;

import java.util.List;
import java.util.Optional;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.registry.Membership;
import jp.kyodo.registry.Organisation;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.OrganisationRegistry;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.RegistryEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = OrganisationRegistry.class)
public final class Organisations implements OrganisationRegistry {

    private final RegistryBackend b;
    private final OrganisationStore store;
    private final MembershipStore memberships;

    @Activate
    public Organisations(@Reference RegistryBackend backend) {
        this.b = backend;
        this.store = backend.organisations();
        this.memberships = backend.memberships();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Messages.get("partner.notFound", Messages.kind(PartnerKind.ORGANISATION), id));
    }

    @Override
    public Organisation get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public Optional<Organisation> find(long id) {
        Actor actor = SecurityContext.require();
        return b.write(c -> {
            Optional<PartnerMeta> meta = store.meta(c, id);
            if (meta.isEmpty()) {
                return Optional.<Organisation>empty();
            }
            OrganisationDraft d = store.read(c, id).orElseThrow();
            if (Privacy.seesPersonalData(actor) && Privacy.holdsPersonalContacts(d)) {
                b.audit(AuditAction.READ_PERSONAL, OrganisationStore.RECORD_TYPE, id, "代表者・連絡担当者の連絡先を表示");
            }
            PartnerMeta m = meta.get();
            return Optional.of(new Organisation(
                    m.id(),
                    m.version(),
                    m.active(),
                    m.createdAt(),
                    m.updatedAt(),
                    Privacy.mask(d, actor),
                    Privacy.masksSomething(d, actor),
                    store.sourceCity(c, id)));
        });
    }

    @Override
    public Organisation create(OrganisationDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        OrganisationDraft clean = b.rules().check(draft);
        long id = b.write(c -> {
            long created = store.insert(c, clean);
            b.reindexAfterCommit(created);
            b.audit(
                    AuditAction.CREATE,
                    OrganisationStore.RECORD_TYPE,
                    created,
                    clean.type().labelJa() + "「" + clean.name() + "」を登録");
            b.postAfterCommit(RegistryEvents.ORGANISATION_CREATED, created);
            return created;
        });
        return get(id);
    }

    @Override
    public Organisation update(long id, int expectedVersion, OrganisationDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        OrganisationDraft clean = b.rules().check(draft);
        b.write(c -> {
            OrganisationDraft before = store.read(c, id).orElseThrow(() -> notFound(id));
            store.update(c, id, expectedVersion, clean);
            b.reindexAfterCommit(id);
            b.audit(AuditAction.UPDATE, OrganisationStore.RECORD_TYPE, id, Changes.describe(before, clean));
            b.postAfterCommit(RegistryEvents.ORGANISATION_UPDATED, id);
            return null;
        });
        return get(id);
    }

    @Override
    public Organisation deactivate(long id, String reason) {
        return setActive(id, false, reason);
    }

    @Override
    public Organisation reactivate(long id) {
        return setActive(id, true, null);
    }

    private Organisation setActive(long id, boolean active, String reason) {
        Activation.change(b, store, RegistryEvents.ORGANISATION_UPDATED, id, active, reason, c -> null);
        return get(id);
    }

    @Override
    public List<PartnerSummary> possibleDuplicates(OrganisationDraft draft, Long exceptId) {
        SecurityContext.require();
        return b.read(c -> store.possibleDuplicates(c, draft, exceptId));
    }

    @Override
    public List<Membership> members(long organisationId) {
        SecurityContext.require();
        return b.read(c -> memberships.ofOrganisation(c, organisationId));
    }

    @Override
    public Membership addMember(long organisationId, long personId, String role) {
        Permissions.requireRole(Role.COORDINATOR);
        String r = role == null ? "" : role.strip();
        if (r.length() > 60) {
            throw ValidationException.of("role", Messages.get("member.roleTooLong"));
        }
        b.write(c -> {
            store.meta(c, organisationId).orElseThrow(() -> notFound(organisationId));
            b.people()
                    .meta(c, personId)
                    .filter(PartnerMeta::active)
                    .orElseThrow(() -> new NotFoundException(
                            Messages.get("partner.notFound", Messages.kind(PartnerKind.PERSON), personId)));
            boolean added = memberships.put(c, organisationId, personId, r);
            b.audit(
                    AuditAction.UPDATE,
                    OrganisationStore.RECORD_TYPE,
                    organisationId,
                    (added ? "会員を追加: 個人ID " : "会員の役割を変更: 個人ID ") + personId);
            b.postAfterCommit(RegistryEvents.ORGANISATION_UPDATED, organisationId);
            return null;
        });
        return members(organisationId).stream()
                .filter(m -> m.personId() == personId)
                .findFirst()
                .orElseThrow();
    }

    @Override
    public void removeMember(long organisationId, long personId) {
        Permissions.requireRole(Role.COORDINATOR);
        b.write(c -> {
            if (!memberships.remove(c, organisationId, personId)) {
                throw new NotFoundException(Messages.get("member.notRegistered"));
            }
            b.audit(AuditAction.UPDATE, OrganisationStore.RECORD_TYPE, organisationId, "会員を削除: 個人ID " + personId);
            b.postAfterCommit(RegistryEvents.ORGANISATION_UPDATED, organisationId);
            return null;
        });
    }
}
