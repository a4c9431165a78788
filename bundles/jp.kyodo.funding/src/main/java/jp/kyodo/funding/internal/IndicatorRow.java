package jp.kyodo.funding.internal;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import jp.kyodo.funding.Indicator;

/** A row of FUN_INDICATOR. */
@Embeddable
public class IndicatorRow {

    @Column(name = "NAME", nullable = false, length = 100)
    String name;

    @Column(name = "UNIT", nullable = false, length = 20)
    String unit;

    @Column(name = "TARGET_VALUE")
    Long target;

    @Column(name = "RESULT_VALUE")
    Long result;

    protected IndicatorRow() {}

    IndicatorRow(Indicator i) {
        this.name = i.name();
        this.unit = i.unit();
        this.target = i.target();
        this.result = i.result();
    }

    Indicator toIndicator() {
        return new Indicator(name, unit, target, result);
    }
}
