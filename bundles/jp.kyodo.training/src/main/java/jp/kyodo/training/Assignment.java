package jp.kyodo.training;

import java.time.Instant;

/** A training assigned to one member of staff. @param completedAt null while not completed */
public record Assignment(
        long trainingId,
        long staffId,
        String staffNumber,
        String name,
        String department,
        Instant completedAt,
        int reminders) {}
