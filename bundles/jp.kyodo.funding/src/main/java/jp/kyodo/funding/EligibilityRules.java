package jp.kyodo.funding;

import java.util.EnumSet;
import java.util.Set;
import jp.kyodo.core.Records;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerType;

/**
 * Who may apply to a programme. Screening checks every rule and gives one reason per rule failed.
 *
 * @param organisationTypes the registry types that may apply; empty = any organisation (not the city's own
 *     departments)
 * @param statuses the registration statuses that may apply; empty = registered (登録) only
 * @param certifiedOnly only organisations whose city certification (認定) is valid on the submission day
 * @param areaCode the organisation must be active in this area or an area inside it; empty = anywhere
 * @param firstTimeOnly only organisations never granted by a programme of the same kind before
 * @param minMonthsActive founded at least this many months before the submission day; null = no rule
 */
public record EligibilityRules(
        Set<PartnerType> organisationTypes,
        Set<OrganisationStatus> statuses,
        boolean certifiedOnly,
        String areaCode,
        boolean firstTimeOnly,
        Integer minMonthsActive) {

    public EligibilityRules {
        organisationTypes = organisationTypes == null || organisationTypes.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(organisationTypes));
        statuses = statuses == null || statuses.isEmpty()
                ? Set.of(OrganisationStatus.REGISTERED)
                : Set.copyOf(EnumSet.copyOf(statuses));
        areaCode = Records.text(areaCode);
    }

    /** Any registered organisation, anywhere. */
    public static EligibilityRules anyRegistered() {
        return new EligibilityRules(Set.of(), Set.of(), false, "", false, null);
    }
}
