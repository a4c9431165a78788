package jp.kyodo.exchange;

/** EventAdmin topics of the exchange module; the property {@link #PEER} names the neighbour. */
public final class ExchangeTopics {

    public static final String PEER = "peer";

    /** A neighbour was registered, changed or removed. */
    public static final String PEER_CHANGED = "jp/kyodo/exchange/Peer/UPDATED";
    /** Records were accepted from a neighbour. */
    public static final String RECEIVED = "jp/kyodo/exchange/Message/RECEIVED";
    /** A neighbour acknowledged records, or an attempt to send failed. */
    public static final String SENT = "jp/kyodo/exchange/Message/SENT";
    /** A conflict appeared or was decided. */
    public static final String CONFLICT = "jp/kyodo/exchange/Conflict/UPDATED";

    private ExchangeTopics() {}
}
