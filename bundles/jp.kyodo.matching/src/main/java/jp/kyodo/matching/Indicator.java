package jp.kyodo.matching;

import jp.kyodo.core.Records;

/**
 * An indicator (成果指標) with its target and result, whole numbers in its unit.
 *
 * @param name e.g. 参加者数; a collective-impact agenda's common indicators are matched by name
 * @param unit e.g. 人, 回, 件, kg
 * @param target the target; null when none was set
 * @param result the result so far; null before any
 */
public record Indicator(String name, String unit, Long target, Long result) {

    public Indicator {
        name = Records.text(name);
        unit = Records.text(unit);
    }
}
