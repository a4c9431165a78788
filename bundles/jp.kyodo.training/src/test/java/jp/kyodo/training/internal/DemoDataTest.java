package jp.kyodo.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.testing.DatabaseTest;
import jp.kyodo.training.CourseQuery;
import jp.kyodo.training.CourseStatus;
import jp.kyodo.training.Survey;
import jp.kyodo.training.SurveyStatistics;
import jp.kyodo.training.SurveyTrend;
import jp.kyodo.training.Training;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo data loads through the services, once, and shows what the demo is for. */
@DatabaseTest
class DemoDataTest {

    private final TrainingKit kit = new TrainingKit();

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void aCollegeYearAnELearningCampaignWithSurveysAndPoints() {
        DemoDataLoader.Stories stories = new DemoDataLoader.Stories(
                kit.backend, kit.people, kit.courses, kit.trainings, kit.surveys, kit.points);
        Actor demo = Actor.system("demo-data");
        int courses = SecurityContext.callAs(demo, stories::load);
        assertEquals(4, courses);
        assertEquals(0, SecurityContext.callAs(demo, stories::load), "loaded once");
        SecurityContext.runAs(demo, () -> {
            assertEquals(
                    6,
                    kit.courses.search(CourseQuery.all(), PageRequest.first(10)).total());
            assertEquals(
                    1,
                    kit.courses
                            .search(new CourseQuery("", null, null, CourseStatus.ALLOCATED), PageRequest.first(10))
                            .total());
            Training t =
                    kit.trainings.search("", null, PageRequest.first(1)).items().get(0);
            assertEquals(5_000, t.assigned());
            assertTrue(t.completed() > 0 && t.completed() < t.assigned(), t.toString());
            Survey after = kit.surveys.latestWithResponses().orElseThrow();
            SurveyStatistics st = kit.surveys.statistics(after.id());
            assertEquals(24, st.departments().size());
            assertTrue(st.responses() > 2_000, st.responses() + " responses");
            SurveyTrend trend = kit.surveys.trend("kyodo");
            assertEquals(3, trend.points().size());
            assertTrue(
                    trend.points().get(2).percents().get(0)
                            > trend.points().get(1).percents().get(0),
                    "understanding grew");
            assertTrue(kit.points.rules().size() >= 4);
        });
    }
}
