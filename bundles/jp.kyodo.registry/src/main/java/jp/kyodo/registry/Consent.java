package jp.kyodo.registry;

import java.time.LocalDate;
import jp.kyodo.core.Records;

/**
 * A person's consent: what they agreed to share, with whom, for what purpose, when; and when they
 * withdrew it. Consents are never deleted.
 *
 * @param recipient with whom (e.g. 協働推進課, 市内の登録団体)
 * @param purpose for what (e.g. ボランティア活動の紹介)
 * @param withdrawnOn null while in force
 */
public record Consent(
        long id,
        long personId,
        ConsentScope scope,
        String recipient,
        String purpose,
        LocalDate givenOn,
        LocalDate withdrawnOn) {

    public Consent {
        recipient = Records.text(recipient);
        purpose = Records.text(purpose);
    }

    /** Whether the consent is in force on the day. */
    public boolean inForceOn(LocalDate day) {
        return !givenOn.isAfter(day) && (withdrawnOn == null || day.isBefore(withdrawnOn));
    }
}
