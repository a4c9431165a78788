package jp.kyodo.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.core.Records;

/**
 * A stored case study. It names no private person: people appear as 「個人の協力者」 or 「専門家」.
 *
 * @param matchId the completed match it was written from; 0 for a case received from another city
 * @param fieldCodes and {@code areaCode}: the need's, for finding similar cases
 * @param areaCode empty for a received case (another city's code means nothing here: see {@code areaName})
 * @param publishedOn the day it was published; null while not published
 * @param kinds what the need asked for (協働の形: 専門家, 資金 …) (1.2)
 * @param areaName a received case's area as the sending city named it; empty for this city's cases (1.2)
 * @param sourceCity the city a received case came from (川口市); empty for this city's cases (1.2)
 */
public record CaseStudy(
        long id,
        int version,
        long matchId,
        CaseDraft details,
        Set<String> fieldCodes,
        String areaCode,
        LocalDate publishedOn,
        Instant updatedAt,
        Set<NeedKind> kinds,
        String areaName,
        String sourceCity) {

    public CaseStudy {
        fieldCodes = Records.sorted(fieldCodes);
        areaCode = Records.text(areaCode);
        kinds = Records.sorted(kinds);
        areaName = Records.text(areaName);
        sourceCity = Records.text(sourceCity);
    }

    /** Whether it came from another city (and has no match here). */
    public boolean received() {
        return !sourceCity.isEmpty();
    }
}
