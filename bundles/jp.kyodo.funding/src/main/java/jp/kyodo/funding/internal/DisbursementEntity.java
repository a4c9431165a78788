package jp.kyodo.funding.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import jp.kyodo.funding.Disbursement;

/** JPA row of FUN_DISBURSEMENT. Written once, never updated. */
@Entity
@Table(name = "FUN_DISBURSEMENT")
public class DisbursementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "APPLICATION_ID", nullable = false, updatable = false)
    long applicationId;

    @Column(name = "PAID_ON", nullable = false, updatable = false)
    LocalDate paidOn;

    @Column(name = "AMOUNT_YEN", nullable = false, updatable = false)
    long amountYen;

    @Column(name = "NOTE", nullable = false, updatable = false, length = 1000)
    String note;

    @Column(name = "RECORDED_BY", nullable = false, updatable = false, length = 100)
    String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    Instant recordedAt;

    protected DisbursementEntity() {}

    DisbursementEntity(long applicationId, LocalDate paidOn, long amountYen, String note, String by, Instant at) {
        this.applicationId = applicationId;
        this.paidOn = paidOn;
        this.amountYen = amountYen;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    Disbursement toDisbursement() {
        return new Disbursement(id, applicationId, paidOn, amountYen, note, recordedBy, recordedAt);
    }
}
