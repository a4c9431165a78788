package jp.kyodo.events;

import jp.kyodo.core.Records;

public record Room(long id, int version, RoomDraft draft, String venueName, boolean active) {

    public Room {
        venueName = Records.text(venueName);
    }

    /** 「市民活動センター 会議室A」 */
    public String fullName() {
        return venueName.isEmpty() ? draft.name() : venueName + " " + draft.name();
    }
}
