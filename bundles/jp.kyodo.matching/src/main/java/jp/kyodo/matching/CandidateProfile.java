package jp.kyodo.matching;

import java.time.DayOfWeek;
import java.util.Set;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.TimeBand;

/**
 * What the matcher knows of one candidate while ranking a need: the candidate's own facts and, prepared
 * once per candidate, how they compare with the need. What a {@link ScoringRule} scores. Valid only during
 * the call it is passed to (the matcher reuses the object).
 */
public interface CandidateProfile {

    CandidateRef ref();

    /** The registry type of the person or organisation (for an offer: of its provider). */
    PartnerType partnerType();

    /** What an offer gives; null for a person or an organisation. */
    OfferKind offerKind();

    boolean expert();

    boolean volunteer();

    Set<String> fieldCodes();

    Set<String> areaCodes();

    Set<DayOfWeek> days();

    Set<TimeBand> times();

    // ---- compared with the need ----------------------------------------------------------------

    /** The activity fields the candidate shares with the need. */
    int sharedFieldCount();

    /**
     * How much of the need's wanted skills the candidate's skills cover, 0–100: the share of the need's
     * character pairs (bigrams, width and kana normalised) found in the candidate's skills.
     */
    int skillCoverage();

    /**
     * Whether the candidate's skills hold the word (every pair of neighbouring characters of it, width and
     * kana normalised): for explaining which of the need's words were found.
     */
    boolean hasSkill(String word);

    /** Where the candidate is relative to the need's area. */
    Proximity proximity();

    /**
     * How many of the need's weekday × time-band slots the candidate is available in; the need's slot
     * count when either side said "any time".
     */
    int sharedSlots();

    /** The need's weekday × time-band slots (1–21; 21 when it said "any time"). */
    int neededSlots();

    // ---- history ------------------------------------------------------------------------------

    /** Matches with this candidate completed so far. */
    int completedMatches();

    /** Matches with this candidate that did not come about. */
    int declinedMatches();

    /** Matches with this candidate open now (proposed … in progress): their load. */
    int openMatches();
}
