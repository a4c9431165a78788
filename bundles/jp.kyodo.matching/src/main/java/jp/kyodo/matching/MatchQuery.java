package jp.kyodo.matching;

import java.util.Set;
import jp.kyodo.core.Records;

/**
 * Which matches to list.
 *
 * @param stages only these stages; empty = all
 * @param needId only this need's; null = all
 * @param staleOnly only the stale ones
 */
public record MatchQuery(Set<MatchStage> stages, Long needId, boolean staleOnly) {

    public MatchQuery {
        stages = Records.sorted(stages);
    }

    public static MatchQuery all() {
        return new MatchQuery(Set.of(), null, false);
    }

    public static MatchQuery of(Long needId) {
        return new MatchQuery(Set.of(), needId, false);
    }
}
