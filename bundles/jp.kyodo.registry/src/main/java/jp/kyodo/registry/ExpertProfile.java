package jp.kyodo.registry;

import jp.kyodo.core.Records;

/**
 * A person's expert profile (専門家): what they can offer to groups.
 *
 * @param qualifications e.g. 税理士, 一級建築士, 社会福祉士 (free text, comma separated)
 * @param offeredSkills what they offer, e.g. 会計・税務相談, 耐震診断
 * @param proBono willing to work without a fee (プロボノ)
 */
public record ExpertProfile(String qualifications, String offeredSkills, boolean proBono) {

    public ExpertProfile {
        qualifications = Records.text(qualifications);
        offeredSkills = Records.text(offeredSkills);
    }
}
