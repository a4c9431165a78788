package jp.kyodo.events;

/** Stored by name: never rename a constant. */
public enum BookingStatus {
    BOOKED("予約済"),
    CANCELLED("取消");

    private final String labelJa;

    BookingStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
