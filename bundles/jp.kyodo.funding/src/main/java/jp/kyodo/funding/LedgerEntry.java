package jp.kyodo.funding;

import java.time.Instant;

/**
 * A stored ledger line. Donors' names and addresses are shown to coordinators only; others get them empty.
 *
 * @param fiscalYear the fiscal year of its date (start year)
 * @param imported entered by the CSV import of the old ledger
 */
public record LedgerEntry(
        long id, int fiscalYear, LedgerEntryDraft details, boolean imported, String recordedBy, Instant recordedAt) {}
