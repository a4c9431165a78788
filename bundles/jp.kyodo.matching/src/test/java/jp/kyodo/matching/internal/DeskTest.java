package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingKit.COORDINATOR;
import static jp.kyodo.matching.internal.MatchingKit.STAFF;
import static jp.kyodo.matching.internal.MatchingKit.TODAY;
import static jp.kyodo.matching.internal.MatchingKit.VIEWER;
import static jp.kyodo.matching.internal.MatchingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.security.Actor;
import jp.kyodo.matching.ConsultationDesk;
import jp.kyodo.matching.DeskAction;
import jp.kyodo.matching.DeskItem;
import jp.kyodo.matching.DeskItemDraft;
import jp.kyodo.matching.DeskItemKind;
import jp.kyodo.matching.DeskQuery;
import jp.kyodo.matching.DeskStatistics;
import jp.kyodo.matching.DeskStatus;
import jp.kyodo.matching.DeskStep;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class DeskTest {

    private final MatchingKit kit = new MatchingKit();

    @AfterEach
    void close() {
        kit.close();
    }

    private DeskItem received() {
        return as(
                COORDINATOR,
                () -> kit.desk.receive(new DeskItemDraft(
                        DeskItemKind.PROPOSAL, "NPO法人かわぐち環境ネット", null, "河川清掃を市と共催したい", "年2回、荒川河川敷で", null)));
    }

    private DeskItem routed() {
        DeskItem item = received();
        return as(
                COORDINATOR,
                () -> kit.desk.route(
                        item.id(), item.version(), kit.environment.id(), "環境 一郎", TODAY.plusDays(7), "共催の可否を検討ください"));
    }

    @Test
    void anItemIsRoutedWithAnOwnerAndADueDateAndAnsweredByTheDepartment() {
        DeskItem item = routed();
        assertEquals(DeskStatus.ROUTED, item.status());
        assertEquals("環境政策課", item.departmentName());
        assertEquals("環境 一郎", item.owner());
        DeskItem accepted = as(STAFF, () -> kit.desk.accept(item.id(), item.version(), "来年度の共催事業として調整します"));
        assertEquals(DeskStatus.ACCEPTED, accepted.status());
        assertEquals(TODAY, accepted.answeredOn());
        assertEquals(
                List.of(DeskAction.RECEIVED, DeskAction.ROUTED, DeskAction.ACCEPTED),
                accepted.steps().stream().map(DeskStep::action).toList());
        assertThrows(
                ValidationException.class,
                () -> as(STAFF, () -> kit.desk.decline(accepted.id(), accepted.version(), "重ねての回答")),
                "an answered item stays answered");
    }

    @Test
    void aDeclineNeedsAReasonAndARoutingNeedsADepartmentOfTheCity() {
        DeskItem item = routed();
        assertThrows(ValidationException.class, () -> as(STAFF, () -> kit.desk.decline(item.id(), item.version(), "")));
        DeskItem fresh = received();
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> as(COORDINATOR, () -> kit.desk.route(fresh.id(), fresh.version(), 12345, "", null, "")));
        assertEquals(
                Set.of("departmentId", "owner"),
                Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));
        assertEquals(
                DeskStatus.RECEIVED, as(STAFF, () -> kit.desk.get(fresh.id())).status(), "unchanged");
    }

    @Test
    void anOverdueItemIsEscalatedOnceAndStaysOpenUntilAnswered() {
        DeskItem item = routed();
        kit.clock.advance(Duration.ofDays(8));
        DeskItem late = as(STAFF, () -> kit.desk.get(item.id()));
        assertTrue(late.overdue());
        assertEquals(null, late.escalatedAt());

        Actor system = Actor.system("matching-desk");
        assertEquals(1, as(system, kit.desk::escalateOverdue));
        assertEquals(0, as(system, kit.desk::escalateOverdue), "once");
        DeskItem escalated = as(STAFF, () -> kit.desk.get(item.id()));
        assertNotNull(escalated.escalatedAt());
        assertEquals(
                DeskAction.ESCALATED,
                escalated.steps().get(escalated.steps().size() - 1).action());
        assertEquals(DeskStatus.ROUTED, escalated.status(), "nothing closes without an answer");
        assertEquals(
                1,
                as(STAFF, () -> kit.desk.search(new DeskQuery(Set.of(), null, true, ""), PageRequest.first(10)))
                        .total());

        DeskStatistics stats = as(STAFF, kit.desk::statistics);
        DeskStatistics.Department env = stats.departments().get(0);
        assertEquals("環境政策課", env.name());
        assertEquals(1, env.overdue());
        assertEquals(new DeskStatistics.Ageing(0, 1, 0, 0), env.ageing());

        DeskItem forwarded = as(
                STAFF,
                () -> kit.desk.forward(
                        escalated.id(), escalated.version(), kit.department.id(), "協働 花子", null, "共催は協働推進課の所管"));
        assertEquals("市民協働推進課", forwarded.departmentName());
        assertFalse(forwarded.overdue(), "a new due date (the configured 14 days)");
        assertEquals(null, forwarded.escalatedAt());
        DeskItem declined = as(STAFF, () -> kit.desk.decline(forwarded.id(), forwarded.version(), "予算がないため今年度は見送り"));
        assertEquals(DeskStatus.DECLINED, declined.status());
        DeskStatistics after = as(STAFF, kit.desk::statistics);
        DeskStatistics.Department collaboration = after.departments().stream()
                .filter(d -> d.name().equals("市民協働推進課"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, collaboration.answered());
        assertEquals(8.0, collaboration.averageAnswerDays());
    }

    @Test
    void aRehearsalMovesTheModulesClockAheadSoItemsGoOverdueAndBackWhenItEnds() {
        DeskItem item = routed();
        kit.backend.modified(MatchingKit.config(8));
        assertEquals(TODAY.plusDays(8), kit.backend.today());
        assertTrue(as(STAFF, () -> kit.desk.get(item.id())).overdue());
        kit.backend.modified(MatchingKit.config(0));
        assertFalse(as(STAFF, () -> kit.desk.get(item.id())).overdue());
    }

    @Test
    void openItemsComeFirstOldestFirstAndViewersSeeNothingOfTheDesk() {
        DeskItem first = received();
        kit.clock.advance(Duration.ofDays(1));
        DeskItem second = received();
        DeskItem answered = routed();
        as(STAFF, () -> kit.desk.accept(answered.id(), answered.version(), "対応します"));
        List<Long> order = as(STAFF, () -> kit.desk.search(DeskQuery.all(), PageRequest.first(10))).items().stream()
                .map(DeskItem::id)
                .toList();
        assertEquals(List.of(first.id(), second.id(), answered.id()), order);
        assertThrows(
                AccessDeniedException.class,
                () -> as(VIEWER, () -> kit.desk.search(DeskQuery.all(), PageRequest.first(10))));
    }

    @Test
    void sortedByDueDateOpenItemsStillComeFirst() {
        DeskItem soon = routed();
        DeskItem later = as(
                COORDINATOR,
                () -> kit.desk.route(received().id(), 1, kit.environment.id(), "環境 一郎", TODAY.plusDays(20), "後でよい"));
        as(STAFF, () -> kit.desk.accept(soon.id(), soon.version(), "受け入れます"));
        DeskItem unrouted = received();

        List<Long> ids = as(
                        STAFF,
                        () -> kit.desk.search(
                                DeskQuery.all(), PageRequest.first(10).sortedBy(Sort.desc(ConsultationDesk.SORT_DUE))))
                .items()
                .stream()
                .map(DeskItem::id)
                .toList();

        assertEquals(soon.id(), ids.get(ids.size() - 1), "the answered item comes after every open one");
        assertTrue(ids.indexOf(later.id()) < ids.indexOf(soon.id()));
        assertTrue(ids.contains(unrouted.id()));
    }
}
