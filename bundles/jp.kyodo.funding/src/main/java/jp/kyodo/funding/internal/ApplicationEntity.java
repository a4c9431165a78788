package jp.kyodo.funding.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;
import jp.kyodo.funding.ApplicationDraft;
import jp.kyodo.funding.ApplicationStatus;
import jp.kyodo.funding.ExitStrategy;

/**
 * JPA row of FUN_APPLICATION with its budget, actual figures, indicators and screening reasons. The paid
 * amount is read here but written only by the guarded UPDATE of a payment ({@link ApplicationStore}).
 */
@Entity
@Table(name = "FUN_APPLICATION")
public class ApplicationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    int version;

    @Column(name = "PROGRAMME_ID", nullable = false, updatable = false)
    long programmeId;

    @Column(name = "ORGANISATION_ID", nullable = false)
    long organisationId;

    @Column(name = "ORGANISATION_NAME", nullable = false, length = 200)
    String organisationName;

    @Column(name = "TITLE", nullable = false, length = 200)
    String title;

    @Column(name = "PLAN", nullable = false, length = 4000)
    String plan;

    @Column(name = "EXPECTED_EFFECT", nullable = false, length = 2000)
    String expectedEffect;

    @Column(name = "STARTS_ON")
    LocalDate startsOn;

    @Column(name = "ENDS_ON")
    LocalDate endsOn;

    @Column(name = "REQUESTED_YEN", nullable = false)
    long requestedYen;

    @Column(name = "ELIGIBLE_COST_YEN", nullable = false)
    long eligibleCostYen;

    @Column(name = "SUBMITTED_ON", nullable = false)
    LocalDate submittedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    ApplicationStatus status;

    @Column(name = "STATUS_AT", nullable = false)
    Instant statusAt;

    @Column(name = "GRANTED_YEN")
    Long grantedYen;

    @Column(name = "CONDITIONS", nullable = false, length = 2000)
    String conditions = "";

    @Column(name = "DECISION_NOTE", nullable = false, length = 2000)
    String decisionNote = "";

    @Column(name = "DECIDED_ON")
    LocalDate decidedOn;

    @Column(name = "AGREED_ON")
    LocalDate agreedOn;

    @Column(name = "AGREEMENT_NUMBER", nullable = false, length = 50)
    String agreementNumber = "";

    @Column(name = "AGREEMENT_NOTE", nullable = false, length = 2000)
    String agreementNote = "";

    @Column(name = "PAID_YEN", insertable = false, updatable = false)
    long paidYen;

    @Column(name = "SETTLED_YEN")
    Long settledYen;

    @Column(name = "REPORTED_ON")
    LocalDate reportedOn;

    @Column(name = "REPORT_SUMMARY", nullable = false, length = 4000)
    String reportSummary = "";

    @Column(name = "EVALUATED_ON")
    LocalDate evaluatedOn;

    @Column(name = "RATING")
    Integer rating;

    @Column(name = "EVALUATION", nullable = false, length = 4000)
    String evaluation = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "EXIT_STRATEGY", length = 16)
    ExitStrategy exitStrategy;

    @Column(name = "EXIT_NOTE", nullable = false, length = 2000)
    String exitNote = "";

    @Column(name = "EXIT_ON")
    LocalDate exitOn;

    @Column(name = "PROJECT_ID")
    Long projectId;

    @Column(name = "SEARCH_TEXT", nullable = false, length = 8000)
    String searchText;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "FUN_BUDGET_LINE", joinColumns = @JoinColumn(name = "APPLICATION_ID"))
    @OrderColumn(name = "SEQ")
    List<LineRow> budget = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "FUN_ACTUAL_LINE", joinColumns = @JoinColumn(name = "APPLICATION_ID"))
    @OrderColumn(name = "SEQ")
    List<LineRow> actual = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "FUN_INDICATOR", joinColumns = @JoinColumn(name = "APPLICATION_ID"))
    @OrderColumn(name = "SEQ")
    List<IndicatorRow> indicators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "FUN_SCREENING_REASON", joinColumns = @JoinColumn(name = "APPLICATION_ID"))
    @OrderColumn(name = "SEQ")
    List<ReasonRow> reasons = new ArrayList<>();

    protected ApplicationEntity() {}

    ApplicationEntity(ApplicationDraft d, String organisationName, LocalDate submittedOn, Instant now) {
        this.programmeId = d.programmeId();
        this.status = ApplicationStatus.SUBMITTED;
        this.statusAt = now;
        this.createdAt = now;
        this.submittedOn = submittedOn;
        set(d, organisationName, now);
    }

    void set(ApplicationDraft d, String newOrganisationName, Instant now) {
        organisationId = d.organisationId();
        organisationName = newOrganisationName;
        title = d.title();
        plan = d.plan();
        expectedEffect = d.expectedEffect();
        startsOn = d.startsOn();
        endsOn = d.endsOn();
        requestedYen = d.requestedYen();
        eligibleCostYen = d.eligibleCostYen();
        if (d.submittedOn() != null) {
            submittedOn = d.submittedOn();
        }
        budget.clear();
        d.budget().forEach(l -> budget.add(new LineRow(l)));
        searchText = Codes.searchText(8000, title, organisationName, plan, expectedEffect);
        updatedAt = now;
    }

    void moveTo(ApplicationStatus next, Instant now) {
        status = next;
        statusAt = now;
        updatedAt = now;
    }

    ApplicationDraft draft() {
        return new ApplicationDraft(
                programmeId,
                organisationId,
                title,
                plan,
                expectedEffect,
                startsOn,
                endsOn,
                budget.stream().map(LineRow::toLine).toList(),
                requestedYen,
                submittedOn);
    }
}
