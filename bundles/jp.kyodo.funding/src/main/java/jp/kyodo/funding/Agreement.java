package jp.kyodo.funding;

import java.time.LocalDate;
import jp.kyodo.core.Records;

/**
 * The agreement made after a grant (協定書・交付決定通知).
 *
 * @param agreedOn the date; null = today
 * @param number the agreement's or notice's number (指令番号), may be empty
 */
public record Agreement(LocalDate agreedOn, String number, String note) {

    public Agreement {
        number = Records.text(number);
        note = Records.text(note);
    }
}
