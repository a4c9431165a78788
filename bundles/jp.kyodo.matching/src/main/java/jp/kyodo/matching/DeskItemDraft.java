package jp.kyodo.matching;

import java.time.LocalDate;
import jp.kyodo.core.Records;

/**
 * A consultation or proposal that reached the one-stop desk (ワンストップ窓口), entered by staff.
 *
 * @param fromName who brought it (a group, a company, a citizen), as they gave it
 * @param fromPartnerId the registry id when they are registered; null otherwise
 * @param subject short subject, required
 * @param body what was asked or proposed
 * @param receivedOn the day it was received; null = today
 */
public record DeskItemDraft(
        DeskItemKind kind, String fromName, Long fromPartnerId, String subject, String body, LocalDate receivedOn) {

    public DeskItemDraft {
        fromName = Records.text(fromName);
        subject = Records.text(subject);
        body = Records.text(body);
    }
}
