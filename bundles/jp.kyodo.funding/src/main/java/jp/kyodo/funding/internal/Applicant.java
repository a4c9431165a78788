package jp.kyodo.funding.internal;

import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerType;

/** What screening needs to know of an organisation of the registry (no contacts). */
record Applicant(
        long id,
        String name,
        PartnerType type,
        OrganisationStatus status,
        boolean active,
        LocalDate certifiedOn,
        LocalDate certifiedUntil,
        Set<String> areaCodes,
        LocalDate foundedOn) {

    boolean certifiedOn(LocalDate day) {
        return certifiedOn != null
                && !day.isBefore(certifiedOn)
                && (certifiedUntil == null || !day.isAfter(certifiedUntil));
    }
}
