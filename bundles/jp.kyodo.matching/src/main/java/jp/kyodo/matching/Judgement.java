package jp.kyodo.matching;

import jp.kyodo.core.Records;

/**
 * The judgement checklist before a collaboration starts: 公益性 (public benefit, not a private party's),
 * 非営利性 (no profit distributed), 相乗効果 (working together gives a better result), each with a note.
 */
public record Judgement(
        boolean publicBenefit,
        String publicBenefitNote,
        boolean nonProfit,
        String nonProfitNote,
        boolean synergy,
        String synergyNote) {

    public static final Judgement NONE = new Judgement(false, "", false, "", false, "");

    public Judgement {
        publicBenefitNote = Records.text(publicBenefitNote);
        nonProfitNote = Records.text(nonProfitNote);
        synergyNote = Records.text(synergyNote);
    }

    /** All three criteria are met. */
    public boolean passed() {
        return publicBenefit && nonProfit && synergy;
    }
}
