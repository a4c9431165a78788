package jp.kyodo.funding;

import java.util.List;
import jp.kyodo.core.Records;

/**
 * One review criterion (審査項目) with its weight: each reviewer scores it from 0 to {@code maxScore}; an
 * application's weighted score is {@code Σ weight × score} averaged over the reviewers that count.
 *
 * @param code stable key, e.g. {@code PUBLIC_BENEFIT}; letters, digits, {@code _}
 * @param name what the reviewers see, e.g. 公益性
 * @param weight 1 to 100
 * @param maxScore the highest score, 1 to 100
 */
public record ReviewCriterion(String code, String name, int weight, int maxScore) {

    /** 公益性: a public benefit, not a private party's. */
    public static final String PUBLIC_BENEFIT = "PUBLIC_BENEFIT";
    /** 非営利性: no profit distributed. */
    public static final String NON_PROFIT = "NON_PROFIT";
    /** 相乗効果: working together gives a better result. */
    public static final String SYNERGY = "SYNERGY";

    public ReviewCriterion {
        code = Records.text(code);
        name = Records.text(name);
    }

    /** The three criteria every collaboration is judged by, each weight 1 and scored 0–5. */
    public static List<ReviewCriterion> standard() {
        return List.of(
                new ReviewCriterion(PUBLIC_BENEFIT, "公益性", 1, 5),
                new ReviewCriterion(NON_PROFIT, "非営利性", 1, 5),
                new ReviewCriterion(SYNERGY, "相乗効果", 1, 5));
    }
}
