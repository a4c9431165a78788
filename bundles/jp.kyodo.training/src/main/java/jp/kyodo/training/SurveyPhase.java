package jp.kyodo.training;

/** When a survey is taken relative to the training it measures. */
public enum SurveyPhase {
    BEFORE("研修前"),
    AFTER("研修後"),
    /** Not tied to a training, e.g. the yearly staff survey. */
    STANDALONE("単独");

    private final String labelJa;

    SurveyPhase(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
