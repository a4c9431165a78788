package jp.kyodo.funding;

/** Where a programme stands. Stored by name. */
public enum ProgrammeStatus {
    /** Being prepared; only staff see it (準備中). */
    DRAFT("準備中"),
    /** Announced: everyone sees it, applications are taken within the application period (公開). */
    PUBLISHED("公開"),
    /** Finished: no more applications (終了). */
    CLOSED("終了");

    private final String labelJa;

    ProgrammeStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
