package jp.kyodo.funding.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
import jp.kyodo.funding.EligibilityRules;
import jp.kyodo.funding.ProgrammeDraft;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.ProgrammeStatus;
import jp.kyodo.funding.SubsidyRate;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerType;

/**
 * JPA row of FUN_PROGRAMME. The budget, committed and paid amounts are read here but written only by the
 * guarded UPDATEs of {@link ProgrammeStore}, so that an entity flushed later never writes a stale amount.
 */
@Entity
@Table(name = "FUN_PROGRAMME")
public class ProgrammeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    int version;

    @Column(name = "FISCAL_YEAR", nullable = false)
    int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 32)
    ProgrammeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    ProgrammeStatus status;

    @Column(name = "TITLE", nullable = false, length = 200)
    String title;

    @Column(name = "TITLE_KANA", nullable = false, length = 200)
    String titleKana;

    @Column(name = "SUMMARY", nullable = false, length = 4000)
    String summary;

    @Column(name = "TARGET", nullable = false, length = 1000)
    String target;

    @Column(name = "WARD_CODE", length = 32)
    String wardCode;

    @Column(name = "DEPARTMENT_ID")
    Long departmentId;

    @Column(name = "BUDGET_YEN", nullable = false, updatable = false)
    long budgetYen;

    @Column(name = "COMMITTED_YEN", insertable = false, updatable = false)
    long committedYen;

    @Column(name = "PAID_YEN", insertable = false, updatable = false)
    long paidYen;

    @Column(name = "MAX_AMOUNT_YEN")
    Long maxAmountYen;

    @Column(name = "RATE_NUMERATOR", nullable = false)
    long rateNumerator;

    @Column(name = "RATE_DENOMINATOR", nullable = false)
    long rateDenominator;

    @Column(name = "OPENS_ON", nullable = false)
    LocalDate opensOn;

    @Column(name = "CLOSES_ON", nullable = false)
    LocalDate closesOn;

    @Column(name = "EL_TYPES", nullable = false, length = 200)
    String eligibleTypes;

    @Column(name = "EL_STATUSES", nullable = false, length = 200)
    String eligibleStatuses;

    @Column(name = "EL_CERTIFIED", nullable = false)
    boolean certifiedOnly;

    @Column(name = "EL_AREA_CODE", nullable = false, length = 32)
    String areaCode;

    @Column(name = "EL_FIRST_TIME", nullable = false)
    boolean firstTimeOnly;

    @Column(name = "EL_MIN_MONTHS")
    Integer minMonthsActive;

    @Column(name = "CONTACT", nullable = false, length = 500)
    String contact;

    @Column(name = "URL", nullable = false, length = 500)
    String url;

    @Column(name = "SEARCH_TEXT", nullable = false, length = 6000)
    String searchText;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "FUN_PROGRAMME_CRITERION", joinColumns = @JoinColumn(name = "PROGRAMME_ID"))
    @OrderColumn(name = "SEQ")
    List<CriterionRow> criteria = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "FUN_PROGRAMME_DOCUMENT", joinColumns = @JoinColumn(name = "PROGRAMME_ID"))
    @OrderColumn(name = "SEQ")
    @Column(name = "NAME", nullable = false, length = 200)
    List<String> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "FUN_PROGRAMME_REVIEWER", joinColumns = @JoinColumn(name = "PROGRAMME_ID"))
    @Column(name = "USER_NAME", nullable = false, length = 100)
    Set<String> reviewers = new TreeSet<>();

    protected ProgrammeEntity() {}

    ProgrammeEntity(ProgrammeDraft d, Instant now) {
        this.status = ProgrammeStatus.DRAFT;
        this.budgetYen = d.budgetYen();
        this.createdAt = now;
        set(d, now);
    }

    /** Everything but the budget, which only the guarded update changes. */
    void set(ProgrammeDraft d, Instant now) {
        fiscalYear = d.fiscalYear();
        kind = d.kind();
        title = d.title();
        titleKana = d.titleKana();
        summary = d.summary();
        target = d.target();
        wardCode = d.wardCode().isEmpty() ? null : d.wardCode();
        departmentId = d.departmentId();
        maxAmountYen = d.maxAmountYen();
        rateNumerator = d.subsidyRate().numerator();
        rateDenominator = d.subsidyRate().denominator();
        opensOn = d.opensOn();
        closesOn = d.closesOn();
        EligibilityRules e = d.eligibility();
        eligibleTypes = Codes.join(e.organisationTypes());
        eligibleStatuses = Codes.join(e.statuses());
        certifiedOnly = e.certifiedOnly();
        areaCode = e.areaCode();
        firstTimeOnly = e.firstTimeOnly();
        minMonthsActive = e.minMonthsActive();
        contact = d.contact();
        url = d.url();
        searchText = Codes.searchText(6000, d.title(), d.titleKana(), d.summary(), d.target());
        criteria.clear();
        d.criteria().forEach(c -> criteria.add(new CriterionRow(c)));
        documents.clear();
        documents.addAll(d.requiredDocuments());
        updatedAt = now;
    }

    ProgrammeDraft draft() {
        return new ProgrammeDraft(
                fiscalYear,
                kind,
                title,
                titleKana,
                summary,
                target,
                wardCode,
                departmentId,
                budgetYen,
                maxAmountYen,
                new SubsidyRate(rateNumerator, rateDenominator),
                opensOn,
                closesOn,
                new EligibilityRules(
                        Codes.enums(eligibleTypes, PartnerType.class),
                        Codes.enums(eligibleStatuses, OrganisationStatus.class),
                        certifiedOnly,
                        areaCode,
                        firstTimeOnly,
                        minMonthsActive),
                List.copyOf(documents),
                criteria.stream().map(CriterionRow::toCriterion).toList(),
                contact,
                url);
    }
}
