package jp.kyodo.funding.internal;

import jp.kyodo.funding.SubsidyRate;

/** The grant limits of a programme, in exact integer arithmetic. */
final class Limits {

    private Limits() {}

    /**
     * The most an application may be granted: {@code min(requested, programme maximum, floor(eligible cost ×
     * rate))}.
     */
    static long maxGrant(ProgrammeEntity p, long requestedYen, long eligibleCostYen) {
        long byRate = new SubsidyRate(p.rateNumerator, p.rateDenominator).apply(eligibleCostYen);
        long cap = Math.min(requestedYen, byRate);
        return p.maxAmountYen == null ? cap : Math.min(cap, p.maxAmountYen);
    }

    /** The grant settled on the actual eligible cost: never more than granted. */
    static long settled(ProgrammeEntity p, long grantedYen, long actualEligibleCostYen) {
        long byRate = new SubsidyRate(p.rateNumerator, p.rateDenominator).apply(actualEligibleCostYen);
        long cap = Math.min(grantedYen, byRate);
        return p.maxAmountYen == null ? cap : Math.min(cap, p.maxAmountYen);
    }
}
