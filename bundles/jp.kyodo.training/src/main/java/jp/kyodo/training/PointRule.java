package jp.kyodo.training;

/**
 * How an activity earns volunteer points.
 *
 * @param code a stable key, e.g. {@code event-support}
 * @param name e.g. イベント運営補助
 * @param pointsPerHour points per full hour; part hours count pro rata, rounded down to whole points
 */
public record PointRule(long id, String code, String name, int pointsPerHour, boolean active) {

    /** The points for the minutes of activity. */
    public int pointsFor(int minutes) {
        return (int) ((long) minutes * pointsPerHour / 60);
    }
}
