package jp.kyodo.core.audit;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Filters for {@link AuditLog#query}. Every filter is optional (null or empty means "any"); the
 * time range is half-open, {@code from <= occurredAt < to}.
 *
 * @param actor exact user name
 * @param actions any of these actions
 * @param recordType exact record type
 * @param recordId exact record id (usually with recordType)
 * @param from inclusive lower bound
 * @param to exclusive upper bound
 */
public record AuditQuery(
        String actor, Set<AuditAction> actions, String recordType, String recordId, Instant from, Instant to) {

    public AuditQuery {
        actions = actions == null || actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
        actor = blankToNull(actor);
        recordType = blankToNull(recordType);
        recordId = blankToNull(recordId);
    }

    /** No filter: everything, newest first. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    /** The history of one record. */
    public static AuditQuery forRecord(String recordType, String recordId) {
        return new AuditQuery(null, null, recordType, recordId, null, null);
    }

    public AuditQuery withActor(String newActor) {
        return new AuditQuery(newActor, actions, recordType, recordId, from, to);
    }

    public AuditQuery withActions(Set<AuditAction> newActions) {
        return new AuditQuery(actor, newActions, recordType, recordId, from, to);
    }

    public AuditQuery withPeriod(Instant newFrom, Instant newTo) {
        return new AuditQuery(actor, actions, recordType, recordId, newFrom, newTo);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
