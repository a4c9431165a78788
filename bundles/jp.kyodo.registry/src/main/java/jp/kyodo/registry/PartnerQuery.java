package jp.kyodo.registry;

import java.util.Set;
import jp.kyodo.core.Records;

/**
 * What to search for. Every part is optional; an empty query finds every active partner.
 *
 * @param text matched anywhere in names, readings and descriptions, ignoring width, kana type and
 *     case (川口, カワグチ, かわぐち and ｶﾜｸﾞﾁ find the same); several words separated by spaces must all match
 * @param types partner types; empty means all
 * @param statuses organisation statuses; empty means all
 * @param fieldCode an activity field
 * @param areaCode an area: partners active in it or in any area inside it
 * @param certifiedOnly only organisations whose certification is valid today
 * @param expertsOnly only people with an expert profile
 * @param volunteersOnly only registered volunteers
 * @param includeInactive also deactivated records
 */
public record PartnerQuery(
        String text,
        Set<PartnerType> types,
        Set<OrganisationStatus> statuses,
        String fieldCode,
        String areaCode,
        boolean certifiedOnly,
        boolean expertsOnly,
        boolean volunteersOnly,
        boolean includeInactive) {

    public PartnerQuery {
        text = Records.text(text);
        types = types == null ? Set.of() : Set.copyOf(types);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        fieldCode = Records.text(fieldCode);
        areaCode = Records.text(areaCode);
    }

    public static PartnerQuery all() {
        return new PartnerQuery("", Set.of(), Set.of(), "", "", false, false, false, false);
    }

    public static PartnerQuery text(String text) {
        return all().withText(text);
    }

    public PartnerQuery withText(String newText) {
        return new PartnerQuery(
                newText,
                types,
                statuses,
                fieldCode,
                areaCode,
                certifiedOnly,
                expertsOnly,
                volunteersOnly,
                includeInactive);
    }

    public PartnerQuery withTypes(Set<PartnerType> newTypes) {
        return new PartnerQuery(
                text,
                newTypes,
                statuses,
                fieldCode,
                areaCode,
                certifiedOnly,
                expertsOnly,
                volunteersOnly,
                includeInactive);
    }

    public PartnerQuery withStatuses(Set<OrganisationStatus> newStatuses) {
        return new PartnerQuery(
                text,
                types,
                newStatuses,
                fieldCode,
                areaCode,
                certifiedOnly,
                expertsOnly,
                volunteersOnly,
                includeInactive);
    }

    public PartnerQuery withField(String newFieldCode) {
        return new PartnerQuery(
                text,
                types,
                statuses,
                newFieldCode,
                areaCode,
                certifiedOnly,
                expertsOnly,
                volunteersOnly,
                includeInactive);
    }

    public PartnerQuery withArea(String newAreaCode) {
        return new PartnerQuery(
                text,
                types,
                statuses,
                fieldCode,
                newAreaCode,
                certifiedOnly,
                expertsOnly,
                volunteersOnly,
                includeInactive);
    }

    public PartnerQuery withFlags(boolean certified, boolean experts, boolean volunteers, boolean inactive) {
        return new PartnerQuery(text, types, statuses, fieldCode, areaCode, certified, experts, volunteers, inactive);
    }
}
