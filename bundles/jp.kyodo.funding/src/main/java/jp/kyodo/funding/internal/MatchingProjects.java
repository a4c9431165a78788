package jp.kyodo.funding.internal;

import java.time.LocalDate;
import java.util.List;
import jp.kyodo.matching.CollaborationForm;
import jp.kyodo.matching.CollaborationProjects;
import jp.kyodo.matching.Judgement;
import jp.kyodo.matching.ProjectDraft;
import jp.kyodo.matching.ProjectPartner;

/**
 * The matching module's project register seen through {@link ProposalProjects}. The only class of the bundle
 * that names matching's types: {@link MatchingLink} creates it when matching's service appears, so that
 * nothing else loads a matching class — funding starts, runs and stays {@code Active} without matching.
 */
final class MatchingProjects implements ProposalProjects {

    private final CollaborationProjects projects;
    private final FundingBackend b;

    /** @param service a {@code jp.kyodo.matching.CollaborationProjects} */
    MatchingProjects(Object service, FundingBackend b) {
        this.projects = (CollaborationProjects) service;
        this.b = b;
    }

    private CollaborationForm form() {
        try {
            return CollaborationForm.valueOf(b.config().proposalProjectForm().strip());
        } catch (IllegalArgumentException e) {
            return CollaborationForm.GRANT;
        }
    }

    @Override
    public long create(
            String title,
            long departmentId,
            long organisationId,
            String purpose,
            LocalDate startsOn,
            LocalDate endsOn,
            long budgetYen,
            String source) {
        Judgement judged = new Judgement(true, "助成審査で確認", true, "助成審査で確認", true, "助成審査で確認");
        ProjectDraft draft = new ProjectDraft(
                title,
                departmentId,
                form(),
                judged,
                purpose,
                List.of(new ProjectPartner(organisationId, "", "提案団体")),
                startsOn,
                endsOn,
                budgetYen,
                List.of(),
                "",
                null,
                null,
                null,
                source);
        return projects.create(draft).id();
    }
}
