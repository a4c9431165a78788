package jp.kyodo.registry;

/** When in the day a volunteer is available. Stored by name. */
public enum TimeBand {
    MORNING("午前"),
    AFTERNOON("午後"),
    EVENING("夜間");

    private final String labelJa;

    TimeBand(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
