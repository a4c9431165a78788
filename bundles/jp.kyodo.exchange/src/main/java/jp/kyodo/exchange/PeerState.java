package jp.kyodo.exchange;

/** How the exchange with a neighbour stands. */
public enum PeerState {
    /** Everything shared has been acknowledged. */
    UP_TO_DATE("最新"),
    /** Records are waiting or being sent. */
    SENDING("送信待ち"),
    /** The last attempt failed: the next one is planned (backoff). */
    RETRYING("再試行待ち"),
    /** Switched off by an administrator: nothing sent or accepted. */
    PAUSED("停止中");

    private final String labelJa;

    PeerState(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
