package jp.kyodo.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log.
 *
 * @param id increasing sequence number
 * @param occurredAt when it happened
 * @param actor the user name (or {@code system:<component>}, or {@code anonymous})
 * @param remoteAddress the client address the request came from, when known
 * @param action what happened
 * @param recordType the kind of record, e.g. {@code registry.Person}; may be null for events
 *     without a record (a login)
 * @param recordId the record's id within its type; may be null
 * @param detail a short human-readable description (never the personal data itself)
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String remoteAddress,
        AuditAction action,
        String recordType,
        String recordId,
        String detail) {

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }
}
