package jp.kyodo.matching;

import jp.kyodo.core.Message;

/**
 * One term of a candidate's score, as the coordinator reads it: 「スキル +30（一致: 会計, 税務）」.
 *
 * @param rule the {@link ScoringRule#id()} that gave it
 * @param label what the term measures, e.g. スキルの一致
 * @param points what it adds (or, negative, takes away)
 * @param reason why, with the facts that led to it
 */
public record ScoreTerm(String rule, Message label, double points, Message reason) {}
