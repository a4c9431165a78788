package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingKit.COORDINATOR;
import static jp.kyodo.matching.internal.MatchingKit.STAFF;
import static jp.kyodo.matching.internal.MatchingKit.TODAY;
import static jp.kyodo.matching.internal.MatchingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.matching.Agenda;
import jp.kyodo.matching.AgendaDraft;
import jp.kyodo.matching.CollaborationForm;
import jp.kyodo.matching.ExitStrategy;
import jp.kyodo.matching.Indicator;
import jp.kyodo.matching.Judgement;
import jp.kyodo.matching.Project;
import jp.kyodo.matching.ProjectDraft;
import jp.kyodo.matching.ProjectPartner;
import jp.kyodo.matching.ProjectQuery;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class ProjectTest {

    private final MatchingKit kit = new MatchingKit();
    private final PartnerProfile npo =
            kit.profiles.organisation(PartnerType.CIVIC, "NPO法人見守りネット", "", Set.of("welfare"), "chuo");
    private final PartnerProfile shop =
            kit.profiles.organisation(PartnerType.BUSINESS, "新聞販売店組合", "", Set.of(), "chuo");

    ProjectTest() {
        kit.start();
    }

    @AfterEach
    void close() {
        kit.close();
    }

    private ProjectDraft watchOver(Long agendaId, long visits) {
        return new ProjectDraft(
                "高齢者見守りネットワーク",
                kit.department.id(),
                CollaborationForm.COMMITTEE,
                new Judgement(true, "地域全体の安全", true, "会費は実費のみ", true, "配達網と福祉の知見"),
                "一人暮らし高齢者の異変に早く気づく",
                List.of(new ProjectPartner(npo.id(), "", "訪問と連絡"), new ProjectPartner(shop.id(), "", "配達時の気づき")),
                TODAY.minusMonths(6),
                TODAY.plusWeeks(4),
                1_200_000L,
                List.of(new Indicator("見守り訪問", "件", 500L, visits)),
                "",
                null,
                agendaId,
                null,
                "");
    }

    @Test
    void aProjectRecordsFormChecklistRolesIndicatorsAndAnExitStillToDecide() {
        Project p = as(STAFF, () -> kit.projects.create(watchOver(null, 120)));
        assertEquals("市民協働推進課", p.departmentName());
        assertEquals(
                List.of("NPO法人見守りネット", "新聞販売店組合"),
                p.details().partners().stream().map(ProjectPartner::name).toList());
        assertTrue(p.details().judgement().passed());
        assertTrue(p.exitDue(), "ends within eight weeks without an exit strategy");
        assertEquals(
                1,
                as(
                                STAFF,
                                () -> kit.projects.search(
                                        new ProjectQuery("", null, null, null, true), PageRequest.first(10)))
                        .total());

        ProjectDraft decided = new ProjectDraft(
                p.details().title(),
                p.details().departmentId(),
                p.details().form(),
                p.details().judgement(),
                p.details().purpose(),
                p.details().partners(),
                p.details().startsOn(),
                p.details().endsOn(),
                p.details().budgetYen(),
                p.details().indicators(),
                "目標の24%",
                ExitStrategy.INSTITUTIONALISE,
                null,
                null,
                "");
        Project after = as(STAFF, () -> kit.projects.update(p.id(), p.version(), decided));
        assertFalse(after.exitDue());
        assertEquals(ExitStrategy.INSTITUTIONALISE, after.details().exit());
    }

    @Test
    void aBadProjectIsRefusedWithEveryProblem() {
        ProjectDraft bad = new ProjectDraft(
                "",
                999,
                null,
                null,
                "",
                List.of(new ProjectPartner(npo.id(), "", ""), new ProjectPartner(npo.id(), "", "")),
                TODAY,
                TODAY.minusDays(1),
                -1L,
                List.of(new Indicator("", "件", -5L, null)),
                "",
                null,
                null,
                null,
                "");
        ValidationException e =
                assertThrows(ValidationException.class, () -> as(STAFF, () -> kit.projects.create(bad)));
        assertEquals(
                Set.of(
                        "title",
                        "form",
                        "departmentId",
                        "endsOn",
                        "budgetYen",
                        "partners[1].organisationId",
                        "indicators[0].name",
                        "indicators[0].target"),
                Set.copyOf(e.errors().stream().map(FieldError::field).toList()));
    }

    @Test
    void anAgendasProgressRollsUpFromItsProjects() {
        Agenda agenda = as(
                COORDINATOR,
                () -> kit.projects.createAgenda(new AgendaDraft(
                        "孤独死ゼロ",
                        "誰も孤立させない地域",
                        List.of(new Indicator("見守り訪問", "件", 2000L, null)),
                        List.of(npo.id(), shop.id()),
                        "市民協働推進課")));
        as(STAFF, () -> kit.projects.create(watchOver(agenda.id(), 120)));
        as(STAFF, () -> kit.projects.create(watchOver(agenda.id(), 80)));

        Agenda progress = as(STAFF, () -> kit.projects.getAgenda(agenda.id()));
        assertEquals(2, progress.projects());
        assertEquals(
                new Indicator("見守り訪問", "件", 2000L, 200L), progress.progress().get(0));
        assertEquals(List.of("NPO法人見守りネット", "新聞販売店組合"), progress.organisations());
        assertThrows(
                AccessDeniedException.class,
                () -> as(STAFF, () -> kit.projects.createAgenda(new AgendaDraft("t", "g", List.of(), List.of(), ""))));
    }
}
