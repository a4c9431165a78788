package jp.kyodo.training;

/** Shares as the reports print them. */
public final class Percent {

    private Percent() {}

    /** part of whole in percent, rounded half up to one decimal; 0 when whole is 0. */
    public static double of(long part, long whole) {
        if (whole <= 0) {
            return 0;
        }
        return Math.round(part * 1000.0 / whole) / 10.0;
    }
}
