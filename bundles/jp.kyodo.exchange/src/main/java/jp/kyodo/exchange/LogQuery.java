package jp.kyodo.exchange;

/** Which log entries to list; null or empty criteria match all. */
public record LogQuery(String peerCode, Direction direction, Outcome outcome) {

    public LogQuery {
        peerCode = peerCode == null ? "" : peerCode.strip();
    }

    public static LogQuery all() {
        return new LogQuery("", null, null);
    }
}
