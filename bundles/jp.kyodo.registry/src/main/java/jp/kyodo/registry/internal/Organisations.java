package jp.kyodo.registry.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.RegistryEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = OrganisationRegistry.class)
public final class Organisations implements OrganisationRegistry {

    static final String RECORD_TYPE = "registry.organisation";

    private final RegistryBackend b;

    @Activate
    public Organisations(@Reference RegistryBackend backend) {
        this.b = backend;
    }

    @Override
    public Organisation get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("団体（ID " + id + "）は見つかりません"));
    }

    @Override
    public Optional<Organisation> find(long id) {
        Actor actor = SecurityContext.require();
        return b.tx.write(c -> {
            Optional<PartnerMeta> meta = b.store.meta(c, id).filter(m -> m.type() != PartnerType.CITIZEN);
            if (meta.isEmpty()) {
                return Optional.<Organisation>empty();
            }
            OrganisationDraft d = b.details.organisation(c, id).orElseThrow();
            if (Privacy.seesPersonalData(actor) && Privacy.holdsPersonalContacts(d)) {
                b.audit.record(AuditAction.READ_PERSONAL, RECORD_TYPE, Long.toString(id), "代表者・連絡担当者の連絡先を表示");
            }
            return Optional.of(toOrganisation(meta.get(), d, actor));
        });
    }

    private static Organisation toOrganisation(PartnerMeta m, OrganisationDraft d, Actor actor) {
        return new Organisation(
                m.id(),
                m.version(),
                m.active(),
                m.createdAt(),
                m.updatedAt(),
                Privacy.mask(d, actor),
                Privacy.masksSomething(d, actor));
    }

    @Override
    public Organisation create(OrganisationDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        OrganisationDraft clean = b.rules().check(draft);
        long id = b.tx.write(c -> insert(c, clean));
        b.post(RegistryEvents.ORGANISATION_CREATED, id);
        return get(id);
    }

    /** Inserts a checked draft, without an audit entry (the CSV import writes one for the file). */
    long insertRow(java.sql.Connection c, OrganisationDraft clean) throws java.sql.SQLException {
        // registered: at the partner station when known, otherwise today
        LocalDate registered = clean.stationRegisteredOn() != null ? clean.stationRegisteredOn() : b.store.today();
        long id = b.store.insertPartner(c, PartnerRow.of(clean, registered), true);
        b.details.insertOrganisation(c, id, clean);
        return id;
    }

    private long insert(java.sql.Connection c, OrganisationDraft clean) throws java.sql.SQLException {
        long id = insertRow(c, clean);
        b.indexChanged(id);
        b.audit.record(
                AuditAction.CREATE,
                RECORD_TYPE,
                Long.toString(id),
                clean.type().labelJa() + "「" + clean.name() + "」を登録");
        return id;
    }

    @Override
    public Organisation update(long id, int expectedVersion, OrganisationDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        OrganisationDraft clean = b.rules().check(draft);
        b.tx.write(c -> {
            OrganisationDraft before =
                    b.details.organisation(c, id).orElseThrow(() -> new NotFoundException("団体（ID " + id + "）は見つかりません"));
            b.store.updatePartner(c, id, expectedVersion, PartnerRow.of(clean, null));
            b.details.updateOrganisation(c, id, clean);
            b.indexChanged(id);
            b.audit.record(AuditAction.UPDATE, RECORD_TYPE, Long.toString(id), Changes.describe(before, clean));
            return null;
        });
        b.post(RegistryEvents.ORGANISATION_UPDATED, id);
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
        b.changeActive(PartnerKind.ORGANISATION, id, active, reason, c -> null);
        b.post(RegistryEvents.ORGANISATION_UPDATED, id);
        return get(id);
    }

    @Override
    public List<PartnerSummary> possibleDuplicates(OrganisationDraft draft, Long exceptId) {
        SecurityContext.require();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("CORPORATE_NUMBER", jp.kyodo.core.contact.CorporateNumber.normalize(draft.corporateNumber()));
        details.put(
                "PHONE",
                jp.kyodo.core.contact.ContactFormats.phone(draft.publicContact().phone()));
        details.put(
                "EMAIL",
                jp.kyodo.core.contact.ContactFormats.email(draft.publicContact().email()));
        return b.tx.read(c -> b.store.duplicates(c, true, draft.name(), draft.nameReading(), details, exceptId));
    }

    @Override
    public List<Membership> members(long organisationId) {
        SecurityContext.require();
        return b.tx.read(c -> b.details.memberships(c, "ORGANISATION_ID", organisationId));
    }

    @Override
    public Membership addMember(long organisationId, long personId, String role) {
        Permissions.requireRole(Role.COORDINATOR);
        String r = role == null ? "" : role.strip();
        if (r.length() > 60) {
            throw ValidationException.of("role", "役割は60文字以内で入力してください");
        }
        b.tx.write(c -> {
            b.store
                    .meta(c, organisationId)
                    .filter(m -> m.type() != PartnerType.CITIZEN)
                    .orElseThrow(() -> new NotFoundException("団体（ID " + organisationId + "）は見つかりません"));
            b.store
                    .meta(c, personId)
                    .filter(m -> m.type() == PartnerType.CITIZEN && m.active())
                    .orElseThrow(() -> new NotFoundException("個人（ID " + personId + "）は見つかりません"));
            boolean added = b.details.putMembership(c, organisationId, personId, r);
            b.audit.record(
                    AuditAction.UPDATE,
                    RECORD_TYPE,
                    Long.toString(organisationId),
                    (added ? "会員を追加: 個人ID " : "会員の役割を変更: 個人ID ") + personId);
            return null;
        });
        b.post(RegistryEvents.ORGANISATION_UPDATED, organisationId);
        return members(organisationId).stream()
                .filter(m -> m.personId() == personId)
                .findFirst()
                .orElseThrow();
    }

    @Override
    public void removeMember(long organisationId, long personId) {
        Permissions.requireRole(Role.COORDINATOR);
        b.tx.write(c -> {
            if (b.details.deleteMemberships(c, "ORGANISATION_ID = ? AND PERSON_ID = ?", organisationId, personId)
                    == 0) {
                throw new NotFoundException("この会員は登録されていません");
            }
            b.audit.record(AuditAction.UPDATE, RECORD_TYPE, Long.toString(organisationId), "会員を削除: 個人ID " + personId);
            return null;
        });
        b.post(RegistryEvents.ORGANISATION_UPDATED, organisationId);
    }
}
