package jp.kyodo.matching;

import jp.kyodo.core.Message;

/**
 * One term of the matcher's score. The matcher sums the points of every registered rule for each
 * candidate and shows the coordinator each rule's part with its reason. Kyodo's own rules (skills, fields,
 * area, availability, past outcomes, load) are services of this interface too; a city adds or replaces
 * rules by registering its own in a plugin bundle — the matcher picks them up at once (dynamic, multiple) —
 * and can switch any rule off by its id ({@code disabledRules} in {@code etc/jp.kyodo.matching.cfg}).
 *
 * <pre>
 * &#64;Component(service = ScoringRule.class)
 * public final class CertifiedNpoBonus implements ScoringRule { … }
 * </pre>
 *
 * <p>{@link #score} runs for every candidate that passes the matcher's filters (kind of help, consent,
 * active record): keep it to arithmetic on the profile — no I/O, no allocation. {@link #reason} runs only
 * for the candidates shown.
 */
public interface ScoringRule {

    /** A stable id, e.g. {@code skills}; a city's own rules use a prefix such as {@code tonari.}. */
    String id();

    /** What the term measures, for the explanation (e.g. 「スキルの一致」). */
    Message label();

    /** The points the candidate gets (0 when the rule has nothing to say; negative to count against). */
    double score(NeedDraft need, CandidateProfile candidate);

    /** Why: the facts behind the points, for the coordinator (e.g. 「必要なスキルの80%」). */
    Message reason(NeedDraft need, CandidateProfile candidate, double points);
}
