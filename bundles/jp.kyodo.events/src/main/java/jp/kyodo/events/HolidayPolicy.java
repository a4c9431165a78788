package jp.kyodo.events;

/** What a series does with a date that is a national holiday. Stored by name: never rename a constant. */
public enum HolidayPolicy {
    /** Held anyway. */
    HOLD("祝日も開催"),
    /** Not held that time. */
    SKIP("祝日は休み"),
    /** Held on the next day that is not a holiday (翌日に振替). */
    NEXT_DAY("翌日に振替"),
    /** Held on the day before that is not a holiday (前日に振替). */
    PREVIOUS_DAY("前日に振替");

    private final String labelJa;

    HolidayPolicy(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
