package jp.kyodo.exchange;

/**
 * Which received records to list; empty or null criteria match all.
 *
 * @param text part of the title (width, kana and case insensitive)
 */
public record ReceivedQuery(String peerCode, String type, ReceivedStatus status, String text) {

    public ReceivedQuery {
        peerCode = peerCode == null ? "" : peerCode.strip();
        type = type == null ? "" : type.strip();
        text = text == null ? "" : text.strip();
    }

    public static ReceivedQuery all() {
        return new ReceivedQuery("", "", null, "");
    }
}
