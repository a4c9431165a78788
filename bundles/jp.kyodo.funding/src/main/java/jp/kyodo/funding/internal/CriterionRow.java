package jp.kyodo.funding.internal;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import jp.kyodo.funding.ReviewCriterion;

/** A row of FUN_PROGRAMME_CRITERION. */
@Embeddable
public class CriterionRow {

    @Column(name = "CODE", nullable = false, length = 32)
    String code;

    @Column(name = "NAME", nullable = false, length = 100)
    String name;

    @Column(name = "WEIGHT", nullable = false)
    int weight;

    @Column(name = "MAX_SCORE", nullable = false)
    int maxScore;

    protected CriterionRow() {}

    CriterionRow(ReviewCriterion c) {
        this.code = c.code();
        this.name = c.name();
        this.weight = c.weight();
        this.maxScore = c.maxScore();
    }

    ReviewCriterion toCriterion() {
        return new ReviewCriterion(code, name, weight, maxScore);
    }
}
