package jp.kyodo.core.audit;

import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/**
 * The platform's audit log service. Append-only: there is no way to change or remove an entry.
 *
 * <p>The acting user is taken from {@link jp.kyodo.core.security.SecurityContext}; code running
 * without one is recorded as {@code anonymous}.
 */
public interface AuditLog {

    /** EventAdmin topic posted after each entry, with properties {@code id}, {@code action}. */
    String TOPIC_RECORDED = "jp/kyodo/core/AuditEntry/CREATED";

    /**
     * Appends an entry. Joins the caller's JTA transaction when there is one, so the entry is
     * committed or rolled back together with the change it describes.
     *
     * @param detail a short description; longer text is cut to 2,000 characters. Must not contain
     *     the personal data itself.
     */
    AuditEntry record(AuditAction action, String recordType, String recordId, String detail);

    /**
     * Entries matching the query, newest first. Requires the coordinator role (the log shows who
     * looked at whose data).
     *
     * @throws jp.kyodo.core.AccessDeniedException for viewers and staff
     */
    Page<AuditEntry> query(AuditQuery query, PageRequest page);
}
