package jp.kyodo.matching;

import java.util.EnumSet;
import java.util.Set;

/**
 * The pipeline a coordinator drives a match through: proposed → contacted → agreed → in progress →
 * completed (with its outcome), or declined (with a reason) from any open stage. Stored by name.
 */
public enum MatchStage {
    /** The coordinator picked the candidate (提案). */
    PROPOSED("提案"),
    /** Both sides were contacted (連絡済み). */
    CONTACTED("連絡済み"),
    /** Both agreed to work together; a private person is named to the other side from here (合意). */
    AGREED("合意"),
    /** The work is under way (実施中). */
    IN_PROGRESS("実施中"),
    /** Done, with an outcome (完了). */
    COMPLETED("完了"),
    /** It did not come about, with a reason (不成立). */
    DECLINED("不成立");

    private final String labelJa;

    MatchStage(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    /** Whether the match has ended (completed or declined). */
    public boolean closed() {
        return this == COMPLETED || this == DECLINED;
    }

    /** The stages a match may move to from this one: the next, and declined while open. */
    public Set<MatchStage> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(CONTACTED, DECLINED);
            case CONTACTED -> EnumSet.of(AGREED, DECLINED);
            case AGREED -> EnumSet.of(IN_PROGRESS, DECLINED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, DECLINED);
            case COMPLETED, DECLINED -> EnumSet.noneOf(MatchStage.class);
        };
    }

    /** Whether both sides know each other's names at this stage (from agreed on). */
    public boolean disclosed() {
        return this == AGREED || this == IN_PROGRESS || this == COMPLETED;
    }
}
