package jp.kyodo.matching;

/** What reached the one-stop desk (ワンストップ窓口). Stored by name. */
public enum DeskItemKind {
    /** A consultation: a question or a problem (相談). */
    CONSULTATION("相談"),
    /** A proposal for collaboration (提案). */
    PROPOSAL("提案");

    private final String labelJa;

    DeskItemKind(String labelJa) {
        this.labelJa = labelJa;
    }

    /** The Japanese label (lists, CSV, audit log). */
    public String labelJa() {
        return labelJa;
    }
}
