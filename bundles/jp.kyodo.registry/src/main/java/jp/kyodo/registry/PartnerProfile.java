package jp.kyodo.registry;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Set;
import jp.kyodo.core.Records;

/**
 * What matching needs to know of a partner — what they can do, where and when — and nothing of their
 * contacts or address.
 *
 * @param skills what they can give, in their words: a person's skills with an expert's qualifications and
 *     offered support; an organisation's strengths (得意分野)
 * @param areaCodes a person's area of residence, an organisation's activity areas
 * @param days and {@code times}: when a person is available (empty = not said); empty for organisations
 * @param matchingConsent a person has a consent to be proposed in matching (マッチングでの紹介) in force
 *     today; always true for organisations
 * @param updatedAt when the record last changed, for keeping indexes current
 */
public record PartnerProfile(
        long id,
        PartnerType type,
        String name,
        Set<String> fieldCodes,
        Set<String> areaCodes,
        String skills,
        Set<DayOfWeek> days,
        Set<TimeBand> times,
        boolean expert,
        boolean volunteer,
        boolean certified,
        boolean active,
        boolean matchingConsent,
        Instant updatedAt) {

    public PartnerProfile {
        name = Records.text(name);
        fieldCodes = Records.sorted(fieldCodes);
        areaCodes = Records.sorted(areaCodes);
        skills = Records.text(skills);
        days = Records.sorted(days);
        times = Records.sorted(times);
    }

    public PartnerKind kind() {
        return type.kind();
    }
}
