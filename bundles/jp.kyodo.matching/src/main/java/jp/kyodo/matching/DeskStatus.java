package jp.kyodo.matching;

/**
 * Where an item of the one-stop desk stands. "The ball we throw must be caught": an item is open until
 * the department answered it — accepted, or declined with a reason —; it can be forwarded to another
 * department, never dropped. Stored by name.
 */
public enum DeskStatus {
    /** Received, not yet routed to a department (受付). */
    RECEIVED("受付"),
    /** Routed to a department with an owner and a due date (回付済み). */
    ROUTED("回付済み"),
    /** The department takes it on (受入れ). */
    ACCEPTED("受入れ"),
    /** The department declined it, with a reason (見送り). */
    DECLINED("見送り");

    private final String labelJa;

    DeskStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    /** Whether the item still waits for an answer. */
    public boolean open() {
        return this == RECEIVED || this == ROUTED;
    }
}
