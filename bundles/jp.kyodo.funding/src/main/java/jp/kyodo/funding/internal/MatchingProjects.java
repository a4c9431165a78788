package jp.kyodo.funding.internal;

import java.time.LocalDate;
import java.util.List;
import jp.kyodo.matching.CollaborationForm;
import jp.kyodo.matching.CollaborationProjects;
import jp.kyodo.matching.Judgement;
import jp.kyodo.matching.ProjectDraft;
import jp.kyodo.matching.ProjectPartner;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The matching module's project register seen through {@link ProposalProjects}. Satisfied (and its class
 * loaded) only when matching's {@link CollaborationProjects} service is there.
 */
@Component(service = ProposalProjects.class, configurationPid = FundingConfiguration.PID)
public final class MatchingProjects implements ProposalProjects {

    private final CollaborationProjects projects;
    private volatile CollaborationForm form;

    @Activate
    public MatchingProjects(@Reference CollaborationProjects projects, FundingConfiguration config) {
        this.projects = projects;
        modified(config);
    }

    @Modified
    void modified(FundingConfiguration config) {
        CollaborationForm f;
        try {
            f = CollaborationForm.valueOf(config.proposalProjectForm().strip());
        } catch (IllegalArgumentException e) {
            f = CollaborationForm.GRANT;
        }
        this.form = f;
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
                form,
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
