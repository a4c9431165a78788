package jp.kyodo.matching;

import java.util.List;

/**
 * Ranks candidates for a need from the registry's people (volunteers, experts), organisations and the
 * offers, with every score explained term by term ({@link ScoringRule}). Never proposes a person without
 * a consent to matching (同意: マッチングでの紹介) in force, an inactive record, a withdrawn offer, or a
 * candidate already matched to the need. Coordinators only: ranking reads people's profiles.
 */
public interface Matcher {

    /** The best candidates, best first; at most {@code limit} (1–100). */
    List<Candidate> candidates(long needId, int limit);

    /** The rules in use, for the explanation's legend (id and label). */
    List<ScoringRule> rules();
}
