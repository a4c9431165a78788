package jp.kyodo.matching;

/** The forms of collaboration (協働の形態). Stored by name. */
public enum CollaborationForm {
    /** Endorsement or sponsorship (後援・協賛). */
    ENDORSEMENT("後援・協賛"),
    /** Grants and subsidies (補助金・助成金). */
    GRANT("補助金・助成金"),
    /** Co-hosting (共催). */
    CO_HOSTING("共催"),
    /** A new joint organiser body (実行委員会・協議会). */
    COMMITTEE("実行委員会・協議会"),
    /** Commissioning or designated management (委託・指定管理). */
    COMMISSION("委託・指定管理");

    private final String labelJa;

    CollaborationForm(String labelJa) {
        this.labelJa = labelJa;
    }

    /** The Japanese label (lists, CSV, audit log). */
    public String labelJa() {
        return labelJa;
    }
}
