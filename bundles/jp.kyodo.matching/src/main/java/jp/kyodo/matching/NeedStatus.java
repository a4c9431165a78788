package jp.kyodo.matching;

/** Where a need stands. Stored by name. */
public enum NeedStatus {
    /** Looking for help (受付中). */
    OPEN("受付中"),
    /** Someone was found and the work is agreed or under way (マッチ済み). */
    MATCHED("マッチ済み"),
    /** Fulfilled or ended (終了). */
    CLOSED("終了"),
    /** Withdrawn by the owner (取り下げ). */
    CANCELLED("取り下げ");

    private final String labelJa;

    NeedStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    /** The Japanese label (lists, CSV, audit log). */
    public String labelJa() {
        return labelJa;
    }
}
