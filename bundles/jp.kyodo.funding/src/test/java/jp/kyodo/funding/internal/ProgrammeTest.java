package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingKit.COORDINATOR;
import static jp.kyodo.funding.internal.FundingKit.STAFF;
import static jp.kyodo.funding.internal.FundingKit.VIEWER;
import static jp.kyodo.funding.internal.FundingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeDraft;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.ProgrammeQuery;
import jp.kyodo.funding.ProgrammeStatus;
import jp.kyodo.funding.ReviewCriterion;
import jp.kyodo.funding.SubsidyRate;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class ProgrammeTest {

    private final FundingKit kit = new FundingKit();

    @AfterEach
    void close() {
        kit.close();
    }

    static ProgrammeDraft grant(int year, long budget) {
        return ProgrammeDraft.of(
                        year,
                        ProgrammeKind.CITIZEN_ACTIVITY,
                        "令和8年度 市民活動補助金",
                        budget,
                        LocalDate.of(year, 4, 1),
                        LocalDate.of(year, 6, 30))
                .withLimits(300_000L, new SubsidyRate(2, 3))
                .withTexts(
                        "しみんかつどうほじょきん",
                        "新しい社会貢献活動を支援します",
                        "市内で活動する市民団体",
                        "市民協働推進課 048-000-0000",
                        "https://example.jp/josei");
    }

    @Test
    void aCoordinatorDefinesAndPublishesAProgrammeThatViewersThenSee() {
        Programme p = as(COORDINATOR, () -> kit.programmes.create(grant(2026, 3_000_000)));
        assertEquals(ProgrammeStatus.DRAFT, p.status());
        assertEquals(3_000_000, p.remainingYen());
        assertEquals(3, p.details().criteria().size(), "the standard criteria");
        assertEquals("令和8年度", p.fiscalYear().format());
        assertThrows(NotFoundException.class, () -> as(VIEWER, () -> kit.programmes.get(p.id())));
        assertEquals(
                0,
                as(VIEWER, () -> kit.programmes.search(ProgrammeQuery.all(), PageRequest.first(10)))
                        .total());
        Programme published = as(COORDINATOR, () -> kit.programmes.publish(p.id(), p.version()));
        assertEquals(ProgrammeStatus.PUBLISHED, published.status());
        assertEquals(
                "令和8年度 市民活動補助金",
                as(VIEWER, () -> kit.programmes.get(p.id())).details().title());
        assertEquals(
                1,
                as(
                                VIEWER,
                                () -> kit.programmes.search(
                                        new ProgrammeQuery("しみんかつどう", 2026, null, null, "", LocalDate.of(2026, 5, 1)),
                                        PageRequest.first(10)))
                        .total());
        assertTrue(kit.audit.of(AuditAction.CREATE).get(0).detail().contains("3,000,000円"));
    }

    @Test
    void onlyCoordinatorsDefineProgrammes() {
        assertThrows(AccessDeniedException.class, () -> as(STAFF, () -> kit.programmes.create(grant(2026, 1))));
    }

    @Test
    void everyProblemOfADraftIsReportedInTheUsersLanguage() {
        ProgrammeDraft bad = ProgrammeDraft.of(
                        2026, ProgrammeKind.WARD_PROPOSAL, "", -1, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1))
                .withWard("chuo-x", null)
                .withDocumentsAndCriteria(List.of("事業計画書", "事業計画書"), List.of(new ReviewCriterion("公益", "", 0, 5)));
        ValidationException e =
                assertThrows(ValidationException.class, () -> as(COORDINATOR, () -> kit.programmes.create(bad)));
        List<String> fields = e.errors().stream().map(x -> x.field()).toList();
        assertTrue(
                fields.containsAll(List.of(
                        "title",
                        "budgetYen",
                        "closesOn",
                        "wardCode",
                        "departmentId",
                        "requiredDocuments[1]",
                        "criteria[0].code",
                        "criteria[0].name",
                        "criteria[0].weight")),
                fields.toString());
        assertTrue(e.message(Locale.ENGLISH).contains("Please enter a value"), e.message(Locale.ENGLISH));
        assertTrue(e.getMessage().contains("入力してください"));
    }

    @Test
    void theBudgetCannotGoBelowWhatIsCommittedAndTransitionsAreGuarded() {
        Programme p = as(COORDINATOR, () -> kit.programmes.create(grant(2026, 5_000_000_000L)));
        kit.db.execute("UPDATE FUN_PROGRAMME SET COMMITTED_YEN = 4000000000 WHERE ID = " + p.id());
        ConflictException e = assertThrows(
                ConflictException.class,
                () -> as(COORDINATOR, () -> kit.programmes.update(p.id(), p.version(), grant(2026, 3_999_999_999L))));
        assertTrue(e.getMessage().contains("4,000,000,000円"), e.getMessage());
        Programme raised =
                as(COORDINATOR, () -> kit.programmes.update(p.id(), p.version(), grant(2026, 4_000_000_000L)));
        assertEquals(0, raised.remainingYen());
        assertThrows(
                ConflictException.class, () -> as(COORDINATOR, () -> kit.programmes.close(p.id(), raised.version())));
        assertEquals(
                ProgrammeStatus.DRAFT,
                as(COORDINATOR, () -> kit.programmes.get(p.id())).status());
    }

    @Test
    void openCallsAreExportedInTheSupportSchemeLayoutWithABom() throws Exception {
        Programme p = as(COORDINATOR, () -> kit.programmes.create(grant(2026, 3_000_000)));
        as(COORDINATOR, () -> kit.programmes.publish(p.id(), p.version()));
        as(COORDINATOR, () -> kit.programmes.create(grant(2025, 1_000)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(VIEWER, () -> {
            kit.programmes.writeOpenCalls(LocalDate.of(2026, 5, 1), out);
            return null;
        });
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF全国地方公共団体コード,ID,地方公共団体名,制度名,"), csv);
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length, csv);
        assertTrue(lines[1].startsWith("111007," + p.id() + ",さいたま市,令和8年度 市民活動補助金,しみんかつどうほじょきん,,"), lines[1]);
        assertTrue(lines[1].contains("2026-04-01,2026-06-30"), lines[1]);
    }

    @Test
    void reviewersAndWardBudgets() {
        Programme p = as(COORDINATOR, () -> kit.programmes.create(grant(2026, 3_000_000)));
        assertEquals(
                Set.of("shinsa-a", "shinsa-b"),
                as(COORDINATOR, () -> kit.programmes.assignReviewers(p.id(), Set.of(" shinsa-a", "shinsa-b"))));
        assertEquals(
                "浦和区",
                as(COORDINATOR, () -> kit.programmes.setWardBudget(2026, "urawa", 2_500_000_000L))
                        .wardName());
        assertThrows(
                ValidationException.class,
                () -> as(COORDINATOR, () -> kit.programmes.setWardBudget(2026, "urawa-n", 1)));
        assertEquals(
                2_500_000_000L,
                as(STAFF, () -> kit.programmes.wardBudgets(2026)).get(0).budgetYen());
    }
}
