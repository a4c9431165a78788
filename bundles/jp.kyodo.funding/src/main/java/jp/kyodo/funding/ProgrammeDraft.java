package jp.kyodo.funding;

import java.time.LocalDate;
import java.util.List;
import jp.kyodo.core.Records;

/**
 * A grant programme (補助金・提案制度の募集) as coordinators define it for one fiscal year.
 *
 * @param fiscalYear the fiscal year (年度) as its start year, e.g. 2026 for 令和8年度
 * @param kind which kind of programme
 * @param title e.g. 令和8年度 市民活動補助金
 * @param titleKana its reading (for lists and the open-data export); may be empty
 * @param summary what it funds (概要)
 * @param target who may apply, in words (対象者)
 * @param wardCode the ward (an area of kind 区) whose own budget pays it; required for {@link
 *     ProgrammeKind#WARD_PROPOSAL}, empty otherwise
 * @param departmentId the city department (所管課, a 市の部署 in the registry) responsible; required for
 *     proposals, which become that department's collaboration projects
 * @param budgetYen the programme's budget in whole yen
 * @param maxAmountYen the most one application may be granted; null = no limit but the budget
 * @param subsidyRate the share of the eligible cost paid
 * @param opensOn and {@code closesOn}: the application period (inclusive)
 * @param eligibility who may apply
 * @param requiredDocuments the documents an application must attach (申請書類), by name
 * @param criteria the review criteria with weights; empty = {@link ReviewCriterion#standard()}
 * @param contact where to ask (問い合わせ先)
 * @param url the programme's page on the city's site
 */
public record ProgrammeDraft(
        int fiscalYear,
        ProgrammeKind kind,
        String title,
        String titleKana,
        String summary,
        String target,
        String wardCode,
        Long departmentId,
        long budgetYen,
        Long maxAmountYen,
        SubsidyRate subsidyRate,
        LocalDate opensOn,
        LocalDate closesOn,
        EligibilityRules eligibility,
        List<String> requiredDocuments,
        List<ReviewCriterion> criteria,
        String contact,
        String url) {

    public ProgrammeDraft {
        title = Records.text(title);
        titleKana = Records.text(titleKana);
        summary = Records.text(summary);
        target = Records.text(target);
        wardCode = Records.text(wardCode);
        subsidyRate = subsidyRate == null ? SubsidyRate.FULL : subsidyRate;
        eligibility = eligibility == null ? EligibilityRules.anyRegistered() : eligibility;
        requiredDocuments = Records.list(requiredDocuments).stream()
                .map(Records::text)
                .filter(s -> !s.isEmpty())
                .toList();
        criteria = criteria == null || criteria.isEmpty() ? ReviewCriterion.standard() : List.copyOf(criteria);
        contact = Records.text(contact);
        url = Records.text(url);
    }

    /** A programme with the required parts: the standard criteria, rate 10/10, any registered organisation. */
    public static ProgrammeDraft of(
            int fiscalYear, ProgrammeKind kind, String title, long budgetYen, LocalDate opensOn, LocalDate closesOn) {
        return new ProgrammeDraft(
                fiscalYear,
                kind,
                title,
                "",
                "",
                "",
                "",
                null,
                budgetYen,
                null,
                null,
                opensOn,
                closesOn,
                null,
                null,
                null,
                "",
                "");
    }

    public ProgrammeDraft withLimits(Long newMaxAmountYen, SubsidyRate newRate) {
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
                newMaxAmountYen,
                newRate,
                opensOn,
                closesOn,
                eligibility,
                requiredDocuments,
                criteria,
                contact,
                url);
    }

    public ProgrammeDraft withEligibility(EligibilityRules rules) {
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
                subsidyRate,
                opensOn,
                closesOn,
                rules,
                requiredDocuments,
                criteria,
                contact,
                url);
    }

    public ProgrammeDraft withBudget(long newBudgetYen) {
        return new ProgrammeDraft(
                fiscalYear,
                kind,
                title,
                titleKana,
                summary,
                target,
                wardCode,
                departmentId,
                newBudgetYen,
                maxAmountYen,
                subsidyRate,
                opensOn,
                closesOn,
                eligibility,
                requiredDocuments,
                criteria,
                contact,
                url);
    }

    public ProgrammeDraft withWard(String newWardCode, Long newDepartmentId) {
        return new ProgrammeDraft(
                fiscalYear,
                kind,
                title,
                titleKana,
                summary,
                target,
                newWardCode,
                newDepartmentId,
                budgetYen,
                maxAmountYen,
                subsidyRate,
                opensOn,
                closesOn,
                eligibility,
                requiredDocuments,
                criteria,
                contact,
                url);
    }

    public ProgrammeDraft withDocumentsAndCriteria(List<String> documents, List<ReviewCriterion> newCriteria) {
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
                subsidyRate,
                opensOn,
                closesOn,
                eligibility,
                documents,
                newCriteria,
                contact,
                url);
    }

    public ProgrammeDraft withTexts(
            String newTitleKana, String newSummary, String newTarget, String newContact, String newUrl) {
        return new ProgrammeDraft(
                fiscalYear,
                kind,
                title,
                newTitleKana,
                newSummary,
                newTarget,
                wardCode,
                departmentId,
                budgetYen,
                maxAmountYen,
                subsidyRate,
                opensOn,
                closesOn,
                eligibility,
                requiredDocuments,
                criteria,
                newContact,
                newUrl);
    }
}
