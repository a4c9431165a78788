package jp.kyodo.matching;

import java.util.List;
import java.util.Set;
import jp.kyodo.core.Records;

/**
 * A ranked candidate for a need, with its score explained term by term.
 *
 * @param name the person's, organisation's or offer's name; a private person is named only to
 *     coordinators (others get 「個人の協力者」)
 * @param detail what the candidate brings, in short (skills, the offer's title)
 * @param fieldCodes the candidate's activity fields
 * @param areaCodes where the candidate is or acts
 * @param expert a registered expert
 * @param score the sum of the terms
 * @param terms every rule's part, largest first
 */
public record Candidate(
        CandidateRef ref,
        String name,
        String detail,
        Set<String> fieldCodes,
        Set<String> areaCodes,
        boolean expert,
        double score,
        List<ScoreTerm> terms) {

    public Candidate {
        name = Records.text(name);
        detail = Records.text(detail);
        fieldCodes = Records.sorted(fieldCodes);
        areaCodes = Records.sorted(areaCodes);
        terms = Records.list(terms);
    }
}
