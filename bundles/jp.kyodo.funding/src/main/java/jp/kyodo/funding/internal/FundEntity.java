package jp.kyodo.funding.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import jp.kyodo.funding.FundDraft;

/** JPA row of FUN_FUND. */
@Entity
@Table(name = "FUN_FUND")
public class FundEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    int version;

    @Column(name = "CODE", nullable = false, length = 32)
    String code;

    @Column(name = "NAME", nullable = false, length = 200)
    String name;

    @Column(name = "PURPOSE", nullable = false, length = 2000)
    String purpose;

    @Column(name = "OPENED_YEAR", nullable = false)
    int openedYear;

    @Column(name = "OPENING_BALANCE_YEN", nullable = false)
    long openingBalanceYen;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;

    protected FundEntity() {}

    FundEntity(FundDraft d, Instant now) {
        this.createdAt = now;
        set(d, now);
    }

    void set(FundDraft d, Instant now) {
        code = d.code();
        name = d.name();
        purpose = d.purpose();
        openedYear = d.openedFiscalYear();
        openingBalanceYen = d.openingBalanceYen();
        updatedAt = now;
    }

    FundDraft draft() {
        return new FundDraft(code, name, purpose, openedYear, openingBalanceYen);
    }
}
