package jp.kyodo.registry.internal;

import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.registry.PartnerQuery;

/**
 * A {@link PartnerQuery} made ready for SQL.
 *
 * @param areaCodes the query's area with every area inside it; empty for no area filter
 * @param consentedPeopleOnly people only with a PROFILE consent (viewers and staff)
 * @param byUpdated newest first instead of 50音順
 */
record SearchSpec(
        PartnerQuery query, Set<String> areaCodes, LocalDate today, boolean consentedPeopleOnly, boolean byUpdated) {}
