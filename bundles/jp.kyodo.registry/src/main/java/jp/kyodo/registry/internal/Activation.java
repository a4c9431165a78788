package jp.kyodo.registry.internal;

import jp.kyodo.core.ConflictException;
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
            throw ValidationException.of("reason", "無効化の理由を入力してください");
        }
        String label = store.kind().labelJa();
        b.write(c -> {
            PartnerMeta meta =
                    store.meta(c, id).orElseThrow(() -> new NotFoundException(label + "（ID " + id + "）は見つかりません"));
            precondition.run(c);
            if (meta.active() == active) {
                throw new ConflictException("この" + label + (active ? "はすでに有効です" : "はすでに無効化されています"));
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
