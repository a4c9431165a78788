package jp.kyodo.funding;

import java.time.LocalDate;
import jp.kyodo.core.Records;

/**
 * The decision on a reviewed application (交付決定 or 不採択).
 *
 * @param grant true to grant, false to reject
 * @param grantedYen the amount granted; at most the requested amount, the programme's maximum and {@code
 *     floor(eligible cost × rate)}, at least 1; ignored for a rejection
 * @param conditions the conditions of the grant (交付条件)
 * @param note the reason, required for a rejection
 * @param decidedOn the decision's date; null = today
 */
public record Decision(boolean grant, long grantedYen, String conditions, String note, LocalDate decidedOn) {

    public Decision {
        conditions = Records.text(conditions);
        note = Records.text(note);
    }

    public static Decision grant(long amountYen, String conditions) {
        return new Decision(true, amountYen, conditions, "", null);
    }

    public static Decision reject(String reason) {
        return new Decision(false, 0, "", reason, null);
    }
}
