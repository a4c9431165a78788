package jp.kyodo.events;

/**
 * Reductions of the room fee the city grants (使用料の減免). Stored by name: never rename a constant.
 * Anything but {@link #NONE} needs a reason (the bylaw's article, the group's registration).
 */
public enum FeeExemption {
    NONE("減免なし", 100),
    /** 5割減額: e.g. registered civic groups. */
    HALF("5割減額", 50),
    /** 全額免除: e.g. the city's own or co-hosted events. */
    FULL("全額免除", 0);

    private final String labelJa;
    private final int percentPayable;

    FeeExemption(String labelJa, int percentPayable) {
        this.labelJa = labelJa;
        this.percentPayable = percentPayable;
    }

    public String labelJa() {
        return labelJa;
    }

    /** The fee after the reduction, rounded down to the yen. */
    public long apply(long feeYen) {
        return feeYen * percentPayable / 100;
    }
}
