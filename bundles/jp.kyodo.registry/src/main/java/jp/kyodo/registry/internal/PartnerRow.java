package jp.kyodo.registry.internal;

import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.registry.PartnerType;

/**
 * The columns of REG_PARTNER that a change writes (lists, filters, sorting and the search index); each
 * kind's {@link PartnerStore} makes it from the kind's draft.
 */
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
        String searchText) {}
