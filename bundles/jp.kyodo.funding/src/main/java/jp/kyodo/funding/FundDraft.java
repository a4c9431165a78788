package jp.kyodo.funding;

import jp.kyodo.core.Records;

/**
 * A reserve fund (基金) as the city opens it in Kyodo — possibly long after it was founded, with the balance
 * its old ledger shows at the start of the first fiscal year entered here.
 *
 * @param code the city's short code, unique; letters, digits, {@code _}, {@code -}
 * @param name e.g. ボランティアひとづくり基金
 * @param purpose what it finances (設置目的)
 * @param openedFiscalYear the first fiscal year kept in Kyodo (start year)
 * @param openingBalanceYen the balance at the start of that year (前年度末残高), whole yen, 0 or more
 */
public record FundDraft(String code, String name, String purpose, int openedFiscalYear, long openingBalanceYen) {

    public FundDraft {
        code = Records.text(code);
        name = Records.text(name);
        purpose = Records.text(purpose);
    }
}
