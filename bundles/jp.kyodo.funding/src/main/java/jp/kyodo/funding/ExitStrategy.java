package jp.kyodo.funding;

/** How a funded activity ends (出口戦略). Stored by name. */
public enum ExitStrategy {
    /** Made a standing institution (制度化). */
    INSTITUTIONALISE("制度化"),
    /** Turned into city policy (政策化). */
    POLICY("政策化"),
    /** Made a business that carries itself (事業化). */
    BUSINESS("事業化"),
    /** Goes on without further grants, by the organisation itself (自主事業として継続). */
    CONTINUE("自主継続"),
    /** Ended as planned (終了). */
    END("終了");

    private final String labelJa;

    ExitStrategy(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
