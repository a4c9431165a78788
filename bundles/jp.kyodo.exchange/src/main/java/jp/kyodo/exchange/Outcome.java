package jp.kyodo.exchange;

/** What became of a message. */
public enum Outcome {
    /** Verified and written (in), or acknowledged by the neighbour (out). */
    ACCEPTED("受理"),
    /** Refused: by us (in) or by the neighbour (out), with the reason. */
    REJECTED("拒否"),
    /** Not delivered: the neighbour did not answer, or answered nonsense. */
    FAILED("送信失敗");

    private final String labelJa;

    Outcome(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
