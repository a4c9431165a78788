package jp.kyodo.testing;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditEntry;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.audit.AuditQuery;
import jp.kyodo.core.security.SecurityContext;

/**
 * An audit log that keeps its entries in memory, for asserting what a service recorded. (The core's
 * own audit log is JPA and is tested in the container; services only call {@link #record}.)
 */
public final class RecordingAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public AuditEntry record(AuditAction action, String recordType, String recordId, String detail) {
        String actor = SecurityContext.current().map(a -> a.userName()).orElse("anonymous");
        AuditEntry e =
                new AuditEntry(entries.size() + 1, Instant.now(), actor, null, action, recordType, recordId, detail);
        entries.add(e);
        return e;
    }

    @Override
    public Page<AuditEntry> query(AuditQuery query, PageRequest page) {
        throw new UnsupportedOperationException("query the entries with of() in tests");
    }

    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    /** The entries of one action, oldest first. */
    public List<AuditEntry> of(AuditAction action) {
        return entries.stream().filter(e -> e.action() == action).toList();
    }
}
