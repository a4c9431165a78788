package jp.kyodo.matching;

/** Whether an offer can still be matched. Stored by name. */
public enum OfferStatus {
    AVAILABLE("受付中"),
    WITHDRAWN("取り下げ");

    private final String labelJa;

    OfferStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    /** The Japanese label (lists, CSV, audit log). */
    public String labelJa() {
        return labelJa;
    }
}
