package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingKit.COORDINATOR;
import static jp.kyodo.funding.internal.FundingKit.REVIEWER_A;
import static jp.kyodo.funding.internal.FundingKit.STAFF;
import static jp.kyodo.funding.internal.FundingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.funding.Application;
import jp.kyodo.funding.ApplicationDraft;
import jp.kyodo.funding.BudgetLine;
import jp.kyodo.funding.Decision;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeDraft;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.ReviewDraft;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A granted proposal becomes a collaboration project when matching is there, and funding works without it. */
@DatabaseTest
class ProjectLinkTest {

    private final FundingKit kit = new FundingKit();

    /** What the matching module was asked to create. */
    record Created(
            String title,
            long departmentId,
            long organisationId,
            LocalDate startsOn,
            LocalDate endsOn,
            long budgetYen,
            String source) {}

    private final List<Created> created = new ArrayList<>();

    private final ProposalProjects matching =
            (title, departmentId, organisationId, purpose, startsOn, endsOn, budgetYen, source) -> {
                created.add(new Created(title, departmentId, organisationId, startsOn, endsOn, budgetYen, source));
                return 500L + created.size();
            };

    @AfterEach
    void close() {
        kit.close();
    }

    private Application grantedProposal() {
        ProgrammeDraft d = ProgrammeDraft.of(
                        2026,
                        ProgrammeKind.COLLABORATION_PROPOSAL,
                        "令和8年度 協働提案事業",
                        5_000_000,
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 6, 30))
                .withWard("", kit.department.id());
        Programme p = as(COORDINATOR, () -> kit.programmes.create(d));
        as(COORDINATOR, () -> kit.programmes.assignReviewers(p.id(), Set.of("shinsa-a")));
        as(COORDINATOR, () -> kit.programmes.publish(p.id(), p.version() + 1));
        Application a = as(
                STAFF,
                () -> kit.applications.submit(ApplicationDraft.of(
                                p.id(),
                                kit.npo.id(),
                                "団地の多言語お知らせ",
                                List.of(BudgetLine.expense("翻訳費", 800_000)),
                                800_000)
                        .submittedOn(LocalDate.of(2026, 5, 20))));
        Application s = as(COORDINATOR, () -> kit.applications.screen(a.id(), a.version()));
        as(
                REVIEWER_A,
                () -> kit.applications.saveReview(
                        s.id(),
                        ReviewDraft.scores(
                                p.details().criteria().stream().collect(Collectors.toMap(c -> c.code(), c -> 4)), "")));
        Application r = as(COORDINATOR, () -> kit.applications.completeReview(s.id(), s.version()));
        return as(COORDINATOR, () -> kit.applications.decide(r.id(), r.version(), Decision.grant(800_000, "")));
    }

    @Test
    void withMatchingTheGrantedProposalBecomesNextYearsProject() {
        kit.applications.projects = matching;
        Application a = grantedProposal();
        assertEquals(501L, a.projectId());
        Created c = created.get(0);
        assertEquals("funding:application:" + a.id(), c.source());
        assertEquals(kit.department.id(), c.departmentId());
        assertEquals(kit.npo.id(), c.organisationId());
        assertEquals(LocalDate.of(2027, 4, 1), c.startsOn(), "proposals of this year are next year's projects");
        assertEquals(LocalDate.of(2028, 3, 31), c.endsOn());
        assertEquals(800_000, c.budgetYen());
        assertEquals(Optional.of(501L), as(COORDINATOR, () -> kit.applications.createProject(a.id())), "once only");
        assertEquals(1, created.size());
    }

    @Test
    void withoutMatchingFundingWorksAndTheProjectCanBeMadeLater() {
        Application a = grantedProposal();
        assertNull(a.projectId());
        assertEquals(Optional.empty(), as(COORDINATOR, () -> kit.applications.createProject(a.id())));
        kit.applications.projects = matching; // matching installed later
        assertEquals(Optional.of(501L), as(COORDINATOR, () -> kit.applications.createProject(a.id())));
        assertEquals(501L, as(STAFF, () -> kit.applications.get(a.id())).projectId());
    }

    @Test
    void aFailingProjectRegisterNeverUndoesTheGrant() {
        kit.applications.projects = (t, d, o, p, s, e, b, src) -> {
            throw new IllegalStateException("matching is being updated");
        };
        Application a = grantedProposal();
        assertNull(a.projectId());
        assertTrue(a.status().commits());
    }
}
