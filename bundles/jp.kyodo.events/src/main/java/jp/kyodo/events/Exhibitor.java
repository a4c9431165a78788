package jp.kyodo.events;

import jp.kyodo.core.Records;

/**
 * A group exhibiting at a fair (出展団体).
 *
 * @param partnerId the registry id of the group
 * @param partnerName its name from the registry
 * @param booth the booth (ブース) assigned, e.g. "A-3"; empty until assigned
 * @param note what they show, what they need (電源, テーブル2台)
 */
public record Exhibitor(long id, long eventId, long partnerId, String partnerName, String booth, String note) {

    public Exhibitor {
        partnerName = Records.text(partnerName);
        booth = Records.text(booth);
        note = Records.text(note);
    }
}
