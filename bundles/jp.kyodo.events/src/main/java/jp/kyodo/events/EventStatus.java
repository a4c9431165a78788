package jp.kyodo.events;

/** Stored by name: never rename a constant. */
public enum EventStatus {
    SCHEDULED("開催予定"),
    CANCELLED("中止");

    private final String labelJa;

    EventStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
