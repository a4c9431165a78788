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
 * @param sourceCity organisations received from a neighbouring city: its name (川崎市); otherwise empty (since 1.3)
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
        boolean active,
        String sourceCity) {

    public PartnerSummary {
        fieldCodes = Records.sorted(fieldCodes);
        areaCodes = Records.sorted(areaCodes);
        status = Records.text(status);
        sourceCity = Records.text(sourceCity);
    }

    /** A partner of this city (the constructor before 1.3). */
    public PartnerSummary(
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
        this(id, type, name, nameReading, status, fieldCodes, areaCodes, certified, expert, volunteer, active, "");
    }

    public PartnerKind kind() {
        return type.kind();
    }
}
