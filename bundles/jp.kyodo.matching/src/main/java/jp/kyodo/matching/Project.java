package jp.kyodo.matching;

import java.time.Instant;

/**
 * A stored collaboration project.
 *
 * @param exitDue it ends within the configured weeks (or has ended) and has no exit strategy yet
 */
public record Project(
        long id,
        int version,
        ProjectDraft details,
        String departmentName,
        String agendaTitle,
        boolean exitDue,
        Instant createdAt,
        Instant updatedAt) {}
