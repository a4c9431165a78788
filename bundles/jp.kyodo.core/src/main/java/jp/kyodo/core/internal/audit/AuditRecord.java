package jp.kyodo.core.internal.audit;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditEntry;

/** JPA row of {@code KYODO_AUDIT_LOG}. Written once, never updated (no setters). */
@Entity
@Table(name = "KYODO_AUDIT_LOG")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "ACTOR", nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "REMOTE_ADDRESS", updatable = false, length = 64)
    private String remoteAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", nullable = false, updatable = false, length = 32)
    private AuditAction action;

    @Column(name = "RECORD_TYPE", updatable = false, length = 64)
    private String recordType;

    @Column(name = "RECORD_ID", updatable = false, length = 64)
    private String recordId;

    @Column(name = "DETAIL", updatable = false, length = 2000)
    private String detail;

    protected AuditRecord() {
        // for JPA
    }

    AuditRecord(
            Instant occurredAt,
            String actor,
            String remoteAddress,
            AuditAction action,
            String recordType,
            String recordId,
            String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.remoteAddress = remoteAddress;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.detail = detail;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, remoteAddress, action, recordType, recordId, detail);
    }
}
