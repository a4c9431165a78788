package jp.kyodo.core.internal.security;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditEntry;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.audit.AuditQuery;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;

/** Keeps audit entries in memory, to assert what was recorded, by whom and from where. */
final class RecordingAuditLog implements AuditLog {

    final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public AuditEntry record(AuditAction action, String recordType, String recordId, String detail) {
        Actor actor = SecurityContext.current().orElse(null);
        AuditEntry e = new AuditEntry(
                entries.size() + 1L,
                Instant.now(),
                actor == null ? "anonymous" : actor.userName(),
                actor == null ? null : actor.remoteAddress(),
                action,
                recordType,
                recordId,
                detail);
        entries.add(e);
        return e;
    }

    @Override
    public Page<AuditEntry> query(AuditQuery query, PageRequest page) {
        throw new UnsupportedOperationException();
    }

    List<AuditEntry> of(AuditAction action) {
        return entries.stream().filter(e -> e.action() == action).toList();
    }
}
