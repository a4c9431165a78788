package jp.kyodo.events;

/** Stored by name: never rename a constant. */
public enum RegistrationStatus {
    /** Has a place. */
    CONFIRMED("参加確定"),
    /** On the waiting list, in order of registration. */
    WAITING("キャンセル待ち"),
    CANCELLED("取消");

    private final String labelJa;

    RegistrationStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
