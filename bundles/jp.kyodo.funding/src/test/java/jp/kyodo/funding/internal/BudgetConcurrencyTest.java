package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingKit.COORDINATOR;
import static jp.kyodo.funding.internal.FundingKit.REVIEWER_A;
import static jp.kyodo.funding.internal.FundingKit.STAFF;
import static jp.kyodo.funding.internal.FundingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.funding.Application;
import jp.kyodo.funding.ApplicationDraft;
import jp.kyodo.funding.ApplicationStatus;
import jp.kyodo.funding.BudgetLine;
import jp.kyodo.funding.Decision;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeDraft;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.ReviewDraft;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 20 coordinators decide at the same moment: the budget in the database is never over-committed. */
@DatabaseTest
class BudgetConcurrencyTest {

    private static final int DECIDERS = 20;
    /** Above Integer.MAX_VALUE, so the guard's arithmetic is BIGINT's. */
    private static final long GRANT = 2_200_000_000L;

    private final FundingKit kit = new FundingKit();

    @AfterEach
    void close() {
        kit.close();
    }

    private List<Application> reviewedApplications(Programme p) {
        List<Application> result = new ArrayList<>();
        for (int i = 0; i < DECIDERS; i++) {
            ApplicationDraft d = ApplicationDraft.of(
                            p.id(), kit.npo.id(), "提案 " + i, List.of(BudgetLine.expense("事業費", GRANT)), GRANT)
                    .submittedOn(LocalDate.of(2026, 5, 1));
            Application a = as(STAFF, () -> kit.applications.submit(d));
            Application s = as(COORDINATOR, () -> kit.applications.screen(a.id(), a.version()));
            as(
                    REVIEWER_A,
                    () -> kit.applications.saveReview(
                            s.id(),
                            ReviewDraft.scores(
                                    p.details().criteria().stream().collect(Collectors.toMap(c -> c.code(), c -> 3)),
                                    "")));
            result.add(as(COORDINATOR, () -> kit.applications.completeReview(s.id(), s.version())));
        }
        return result;
    }

    private Programme programme(ProgrammeKind kind, long budget, String ward) {
        ProgrammeDraft d = ProgrammeDraft.of(
                        2026, kind, "同時決定の試験", budget, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30))
                .withWard(ward, ward.isEmpty() ? null : kit.department.id());
        Programme p = as(COORDINATOR, () -> kit.programmes.create(d));
        as(COORDINATOR, () -> kit.programmes.assignReviewers(p.id(), Set.of("shinsa-a")));
        return as(COORDINATOR, () -> kit.programmes.publish(p.id(), p.version() + 1));
    }

    /** @return how many decisions were granted */
    private int decideAtOnce(List<Application> applications) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(DECIDERS);
        CountDownLatch ready = new CountDownLatch(DECIDERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (Application a : applications) {
                results.add(pool.submit(() -> SecurityContext.callAs(COORDINATOR, () -> {
                    ready.countDown();
                    go.await();
                    try {
                        kit.applications.decide(a.id(), a.version(), Decision.grant(GRANT, ""));
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                })));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            int granted = 0;
            for (Future<Boolean> f : results) {
                if (f.get(120, TimeUnit.SECONDS)) {
                    granted++;
                }
            }
            return granted;
        } finally {
            pool.shutdownNow();
        }
    }

    private long[] stored(String sql) throws Exception {
        try (Connection c = kit.db.connect();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    @Test
    void twentyDecisionsAtOnceNeverOverCommitTheProgramme() throws Exception {
        Programme p = programme(ProgrammeKind.COLLABORATION_GRANT, GRANT * 7 + GRANT / 2, "");
        int granted = decideAtOnce(reviewedApplications(p));
        assertEquals(7, granted);
        long[] budget = stored("SELECT COMMITTED_YEN, BUDGET_YEN FROM FUN_PROGRAMME WHERE ID = " + p.id());
        assertEquals(GRANT * 7, budget[0]);
        long[] sum = stored("SELECT SUM(GRANTED_YEN), COUNT(*) FROM FUN_APPLICATION WHERE STATUS = 'GRANTED'");
        assertEquals(GRANT * 7, sum[0], "the applications' grants add up to what the programme committed");
        assertEquals(7, sum[1]);
        assertEquals(13, stored("SELECT COUNT(*), 0 FROM FUN_APPLICATION WHERE STATUS = 'REVIEWED'")[0]);
    }

    @Test
    void twentyDecisionsAtOnceNeverOverCommitTheWard() throws Exception {
        as(COORDINATOR, () -> kit.programmes.setWardBudget(2026, "omiya", GRANT * 3));
        Programme p = programme(ProgrammeKind.WARD_PROPOSAL, GRANT * 20, "omiya");
        int granted = decideAtOnce(reviewedApplications(p));
        assertEquals(3, granted);
        assertEquals(GRANT * 3, stored("SELECT COMMITTED_YEN, BUDGET_YEN FROM FUN_WARD_BUDGET")[0]);
        assertEquals(GRANT * 3, stored("SELECT COMMITTED_YEN, BUDGET_YEN FROM FUN_PROGRAMME WHERE ID = " + p.id())[0]);
        assertEquals(
                3, as(STAFF, () -> kit.applications.statistics(2026)).byStatus().get(ApplicationStatus.GRANTED));
    }
}
