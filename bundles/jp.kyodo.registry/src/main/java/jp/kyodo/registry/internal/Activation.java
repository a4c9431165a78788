package jp.kyodo.registry.internal;

import jp.kyodo.core.ConflictException;
import jp.kyodo.core.Message;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.persistence.SqlWork;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;

/**
 * Deactivation (with a reason) and reactivation, the same for every kind of partner: for coordinators,
 * audited, re-indexed, announced; a record is never deleted.
 */
final class Activation {

    private Activation() {}

    /**
     * @param topic the event posted after the commit (the kind's UPDATED)
     * @param precondition further checks inside the transaction (throw to refuse)
     */
    static void change(
            RegistryBackend b,
            PartnerStore<?> store,
            String topic,
            long id,
            boolean active,
            String reason,
            SqlWork<Void> precondition) {
        Permissions.requireRole(Role.COORDINATOR);
        String why = reason == null ? "" : reason.strip();
        if (!active && why.isEmpty()) {
            throw ValidationException.of("reason", Messages.get("deactivate.reasonRequired"));
        }
        Message kind = Messages.kind(store.kind());
        b.write(c -> {
            PartnerMeta meta = store.meta(c, id)
                    .orElseThrow(() -> new NotFoundException(Messages.get("partner.notFound", kind, id)));
            precondition.run(c);
            if (meta.active() == active) {
                throw new ConflictException(
                        Messages.get(active ? "partner.alreadyActive" : "partner.alreadyInactive", kind));
            }
            b.partners().setActive(c, id, active);
            store.setDeactivationReason(c, id, active ? null : why);
            b.reindexAfterCommit(id);
            b.audit(
                    active ? AuditAction.UPDATE : AuditAction.DEACTIVATE,
                    store.recordType(),
                    id,
                    active ? "再び有効にした" : "無効化: " + why);
            b.postAfterCommit(topic, id);
            return null;
        });
    }
}
