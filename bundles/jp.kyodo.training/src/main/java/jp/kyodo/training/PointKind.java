package jp.kyodo.training;

public enum PointKind {
    EARN("付与"),
    REDEEM("交換"),
    /** The balance left at the end of the fiscal year (年度末失効). */
    EXPIRE("失効");

    private final String labelJa;

    PointKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
