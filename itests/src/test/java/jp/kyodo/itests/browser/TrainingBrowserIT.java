package jp.kyodo.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.itests.browser.RunningKyodo.Answer;
import jp.kyodo.itests.browser.RunningKyodo.ApiRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Training as staff use it, in a real browser against the real distribution (which boots {@code kyodo-training}):
 * an application to an oversubscribed 盛人大学 course taken in the page and the lottery drawn with a published seed;
 * a member of staff completing their e-learning; a form service's CSV (Shift_JIS) imported and the survey's chart
 * seen. People, courses, the roster and trainings are seeded through the REST APIs; what the test is about happens
 * in the pages.
 */
class TrainingBrowserIT {

    private static final String REGISTRY = "/api/v1/registry";
    private static final String TRAINING = "/api/v1/training";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static RunningKyodo kyodo;

    @RegisterExtension
    static final BeforeAllCallback DISTRIBUTION = context -> kyodo = RunningKyodo.get(context);

    private WebDriver browser;
    private Steps steps;
    private String testName;

    @BeforeEach
    void openBrowser(TestInfo info) throws Exception {
        browser = Browser.start("ja");
        steps = new Steps(browser, kyodo.baseUrl());
        testName = info.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        try {
            Browser.screenshot(browser, "training-" + testName);
        } finally {
            browser.quit();
        }
    }

    private static int fiscalYear(LocalDate d) {
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }

    /** Three people of 50 and over for two places: the third applies in the page, the lottery is drawn with a seed. */
    @Test
    void anOversubscribedCourseIsAppliedToAndDrawnByLot() {
        LocalDate today = LocalDate.now(TOKYO);
        LocalDate starts = today.plusDays(14);
        long course = id(created(
                TRAINING + "/courses",
                """
                {"kind":"COLLEGE","title":"盛人大学 まちづくり学科","description":"地域の課題を仲間と解く","fiscalYear":%d,
                 "capacity":2,"minAge":50,"maxAge":null,"minGrade":null,"maxGrade":null,"applyFrom":"%s","applyUntil":"%s",
                 "startsOn":"%s","endsOn":"%s","sessionStart":"10:00:00","sessionEnd":"12:00:00","sessions":10,
                 "requiredSessions":8,"place":"市民活動センター","publishAsEvent":false}
                """
                        .formatted(
                                fiscalYear(starts),
                                today.minusDays(1),
                                today.plusDays(7),
                                starts,
                                starts.plusDays(60))));
        long first = person("青木 一郎", "あおき いちろう", 1958);
        long second = person("石井 和子", "いしい かずこ", 1962);
        person("上田 進", "うえだ すすむ", 1955);
        for (long p : new long[] {first, second}) {
            created(TRAINING + "/courses/" + course + "/applications", "{\"personId\":" + p + ",\"grade\":null}");
        }
        loginAsCoordinator();
        steps.open("training/course?id=" + course, "#training-apply-person");
        steps.choose("#training-apply-person", "上田", "上田 進");
        steps.click("training-apply-submit");
        steps.waitFor(d -> steps.gridText("training-applications-grid").contains("上田 進"));
        steps.field("#training-lottery-seed").sendKeys("20261129");
        steps.click("training-lottery-draw");
        steps.confirm("抽選する");
        steps.waitFor(d -> steps.text("training-lottery").contains("20261129"));
        String grid = steps.gridText("training-applications-grid");
        assertTrue(grid.contains("当選・受講") && grid.contains("落選（補欠）"), grid);
        shot("training-lottery");
        String apps =
                ok(kyodo.rest(ApiRole.COORDINATOR, "GET", TRAINING + "/courses/" + course + "/applications", null));
        assertEquals(2, count(apps, "\"status\":\"ACCEPTED\""), apps);
        assertEquals(1, count(apps, "\"status\":\"WAITING\""), apps);
        String drawn = ok(kyodo.rest(ApiRole.VIEWER, "GET", TRAINING + "/courses/" + course, null));
        assertTrue(drawn.contains("\"lotterySeed\":20261129"), drawn);
    }

    /** The signed-in member of staff, reminded, opens their training and marks it completed. */
    @Test
    void aMemberOfStaffCompletesTheirELearning() {
        ok(kyodo.rest(
                ApiRole.COORDINATOR,
                "PUT",
                TRAINING + "/staff",
                """
                [{"id":0,"staffNumber":"E0001","name":"推進 花子","department":"市民協働推進課","userName":"%s","active":true},
                 {"id":0,"staffNumber":"E0002","name":"防災 太郎","department":"防災課","userName":"","active":true}]
                """
                        .formatted(RunningKyodo.COORDINATOR)));
        LocalDate today = LocalDate.now(TOKYO);
        long training = id(created(
                TRAINING + "/trainings",
                """
                {"title":"協働とは何か（45分）","description":"協働の意味と形態","videoUrl":"https://intranet.example.lg.jp/kyodo.mp4",
                 "slidesUrl":"https://intranet.example.lg.jp/kyodo.pdf","fiscalYear":%d,"dueOn":null,
                 "departments":["市民協働推進課","防災課"]}
                """
                        .formatted(fiscalYear(today))));
        // a coordinator's reminder reaches both who have not completed it, on their own page
        String reminded =
                ok(kyodo.rest(ApiRole.COORDINATOR, "POST", TRAINING + "/trainings/" + training + "/reminders", null));
        assertTrue(reminded.contains("\"count\":2"), reminded);
        loginAsCoordinator();
        steps.open("training/elearning", "#training-mine");
        assertTrue(steps.text("training-reminded-" + training).contains("督促"));
        steps.click("training-complete-" + training);
        steps.waitFor(d -> steps.text("training-assignment-" + training).contains("受講済み"));
        shot("training-elearning-completed");
        String t = ok(kyodo.rest(ApiRole.VIEWER, "GET", TRAINING + "/trainings/" + training, null));
        assertTrue(t.contains("\"completed\":1"), t);
        String progress =
                ok(kyodo.rest(ApiRole.VIEWER, "GET", TRAINING + "/trainings/" + training + "/progress", null));
        assertTrue(progress.contains("{\"department\":\"市民協働推進課\",\"assigned\":1,\"completed\":1"), progress);
        steps.open("training/elearning/training?id=" + training, "#training-progress-chart");
        assertTrue(steps.text("training-progress-chart").contains("100.0%"));
    }

    /** A form service's Shift_JIS export is checked, imported, and the answers' shares drawn. */
    @Test
    void theSurveysChartIsSeenAfterImportingTheFormsCsv() throws Exception {
        ok(
                kyodo.rest(
                        ApiRole.COORDINATOR,
                        "PUT",
                        TRAINING + "/staff",
                        """
                [{"id":0,"staffNumber":"Q0001","name":"環境 一","department":"環境政策課","userName":"","active":true},
                 {"id":0,"staffNumber":"Q0002","name":"環境 二","department":"環境政策課","userName":"","active":true},
                 {"id":0,"staffNumber":"Q0003","name":"福祉 三","department":"高齢福祉課","userName":"","active":true},
                 {"id":0,"staffNumber":"Q0004","name":"福祉 四","department":"高齢福祉課","userName":"","active":true}]
                """));
        long survey = id(created(
                TRAINING + "/surveys",
                """
                {"title":"職員意識調査（ブラウザ）","fiscalYear":%d,"trainingId":null,"phase":"STANDALONE",
                 "questions":[{"code":"kyodo-browser","text":"「協働」の意味と実践方法を知っていますか",
                   "choices":["知っており、理解している","聞いたことはあるが、よく分からない","知らない"]}]}
                """
                        .formatted(fiscalYear(LocalDate.now(TOKYO)))));
        Path csv = Files.createTempFile("forms-export", ".csv");
        Files.writeString(
                csv,
                "タイムスタンプ,職員番号,「協働」の意味と実践方法を知っていますか\r\n"
                        + "2026/06/01 9:00:00,Q0001,知っており、理解している\r\n"
                        + "2026/06/01 9:01:00,Q0002,知らない\r\n"
                        + "2026/06/01 9:02:00,Q0003,知っており、理解している\r\n"
                        + "2026/06/01 9:03:00,Q0004,聞いたことはあるが、よく分からない\r\n",
                Charset.forName("windows-31j"));
        loginAsCoordinator();
        steps.open("training/survey?id=" + survey, "#training-import-upload");
        steps.fileInput("training-import-upload").sendKeys(csv.toString());
        steps.waitFor(d -> steps.text("training-import-result").contains("問題はありません"));
        assertTrue(steps.text("training-import-result").contains("Shift_JIS"));
        steps.click("training-import-commit");
        steps.waitFor(d -> !d.findElements(By.id("training-survey-chart")).isEmpty());
        String chart = steps.text("training-survey-chart");
        assertTrue(chart.contains("50.0%") && chart.contains("25.0%"), chart);
        String departments = steps.text("training-survey-department-chart");
        assertTrue(departments.contains("環境政策課") && departments.contains("高齢福祉課"), departments);
        shot("training-survey-chart");
        String stats = ok(kyodo.rest(ApiRole.VIEWER, "GET", TRAINING + "/surveys/" + survey + "/statistics", null));
        assertTrue(stats.contains("\"counts\":[2,1,1]"), stats);
    }

    // --- seeding through the REST APIs

    private static long person(String name, String reading, int birthYear) {
        return id(created(
                REGISTRY + "/people",
                """
                {"name":"%s","nameReading":"%s","birthYear":%d}
                """
                        .formatted(name, reading, birthYear)));
    }

    private static String created(String path, String json) {
        Answer a = kyodo.rest(ApiRole.COORDINATOR, "POST", path, json);
        assertEquals(201, a.status(), a.body());
        return a.body();
    }

    private static String ok(Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.body();
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    // --- the browser

    private void loginAsCoordinator() {
        steps.login(RunningKyodo.COORDINATOR, RunningKyodo.COORDINATOR_PASSWORD);
    }

    private void shot(String name) {
        try {
            Browser.screenshot(browser, name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
