package jp.kyodo.funding;

import java.time.LocalDate;
import jp.kyodo.core.Records;

/**
 * Which programmes to list; every part optional. Viewers see published and closed programmes only.
 *
 * @param text words in the title, summary or target (width, kana and case insensitive)
 * @param fiscalYear only this fiscal year (start year); null = any
 * @param kind only this kind; null = any
 * @param status only this status; null = any
 * @param wardCode only this ward's programmes; empty = any
 * @param openOn only programmes taking applications on this day; null = any
 */
public record ProgrammeQuery(
        String text,
        Integer fiscalYear,
        ProgrammeKind kind,
        ProgrammeStatus status,
        String wardCode,
        LocalDate openOn) {

    public ProgrammeQuery {
        text = Records.text(text);
        wardCode = Records.text(wardCode);
    }

    public static ProgrammeQuery all() {
        return new ProgrammeQuery("", null, null, null, "", null);
    }

    public static ProgrammeQuery ofYear(int fiscalYear) {
        return new ProgrammeQuery("", fiscalYear, null, null, "", null);
    }
}
