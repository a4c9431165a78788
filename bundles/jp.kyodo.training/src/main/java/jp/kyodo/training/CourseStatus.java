package jp.kyodo.training;

/** Where a course stands. Whether applications are accepted also depends on the application period. */
public enum CourseStatus {
    /** Taking applications during the period; nobody has a place yet. */
    OPEN("募集中"),
    /** Places allocated (by lottery when oversubscribed, otherwise everyone); attendance is recorded. */
    ALLOCATED("受講者決定"),
    /** Completion recorded; the course is over. */
    FINISHED("修了"),
    CANCELLED("中止");

    private final String labelJa;

    CourseStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
