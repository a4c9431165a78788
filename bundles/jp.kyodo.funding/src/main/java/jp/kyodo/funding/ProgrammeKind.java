package jp.kyodo.funding;

/** The kinds of grant programmes a city runs. Stored by name: never rename a constant. */
public enum ProgrammeKind {
    /** 市民活動補助金: new social-contribution activities of citizen groups. */
    CITIZEN_ACTIVITY("市民活動補助金"),
    /** 協働事業補助金: groups working with the city on an administrative problem. */
    COLLABORATION_GRANT("協働事業補助金"),
    /** 協働提案事業: a group proposes; selected proposals become collaboration projects the next fiscal year. */
    COLLABORATION_PROPOSAL("協働提案事業"),
    /** 区の提案事業: local proposals paid from a ward's own budget. */
    WARD_PROPOSAL("区の提案事業");

    private final String labelJa;

    ProgrammeKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    /** Whether a granted application becomes a collaboration project (in the following fiscal year). */
    public boolean proposal() {
        return this == COLLABORATION_PROPOSAL || this == WARD_PROPOSAL;
    }
}
