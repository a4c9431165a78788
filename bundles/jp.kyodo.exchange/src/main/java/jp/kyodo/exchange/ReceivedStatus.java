package jp.kyodo.exchange;

/** Where a received record stands. */
public enum ReceivedStatus {
    /** Written here as the neighbour last sent it. */
    CURRENT("取込済"),
    /** The neighbour changed it after it was edited here: a person decides. */
    CONFLICT("要確認"),
    /** The neighbour no longer shares it; the local copy stays. */
    WITHDRAWN("共有終了");

    private final String labelJa;

    ReceivedStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
