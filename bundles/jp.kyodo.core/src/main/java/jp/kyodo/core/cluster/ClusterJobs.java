package jp.kyodo.core.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Periodic work that must run once per cluster, not once per node — reminders, escalations, anything
 * whose audit entries or notifications would otherwise double. Every node keeps its timer; before
 * running, each asks to {@link #claim} the period's run, and the one node whose claim the database
 * accepts runs it.
 *
 * <pre>
 * Instant slot = ClusterJobs.slotOf(clock.instant(), Duration.ofMinutes(60));
 * if (jobs.claim("matching.desk-escalation", slot)) {
 *     desk.escalateOverdue();
 * }
 * </pre>
 *
 * A claimed run that then fails is not run again in that period (the next period's is claimed afresh):
 * the work must be safe to skip once, as a timer's run is when its node is down.
 */
public interface ClusterJobs {

    /** The longest period a job may have: claims are forgotten after it. */
    Duration LONGEST_PERIOD = Duration.ofDays(31);

    /**
     * Claims the run of the job for the period beginning at {@code slotStart}, in a transaction of its own.
     *
     * @param job the job's name, the same on every node ({@code <bundle>.<job>}, at most 100 characters)
     * @param slotStart the start of the period, the same on every node (see {@link #slotOf})
     * @return {@code true} for exactly one claim of a job and slot across all nodes on the database;
     *     {@code false} when another claim (on any node, this one included) came first
     * @throws jp.kyodo.core.persistence.DatabaseException when the database cannot be asked: run nothing
     */
    boolean claim(String job, Instant slotStart);

    /**
     * The start of the period of length {@code period} that {@code now} falls in, periods counted from the
     * epoch (1970-01-01T00:00Z): every node computes the same slot for any moment within it.
     *
     * @throws IllegalArgumentException when the period is not between 1 second and {@link #LONGEST_PERIOD}
     */
    static Instant slotOf(Instant now, Duration period) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(period, "period");
        if (period.compareTo(Duration.ofSeconds(1)) < 0 || period.compareTo(LONGEST_PERIOD) > 0) {
            throw new IllegalArgumentException("a job's period is 1 s to 31 days: " + period);
        }
        long periodMillis = period.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), periodMillis) * periodMillis);
    }
}
