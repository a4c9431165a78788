package jp.kyodo.funding;

import java.util.EnumSet;
import java.util.Set;

/**
 * The pipeline of an application: submitted → screened (or ineligible) → reviewed → granted (or rejected) →
 * agreed → reported → evaluated → closed (exit decided); withdrawn while not yet decided. Disbursements are
 * made while agreed or reported. Stored by name.
 */
public enum ApplicationStatus {
    /** Entered by staff for the organisation (受付). */
    SUBMITTED("受付"),
    /** Passed the eligibility check; under review (審査中). */
    SCREENED("審査中"),
    /** Refused at screening, with its reasons (要件不適合). */
    INELIGIBLE("要件不適合"),
    /** The reviewers' scores are in; ready for the decision (審査済). */
    REVIEWED("審査済"),
    /** A grant was decided (交付決定). */
    GRANTED("交付決定"),
    /** Not selected (不採択). */
    REJECTED("不採択"),
    /** The agreement (協定・交付決定通知) is made; money may be paid (協定締結). */
    AGREED("協定締結"),
    /** The results report (実績報告) is in; the grant is settled (実績報告済). */
    REPORTED("実績報告済"),
    /** Evaluated (評価済). */
    EVALUATED("評価済"),
    /** The exit is decided; the file is closed (完了). */
    CLOSED("完了"),
    /** Withdrawn by the organisation before the decision (取下げ). */
    WITHDRAWN("取下げ");

    private final String labelJa;

    ApplicationStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    /** The states an application may move to from this one. */
    public Set<ApplicationStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(SCREENED, INELIGIBLE, WITHDRAWN);
            case SCREENED -> EnumSet.of(REVIEWED, WITHDRAWN);
            case REVIEWED -> EnumSet.of(GRANTED, REJECTED, WITHDRAWN);
            case GRANTED -> EnumSet.of(AGREED);
            case AGREED -> EnumSet.of(REPORTED);
            case REPORTED -> EnumSet.of(EVALUATED);
            case EVALUATED -> EnumSet.of(CLOSED);
            case INELIGIBLE, REJECTED, CLOSED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    /** Whether money may be paid out in this state. */
    public boolean payable() {
        return this == AGREED || this == REPORTED;
    }

    /** Whether the application holds a part of its programme's budget. */
    public boolean commits() {
        return this == GRANTED || this == AGREED || this == REPORTED || this == EVALUATED || this == CLOSED;
    }

    /** Whether nothing more happens to it. */
    public boolean ended() {
        return next().isEmpty();
    }
}
