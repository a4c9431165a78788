package jp.kyodo.training.internal;

import static jp.kyodo.training.internal.TrainingKit.COORDINATOR;
import static jp.kyodo.training.internal.TrainingKit.STAFF;
import static jp.kyodo.training.internal.TrainingKit.VIEWER;
import static jp.kyodo.training.internal.TrainingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.csv.CsvCharsets;
import jp.kyodo.testing.DatabaseTest;
import jp.kyodo.training.Question;
import jp.kyodo.training.Survey;
import jp.kyodo.training.SurveyDraft;
import jp.kyodo.training.SurveyImportReport;
import jp.kyodo.training.SurveyPhase;
import jp.kyodo.training.SurveyStatistics;
import jp.kyodo.training.SurveyTrend;
import jp.kyodo.training.Training;
import jp.kyodo.training.TrainingDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class SurveyTest {

    static final Question KYODO =
            new Question("kyodo", "「協働」の意味と実践方法を知っていますか", List.of("知っており、理解している", "聞いたことはあるが、よく分からない", "知らない"));

    private final TrainingKit kit = new TrainingKit();

    @AfterEach
    void close() {
        kit.close();
    }

    private Survey survey(int year, SurveyPhase phase) {
        return as(COORDINATOR, () -> kit.surveys.create(new SurveyDraft("職員意識調査", year, null, phase, List.of(KYODO))));
    }

    @Test
    void answersAreCountedPerChoiceAndPerDepartment() {
        kit.roster(10, List.of("市民協働推進課", "環境政策課"));
        Survey s = survey(2026, SurveyPhase.STANDALONE);
        String csv = "タイムスタンプ,職員番号,「協働」の意味と実践方法を知っていますか\n"
                + "2026/06/01 9:00,S00001,知っており、理解している\n"
                + "2026/06/01 9:01,S00002,知らない\n"
                + "2026/06/01 9:02,S00003,聞いたことはあるが、よく分からない\n"
                + "2026/06/01 9:03,S00005,知っており、理解している\n";
        SurveyImportReport r =
                as(COORDINATOR, () -> kit.surveys.importCsv(s.id(), csv.getBytes(StandardCharsets.UTF_8), true));
        assertTrue(r.committed(), r.errors().toString());
        assertEquals(4, r.imported());
        assertEquals("UTF-8", r.charset());
        SurveyStatistics st = as(VIEWER, () -> kit.surveys.statistics(s.id()));
        assertEquals(10, st.invited());
        assertEquals(4, st.responses());
        assertEquals(40.0, st.responseRate());
        assertEquals(List.of(2, 1, 1), st.questions().get(0).counts());
        assertEquals(50.0, st.questions().get(0).percent(0));
        SurveyStatistics.DepartmentResult kyodo = st.departments().get(0);
        assertEquals("市民協働推進課", kyodo.department());
        assertEquals(5, kyodo.invited());
        // S00001, S00003, S00005 are in 市民協働推進課 (odd positions round robin)
        assertEquals(3, kyodo.responses());
        assertEquals(List.of(2, 1, 0), kyodo.questions().get(0).counts());
    }

    @Test
    void aCp932FileWithMistakesWritesNothingAndNamesEveryRow() {
        kit.roster(5, List.of("総務課"));
        Survey s = survey(2026, SurveyPhase.STANDALONE);
        String csv = "職員番号,kyodo\r\nS00001,知らない\r\nS99999,知らない\r\nS00002,わからない\r\nS00001,知らない\r\n";
        SurveyImportReport r =
                as(COORDINATOR, () -> kit.surveys.importCsv(s.id(), csv.getBytes(CsvCharsets.CP932), true));
        assertEquals("Shift_JIS", r.charset());
        assertFalse(r.committed());
        assertEquals(
                List.of("3行目 職員番号", "4行目 kyodo", "5行目 職員番号"),
                r.errors().stream().map(e -> e.field()).toList(),
                r.errors().toString());
        assertTrue(r.errors().get(1).message().contains("知らない"), "lists the choices");
        assertEquals(0, as(VIEWER, () -> kit.surveys.get(s.id())).responses());
    }

    @Test
    void anAnonymousExportCountsByDepartmentAndAMissingColumnIsNamed() {
        kit.roster(4, List.of("総務課", "防災課"));
        Survey s = survey(2026, SurveyPhase.STANDALONE);
        byte[] bom = ("\uFEFF所属,1. 「協働」の意味と実践方法を知っていますか\n防災課,知らない\n総務課,知らない\n").getBytes(StandardCharsets.UTF_8);
        SurveyImportReport ok = as(COORDINATOR, () -> kit.surveys.importCsv(s.id(), bom, true));
        assertTrue(ok.committed(), ok.errors().toString());
        assertEquals(
                List.of(0, 0, 2),
                as(VIEWER, () -> kit.surveys.statistics(s.id()))
                        .questions()
                        .get(0)
                        .counts());
        byte[] wrong = "所属,ほかの設問\n防災課,はい\n".getBytes(StandardCharsets.UTF_8);
        SurveyImportReport missing = as(COORDINATOR, () -> kit.surveys.importCsv(s.id(), wrong, true));
        assertFalse(missing.committed());
        assertTrue(
                missing.errors().get(0).message().contains("設問"),
                missing.errors().toString());
        SurveyImportReport dryRun = as(COORDINATOR, () -> kit.surveys.importCsv(s.id(), bom, false));
        assertFalse(dryRun.committed());
        assertEquals(2, as(VIEWER, () -> kit.surveys.get(s.id())).responses(), "a check writes nothing");
    }

    @Test
    void staffAnswerOnceAndTheTrendComparesYears() {
        kit.roster(4, List.of("総務課"));
        Training t = as(
                COORDINATOR,
                () -> kit.trainings.create(
                        new TrainingDraft("協働研修", "", "https://x.example/v", "", 2026, null, Set.of())));
        Survey lastYear = survey(2025, SurveyPhase.STANDALONE);
        Survey after = as(
                COORDINATOR,
                () -> kit.surveys.create(new SurveyDraft("事後", 2026, t.id(), SurveyPhase.AFTER, List.of(KYODO))));
        as(
                COORDINATOR,
                () -> kit.surveys.importCsv(
                        lastYear.id(),
                        "職員番号,kyodo\nS00002,知らない\nS00003,知らない\n".getBytes(StandardCharsets.UTF_8),
                        true));
        as(STAFF, () -> kit.surveys.respond(after.id(), Map.of("kyodo", 0)));
        assertThrows(
                ValidationException.class, () -> as(STAFF, () -> kit.surveys.respond(after.id(), Map.of("kyodo", 0))));
        ValidationException bad = assertThrows(
                ValidationException.class,
                () -> as(STAFF, () -> kit.surveys.respond(lastYear.id(), Map.of("kyodo", 3))));
        assertEquals("kyodo", bad.errors().get(0).field());
        SurveyTrend trend = as(VIEWER, () -> kit.surveys.trend("kyodo"));
        assertEquals(
                List.of(2025, 2026),
                trend.points().stream().map(SurveyTrend.Point::fiscalYear).toList());
        assertEquals(List.of(0.0, 0.0, 100.0), trend.points().get(0).percents());
        assertEquals(List.of(100.0, 0.0, 0.0), trend.points().get(1).percents());
        assertEquals(
                after.id(),
                as(VIEWER, () -> kit.surveys.latestWithResponses())
                        .orElseThrow()
                        .id());
        assertEquals(
                25.0,
                as(VIEWER, () -> kit.surveys.statistics(after.id())).responseRate(),
                "invited: the training's assignees");
    }

    @Test
    void aSurveyNeedsQuestionsWithChoices() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> as(
                        COORDINATOR,
                        () -> kit.surveys.create(new SurveyDraft(
                                "調査",
                                2026,
                                null,
                                SurveyPhase.BEFORE,
                                List.of(new Question("q 1", "問", List.of("はい")))))));
        assertEquals(
                Set.of("questions[0].code", "questions[0].choices"),
                Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));
    }
}
