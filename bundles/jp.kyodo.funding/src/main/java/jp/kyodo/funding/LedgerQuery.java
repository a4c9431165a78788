package jp.kyodo.funding;

import jp.kyodo.core.Records;

/**
 * Which ledger lines of a fund to list, oldest first.
 *
 * @param fiscalYear null = every year
 * @param kind null = every kind
 * @param text words in the description, what it financed, the receipt number (and the donor, for
 *     coordinators)
 */
public record LedgerQuery(long fundId, Integer fiscalYear, LedgerKind kind, String text) {

    public LedgerQuery {
        text = Records.text(text);
    }

    public static LedgerQuery of(long fundId) {
        return new LedgerQuery(fundId, null, null, "");
    }

    public static LedgerQuery ofYear(long fundId, int fiscalYear) {
        return new LedgerQuery(fundId, fiscalYear, null, "");
    }
}
