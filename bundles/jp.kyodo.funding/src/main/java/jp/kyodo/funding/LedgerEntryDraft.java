package jp.kyodo.funding;

import java.time.LocalDate;
import jp.kyodo.core.Records;

/**
 * One line of a fund's ledger.
 *
 * @param entryDate the day; its fiscal year must not be closed
 * @param amountYen at least 1, whole yen
 * @param description 摘要
 * @param donorName for donations: the donor (寄附者), required
 * @param donorAddress for donations: the donor's address, for the receipt; may be empty
 * @param receiptNumber for donations: the receipt's number (受領証番号), unique in the fund; empty = none yet
 * @param financedApplicationId for withdrawals: the grant application it financed; null when none
 * @param financed for withdrawals: what it financed, in words (充当先), required
 */
public record LedgerEntryDraft(
        long fundId,
        LedgerKind kind,
        LocalDate entryDate,
        long amountYen,
        String description,
        String donorName,
        String donorAddress,
        String receiptNumber,
        Long financedApplicationId,
        String financed) {

    public LedgerEntryDraft {
        description = Records.text(description);
        donorName = Records.text(donorName);
        donorAddress = Records.text(donorAddress);
        receiptNumber = Records.text(receiptNumber);
        financed = Records.text(financed);
    }

    public static LedgerEntryDraft cityTransfer(long fundId, LocalDate day, long amountYen, String description) {
        return new LedgerEntryDraft(
                fundId, LedgerKind.CITY_TRANSFER, day, amountYen, description, "", "", "", null, "");
    }

    public static LedgerEntryDraft interest(long fundId, LocalDate day, long amountYen) {
        return new LedgerEntryDraft(fundId, LedgerKind.INTEREST, day, amountYen, "運用益", "", "", "", null, "");
    }

    public static LedgerEntryDraft donation(
            long fundId, LocalDate day, long amountYen, String donorName, String donorAddress, String receiptNumber) {
        return new LedgerEntryDraft(
                fundId, LedgerKind.DONATION, day, amountYen, "寄附金", donorName, donorAddress, receiptNumber, null, "");
    }

    public static LedgerEntryDraft withdrawal(
            long fundId, LocalDate day, long amountYen, String financed, Long applicationId) {
        return new LedgerEntryDraft(
                fundId, LedgerKind.WITHDRAWAL, day, amountYen, "取崩", "", "", "", applicationId, financed);
    }
}
