package jp.kyodo.funding.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.funding.LedgerEntry;
import jp.kyodo.funding.LedgerEntryDraft;
import jp.kyodo.funding.LedgerKind;

/** JPA row of FUN_LEDGER_ENTRY (the CSV import writes the same table in batches, see {@link LedgerStore}). */
@Entity
@Table(name = "FUN_LEDGER_ENTRY")
public class LedgerEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    int version;

    @Column(name = "FUND_ID", nullable = false, updatable = false)
    long fundId;

    @Column(name = "FISCAL_YEAR", nullable = false)
    int fiscalYear;

    @Column(name = "ENTRY_DATE", nullable = false)
    LocalDate entryDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    LedgerKind kind;

    @Column(name = "AMOUNT_YEN", nullable = false)
    long amountYen;

    @Column(name = "DESCRIPTION", nullable = false, length = 500)
    String description;

    @Column(name = "DONOR_NAME", nullable = false, length = 200)
    String donorName;

    @Column(name = "DONOR_ADDRESS", nullable = false, length = 300)
    String donorAddress;

    @Column(name = "RECEIPT_NUMBER", length = 50)
    String receiptNumber;

    @Column(name = "FINANCED_APPLICATION_ID")
    Long financedApplicationId;

    @Column(name = "FINANCED", nullable = false, length = 500)
    String financed;

    @Column(name = "IMPORTED", nullable = false)
    boolean imported;

    @Column(name = "RECORDED_BY", nullable = false, length = 100)
    String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    Instant recordedAt;

    protected LedgerEntryEntity() {}

    LedgerEntryEntity(LedgerEntryDraft d, String by, Instant at) {
        fundId = d.fundId();
        fiscalYear = FiscalYear.of(d.entryDate()).startYear();
        entryDate = d.entryDate();
        kind = d.kind();
        amountYen = d.amountYen();
        description = d.description();
        donorName = d.donorName();
        donorAddress = d.donorAddress();
        receiptNumber = d.receiptNumber().isEmpty() ? null : d.receiptNumber();
        financedApplicationId = d.financedApplicationId();
        financed = d.financed();
        recordedBy = by;
        recordedAt = at;
    }

    LedgerEntry toEntry() {
        return new LedgerEntry(
                id,
                fiscalYear,
                new LedgerEntryDraft(
                        fundId,
                        kind,
                        entryDate,
                        amountYen,
                        description,
                        donorName,
                        donorAddress,
                        receiptNumber,
                        financedApplicationId,
                        financed),
                imported,
                recordedBy,
                recordedAt);
    }
}
