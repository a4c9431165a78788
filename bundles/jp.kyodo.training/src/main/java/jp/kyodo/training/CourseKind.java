package jp.kyodo.training;

/** What kind of course. */
public enum CourseKind {
    /** 盛人大学: for people aged 50 and over; eligibility by age from the registry's birth year. */
    COLLEGE("盛人大学"),
    /** Youth volunteer programmes (ボランティアスクール, サロン): eligibility by school grade. */
    YOUTH("青少年ボランティア"),
    /** Lectures and workshops (講座・ワークショップ) for anyone. */
    LECTURE("講座・ワークショップ");

    private final String labelJa;

    CourseKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
