package jp.kyodo.funding.internal;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.Table;
import javax.persistence.Version;

/** JPA row of FUN_REVIEW with its scores (FUN_REVIEW_SCORE). */
@Entity
@Table(name = "FUN_REVIEW")
public class ReviewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    int version;

    @Column(name = "APPLICATION_ID", nullable = false, updatable = false)
    long applicationId;

    @Column(name = "REVIEWER", nullable = false, updatable = false, length = 100)
    String reviewer;

    @Column(name = "CONFLICT", nullable = false)
    boolean conflict;

    @Column(name = "CONFLICT_NOTE", nullable = false, length = 1000)
    String conflictNote;

    @Column(name = "REVIEW_COMMENT", nullable = false, length = 2000)
    String comment;

    @Column(name = "SUBMITTED_AT", nullable = false)
    Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "FUN_REVIEW_SCORE", joinColumns = @JoinColumn(name = "REVIEW_ID"))
    @MapKeyColumn(name = "CRITERION_CODE", length = 32)
    @Column(name = "SCORE", nullable = false)
    Map<String, Integer> scores = new TreeMap<>();

    protected ReviewEntity() {}

    ReviewEntity(long applicationId, String reviewer) {
        this.applicationId = applicationId;
        this.reviewer = reviewer;
    }
}
