package jp.kyodo.funding;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/**
 * Reserve funds (基金) and their ledgers. Everyone signed in reads funds and their years; staff read the
 * ledger (donors' names and addresses only coordinators); coordinators open funds, record entries, close
 * fiscal years, import the old ledger and issue donation receipts.
 */
@org.osgi.annotation.versioning.ProviderType
public interface Funds {

    List<Fund> funds();

    Fund get(long id);

    Fund open(FundDraft draft);

    /** Changes the name and purpose; the opening year and balance only while no year is closed. */
    Fund update(long id, int expectedVersion, FundDraft draft);

    /** Records a ledger line in an open fiscal year; a withdrawal never takes the balance below zero. */
    LedgerEntry record(LedgerEntryDraft draft);

    /** Removes a line of an open fiscal year (a mistake), with the reason in the audit log. */
    void remove(long entryId, String reason);

    LedgerEntry entry(long id);

    Page<LedgerEntry> entries(LedgerQuery query, PageRequest page);

    /** Every year from the fund's first to the current one (or its last entry's), oldest first. */
    List<FundYear> years(long fundId);

    /**
     * Closes the fiscal year: its figures are fixed and the next year opens with its year-end balance. Years
     * close in order; the year must have ended unless it was imported from the old ledger.
     */
    FundYear closeYear(long fundId, int fiscalYear);

    /**
     * Imports the fund's old ledger (CSV from Excel: UTF-8 with or without BOM, or CP932), either one line
     * per entry or one line per fiscal year (see the bundle's README). Every row is checked first; nothing
     * is written unless the file is clean and {@code commit} is true, then all in one transaction. Years the
     * file covers completely are closed.
     */
    LedgerImportReport importLedger(long fundId, byte[] csv, boolean commit);

    /**
     * Writes the fund's ledger (one fiscal year, or all for null) as CSV in the import's one-line-per-entry
     * layout, UTF-8 with BOM: what it writes imports again. Donors' names and addresses only for coordinators.
     * Staff and above; audited.
     *
     * @return the number of entries written
     */
    int exportLedger(long fundId, Integer fiscalYear, OutputStream out) throws IOException;

    /**
     * Writes the fund's years as CSV in the import's one-line-per-year layout, UTF-8 with BOM: what it writes imports
     * again into a new fund.
     *
     * @return the number of years written
     */
    int exportYears(long fundId, OutputStream out) throws IOException;

    /** The donation receipt (寄附金受領証明書) of a donation, as PDF with embedded Japanese fonts. */
    byte[] donationReceipt(long entryId);
}
