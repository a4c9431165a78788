package jp.kyodo.funding;

import jp.kyodo.core.Records;

/**
 * An indicator (成果指標) of a results report, whole numbers in its unit.
 *
 * @param target the target; null when none was set
 * @param result the result; null when not measured
 */
public record Indicator(String name, String unit, Long target, Long result) {

    public Indicator {
        name = Records.text(name);
        unit = Records.text(unit);
    }
}
