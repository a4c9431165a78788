package jp.kyodo.registry;

import java.util.Set;
import jp.kyodo.core.Records;

/**
 * One search hit: an organisation or a person, with what a list shows.
 *
 * @param status for organisations the {@link OrganisationStatus} name; for people empty
 * @param areaCodes activity areas (organisations) or area of residence (people)
 * @param certified whether the city's certification is valid today
 * @param expert people: has an expert profile
 * @param volunteer people: registered volunteer
 */
public record PartnerSummary(
        long id,
        PartnerType type,
        String name,
        String nameReading,
        String status,
        Set<String> fieldCodes,
        Set<String> areaCodes,
        boolean certified,
        boolean expert,
        boolean volunteer,
        boolean active) {

    public PartnerSummary {
        fieldCodes = Records.sorted(fieldCodes);
        areaCodes = Records.sorted(areaCodes);
        status = Records.text(status);
    }

    public PartnerKind kind() {
        return type.kind();
    }
}
