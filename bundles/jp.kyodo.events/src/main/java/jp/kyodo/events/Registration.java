package jp.kyodo.events;

import java.time.Instant;

/**
 * @param waitingPosition 1 for the first on the waiting list; 0 when not waiting
 * @param checkedInAt when they arrived (受付), or null
 */
public record Registration(
        long id,
        RegistrationDraft draft,
        RegistrationStatus status,
        int waitingPosition,
        Instant registeredAt,
        Instant checkedInAt) {}
