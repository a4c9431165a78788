package jp.kyodo.matching.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores and score terms as the coordinator reads them: {@code 78.5}, {@code +30}, {@code −5}, {@code ±0}. */
final class Points {

    private Points() {}

    /** A score, at most one decimal: {@code 78.5}, {@code 80}. */
    static String score(double score) {
        return plain(score);
    }

    /** A term with its sign: {@code +30}, {@code +12.5}, {@code −5} (minus sign), {@code ±0}. */
    static String term(double points) {
        String digits = plain(Math.abs(points));
        if ("0".equals(digits)) {
            return "±0";
        }
        return (points < 0 ? "\u2212" : "+") + digits;
    }

    private static String plain(double value) {
        BigDecimal d =
                BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
