package jp.kyodo.funding;

import java.time.Instant;
import jp.kyodo.core.calendar.FiscalYear;

/**
 * One fiscal year of a fund: {@code closing = opening + city transfers + donations + interest − withdrawals},
 * and the next year opens with this year's closing balance (年度末残高), exactly.
 *
 * @param closed whether the year is closed (no more entries); an open year's figures are as of now
 * @param entries ledger lines in the year
 */
public record FundYear(
        long fundId,
        int fiscalYear,
        long openingYen,
        long cityTransfersYen,
        long donationsYen,
        long interestYen,
        long withdrawalsYen,
        long closingYen,
        int entries,
        boolean closed,
        Instant closedAt) {

    /** Everything that went in: transfers, donations and interest. */
    public long depositsYen() {
        return Math.addExact(Math.addExact(cityTransfersYen, donationsYen), interestYen);
    }

    /** 「令和8年度」. */
    public String label() {
        return new FiscalYear(fiscalYear).format();
    }
}
