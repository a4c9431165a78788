package jp.kyodo.matching;

/** What a candidate for a need is. Stored by name. */
public enum CandidateKind {
    /** A registered individual: a volunteer or an expert (専門家). */
    PERSON("個人"),
    /** A registered organisation. */
    ORGANISATION("団体"),
    /** A registered offer (申し出) of skills, hours, goods, a room or money. */
    OFFER("申し出");

    private final String labelJa;

    CandidateKind(String labelJa) {
        this.labelJa = labelJa;
    }

    /** The Japanese label (lists, CSV, audit log). */
    public String labelJa() {
        return labelJa;
    }
}
