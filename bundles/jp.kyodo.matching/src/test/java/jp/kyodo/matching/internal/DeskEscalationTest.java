package jp.kyodo.matching.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kyodo.matching.ConsultationDesk;
import jp.kyodo.matching.DeskAction;
import jp.kyodo.matching.DeskItem;
import jp.kyodo.matching.DeskItemDraft;
import jp.kyodo.matching.DeskItemKind;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two nodes on one database, each with its escalation timer: each period is checked by one of them. */
@DatabaseTest
class DeskEscalationTest {

    private final MatchingKit kit = new MatchingKit();
    private final AtomicInteger checks = new AtomicInteger();
    /** The real desk, counting the checks for overdue items. */
    private final ConsultationDesk desk = (ConsultationDesk) Proxy.newProxyInstance(
            ConsultationDesk.class.getClassLoader(), new Class<?>[] {ConsultationDesk.class}, (p, m, args) -> {
                if (m.getName().equals("escalateOverdue")) {
                    checks.incrementAndGet();
                }
                try {
                    return m.invoke(kit.desk, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });

    private List<DeskEscalation> nodes = List.of();

    @AfterEach
    void close() {
        nodes.forEach(DeskEscalation::deactivate);
        kit.close();
    }

    @Test
    void ofTwoNodesOneChecksEachPeriod() throws Exception {
        nodes = List.of(
                new DeskEscalation(desk, kit.db.clusterJobs("node-a"), kit.backend, MatchingKit.config()),
                new DeskEscalation(desk, kit.db.clusterJobs("node-b"), kit.backend, MatchingKit.config()));
        awaitChecks(1);
        Thread.sleep(1_500);
        assertEquals(1, checks.get(), "both nodes looked a second after starting; one checked");

        nodes.forEach(n -> n.modified(MatchingKit.config()));
        Thread.sleep(2_500);
        assertEquals(1, checks.get(), "a look in the same period does not check again");

        kit.clock.advance(Duration.ofMinutes(60));
        nodes.forEach(n -> n.modified(MatchingKit.config()));
        awaitChecks(2);
        Thread.sleep(1_500);
        assertEquals(2, checks.get(), "the next hour is checked once");
    }

    @Test
    void anOverdueItemIsEscalatedByOneNode() throws Exception {
        DeskItem item = MatchingKit.as(
                MatchingKit.COORDINATOR,
                () -> kit.desk.receive(new DeskItemDraft(
                        DeskItemKind.PROPOSAL, "NPO法人かわぐち環境ネット", null, "河川清掃を市と共催したい", "年2回、荒川河川敷で", null)));
        MatchingKit.as(
                MatchingKit.COORDINATOR,
                () -> kit.desk.route(
                        item.id(),
                        item.version(),
                        kit.environment.id(),
                        "環境 一郎",
                        MatchingKit.TODAY.plusDays(7),
                        "共催の可否を検討ください"));
        kit.clock.advance(Duration.ofDays(8));
        nodes = List.of(
                new DeskEscalation(desk, kit.db.clusterJobs("node-a"), kit.backend, MatchingKit.config()),
                new DeskEscalation(desk, kit.db.clusterJobs("node-b"), kit.backend, MatchingKit.config()));
        awaitChecks(1);
        Thread.sleep(1_500);
        DeskItem escalated = MatchingKit.as(MatchingKit.STAFF, () -> kit.desk.get(item.id()));
        assertEquals(
                1,
                escalated.steps().stream()
                        .filter(s -> s.action() == DeskAction.ESCALATED)
                        .count());
        assertEquals(
                1,
                kit.audit.entries().stream()
                        .filter(e -> e.detail() != null && e.detail().contains("エスカレーション"))
                        .count());
    }

    private void awaitChecks(int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (checks.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(n, checks.get(), "checks within 10 s");
    }
}
