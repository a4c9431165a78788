package jp.kyodo.funding.internal;

import java.text.NumberFormat;
import java.util.Locale;

/** Whole yen as staff read it: 「1,234,567円」. */
final class Money {

    private Money() {}

    static String yen(long amount) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount) + "円";
    }

    /** 「1,234,567」 without the unit (receipts, exports put it in the column name). */
    static String digits(long amount) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }
}
