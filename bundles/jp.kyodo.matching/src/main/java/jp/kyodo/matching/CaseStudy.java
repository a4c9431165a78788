package jp.kyodo.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.core.Records;

/**
 * A stored case study. It names no private person: people appear as 「個人の協力者」 or 「専門家」.
 *
 * @param fieldCodes and {@code areaCode}: the need's, for finding similar cases
 * @param publishedOn the day it was published; null while not published
 */
public record CaseStudy(
        long id,
        int version,
        long matchId,
        CaseDraft details,
        Set<String> fieldCodes,
        String areaCode,
        LocalDate publishedOn,
        Instant updatedAt) {

    public CaseStudy {
        fieldCodes = Records.sorted(fieldCodes);
        areaCode = Records.text(areaCode);
    }
}
