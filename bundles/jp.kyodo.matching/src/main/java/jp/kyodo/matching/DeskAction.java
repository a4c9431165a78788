package jp.kyodo.matching;

/** What happened to a desk item, step by step. Stored by name. */
public enum DeskAction {
    RECEIVED("受付"),
    ROUTED("回付"),
    FORWARDED("転送"),
    ACCEPTED("受入れ"),
    DECLINED("見送り"),
    /** The due date passed without an answer: raised to the collaboration division (エスカレーション). */
    ESCALATED("期限超過・協働推進課へ"),
    NOTE("メモ");

    private final String labelJa;

    DeskAction(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
