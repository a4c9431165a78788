package jp.kyodo.funding;

import java.time.LocalDate;
import jp.kyodo.core.Records;

/**
 * A payment of a grant (概算払・精算払). All payments together never exceed the grant (after settlement: the
 * settled amount).
 *
 * @param paidOn the payment date; null = today
 * @param amountYen at least 1
 */
public record DisbursementDraft(LocalDate paidOn, long amountYen, String note) {

    public DisbursementDraft {
        note = Records.text(note);
    }
}
