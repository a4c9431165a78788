package jp.kyodo.matching;

/** How a collaboration project ends (出口戦略), decided before its end. Stored by name. */
public enum ExitStrategy {
    /** Made a standing institution (制度化). */
    INSTITUTIONALISE("制度化"),
    /** Turned into city policy (政策化). */
    POLICY("政策化"),
    /** Made a business that carries itself (事業化). */
    BUSINESS("事業化"),
    /** Ended as planned (終了). */
    END("終了");

    private final String labelJa;

    ExitStrategy(String labelJa) {
        this.labelJa = labelJa;
    }

    /** The Japanese label (lists, CSV, audit log). */
    public String labelJa() {
        return labelJa;
    }
}
