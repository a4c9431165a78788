package jp.kyodo.events;

/** How an organiser takes part in an event. Stored by name: never rename a constant. */
public enum CollaborationForm {
    /** 主催: runs the event. */
    HOST("主催"),
    /** 共催: runs it together with the host, sharing work and cost. */
    CO_HOST("共催"),
    /** 後援: lends its name; no work or money. */
    ENDORSEMENT("後援"),
    /** 実行委員会: a committee of several partners runs it. */
    COMMITTEE("実行委員会");

    private final String labelJa;

    CollaborationForm(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
