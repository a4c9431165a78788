package jp.kyodo.registry.internal;

import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.PersonDraft;

/** The columns of REG_PARTNER that a change writes (lists, filters, sorting and the search index). */
record PartnerRow(
        PartnerType type,
        String name,
        String reading,
        String status,
        LocalDate certFrom,
        LocalDate certUntil,
        boolean expert,
        boolean volunteer,
        Set<String> fieldCodes,
        Set<String> areaCodes,
        String searchText,
        LocalDate registeredOn) {

    static PartnerRow of(OrganisationDraft d, LocalDate registeredOn) {
        return new PartnerRow(
                d.type(),
                d.name(),
                d.nameReading(),
                d.status().name(),
                d.certifiedOn(),
                d.certifiedUntil(),
                false,
                false,
                d.fieldCodes(),
                d.areaCodes(),
                SearchText.text(
                        d.name(),
                        d.nameReading(),
                        d.nameEnglish(),
                        d.description(),
                        d.strengths(),
                        d.needs(),
                        String.join(" ", d.tags())),
                registeredOn);
    }

    static PartnerRow of(PersonDraft d, LocalDate registeredOn) {
        String expertText = d.expert() == null
                ? ""
                : d.expert().qualifications() + " " + d.expert().offeredSkills();
        return new PartnerRow(
                PartnerType.CITIZEN,
                d.name(),
                d.nameReading(),
                "",
                null,
                null,
                d.expert() != null,
                d.volunteer(),
                Set.of(),
                d.areaCode().isEmpty() ? Set.of() : Set.of(d.areaCode()),
                SearchText.text(d.name(), d.nameReading(), d.skills(), expertText),
                registeredOn);
    }
}
