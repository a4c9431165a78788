package jp.kyodo.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.WebElement;

/**
 * Matching as a coordinator drives it, in a real browser against the real distribution (which boots
 * {@code kyodo-matching}): a need entered in the form gets explained candidates from the registry and a
 * proposed match is moved step by step to completed; a desk item routed to a department goes overdue on
 * the module's clock and is escalated; a person who withdraws their consent is gone from the candidates.
 * Partners are seeded through the registry's REST API; what the test is about happens in the pages.
 */
class MatchingBrowserIT {

    private static final String REGISTRY = "/api/v1/registry";
    private static final String MATCHING = "/api/v1/matching";

    private static RunningKyodo kyodo;

    /** Ready: the matching module included (its schema migrated, its candidate index built). */
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
            Browser.screenshot(browser, "matching-" + testName);
        } finally {
            browser.quit();
        }
    }

    /** Create a need, see its candidates with every score explained, propose one and complete the match. */
    @Test
    void needGetsExplainedCandidatesAndAMatchIsDrivenToCompleted() throws Exception {
        organisation("CIVIC", "芝園こども食堂の会", "しばぞのこどもしょくどうのかい");
        long person = person("調理 はなこ", "ちょうり はなこ", "調理、食品衛生責任者");
        consent(person, "MATCHING");

        loginAsCoordinator();
        steps.open("matching/need/edit", "#matching-need-title");
        steps.choose("#matching-need-owner", "芝園こども食堂", "芝園こども食堂");
        steps.field("#matching-need-title").sendKeys("子ども食堂の調理ボランティア");
        checkbox("#matching-need-kinds", "人手・スキル");
        steps.field("#matching-need-skills").sendKeys("調理");
        browser.findElement(By.id("matching-need-form-save")).click();
        steps.waitFor(d -> d.getCurrentUrl().contains("/matching/need?id="));

        // the person is a candidate, and the coordinator sees why: the skill term names what matched
        steps.waitFor(d -> text("matching-candidates").contains("調理 はなこ"));
        String explained = text("matching-candidates");
        assertTrue(explained.contains("スキル"), explained);
        assertTrue(explained.contains("調理"), explained);
        Browser.screenshot(browser, "matching-candidates");

        steps.click("matching-propose-person-" + person);
        steps.field("#matching-note").sendKeys("平日夕方に来られる方");
        steps.click("matching-note-confirm");
        steps.waitFor(d -> text("matching-need-matches").contains("調理 はなこ"));

        long match = onlyMatchOf(idFromUrl());
        steps.open("matching/match?id=" + match, "#matching-match-move");
        for (String stage : List.of("連絡済み", "合意", "実施中", "完了")) {
            steps.click("matching-match-move");
            WebElement stages = steps.waitFor(d -> d.findElement(By.id("matching-move-stage")));
            stages.findElements(By.cssSelector("vaadin-radio-button")).stream()
                    .filter(r -> r.getText().strip().equals(stage))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(stage + " is not offered: " + stages.getText()))
                    .click();
            if (stage.equals("完了")) {
                // completing without the outcome is refused at the field; nothing moves
                steps.click("matching-move-confirm");
                WebElement note = steps.waitFor(d -> d.findElement(By.id("matching-move-note")));
                steps.waitFor(d -> note.getDomAttribute("invalid") != null);
                steps.field("#matching-move-note").sendKeys("毎週木曜に調理を担当、3か月で延べ24回");
            }
            steps.click("matching-move-confirm");
            steps.waitFor(
                    d -> d.findElement(By.id("matching-match-steps")).getText().contains(stage));
            if (!stage.equals("完了")) {
                steps.waitFor(d -> d.findElements(By.id("matching-move-stage")).isEmpty());
            }
        }
        Answer done = kyodo.rest(ApiRole.COORDINATOR, "GET", MATCHING + "/matches/" + match, null);
        assertEquals(200, done.status(), done.body());
        assertTrue(done.body().contains("\"stage\":\"COMPLETED\""), done.body());
        assertTrue(done.body().contains("毎週木曜に調理を担当"), "the outcome is kept: " + done.body());
        String steps = browser.findElement(By.id("matching-match-steps")).getText();
        assertTrue(steps.contains(RunningKyodo.COORDINATOR), "each step is attributed: " + steps);
    }

    /** A routed desk item that goes past its due date is escalated to the division and listed as overdue. */
    @Test
    void overdueDeskItemIsEscalated() throws Exception {
        organisation("CITY", "道路維持課", "どうろいじか");

        loginAsCoordinator();
        steps.open("matching/desk/receive", "#matching-desk-subject");
        steps.field("#matching-desk-from").sendKeys("芝中央町会 会長");
        steps.field("#matching-desk-subject").sendKeys("通学路の防犯灯を増やしてほしい");
        steps.field("#matching-desk-body").sendKeys("芝中央小学校の北側、約200mの区間が夜間暗い。");
        browser.findElement(By.id("matching-desk-form-save")).click();
        steps.waitFor(d -> d.getCurrentUrl().contains("/matching/desk/item?id="));
        long item = idFromUrl();

        steps.click("matching-desk-route");
        steps.choose("#matching-route-department", "道路維持課", "道路維持課");
        steps.field("#matching-route-owner").sendKeys("佐藤 係長");
        steps.click("matching-route-confirm");
        steps.waitFor(d -> d.findElements(By.id("matching-route-confirm")).isEmpty());
        steps.waitFor(d -> text("matching-desk-badges").contains("回付済み"));
        assertFalse(text("matching-desk-badges").contains("期限超過"), text("matching-desk-badges"));

        // a month passes on the module's clock (the answer was due in 14 days); the escalation check
        // runs at once when the configuration changes
        kyodo.console("config:property-set -p jp.kyodo.matching rehearsalDaysAhead 30");
        try {
            eventually(
                    () -> kyodo.rest(ApiRole.STAFF, "GET", MATCHING + "/desk/items/" + item, null)
                            .body()
                            .contains("\"escalatedAt\":\""),
                    Duration.ofSeconds(60));
            steps.open("matching/desk?overdue=true", "#matching-desk-grid");
            steps.waitFor(d -> steps.gridText("matching-desk-grid").contains("通学路の防犯灯を増やしてほしい"));
            steps.open("matching/desk/item?id=" + item, "#matching-desk-badges");
            String marks = browser.findElement(By.id("matching-desk-badges")).getText();
            assertTrue(marks.contains("期限超過"), marks);
            assertTrue(marks.contains("エスカレーション"), marks);
            Browser.screenshot(browser, "matching-desk-escalated");
        } finally {
            kyodo.console("config:property-set -p jp.kyodo.matching rehearsalDaysAhead 0");
        }
    }

    /** Withdrawing a person's consent for matching takes them out of every need's candidates. */
    @Test
    void personWhoWithdrawsConsentLeavesTheCandidates() {
        long owner = organisation("NEIGHBOURHOOD", "前川三丁目町会", "まえかわさんちょうめちょうかい");
        long person = person("手話 みのる", "しゅわ みのる", "手話通訳");
        consent(person, "MATCHING");
        Answer need = kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                MATCHING + "/needs",
                """
                {"ownerId":%d,"title":"防災訓練の手話通訳","kinds":["PEOPLE"],"skills":"手話通訳"}
                """
                        .formatted(owner));
        assertEquals(201, need.status(), need.body());
        long needId = id(need.body());

        loginAsCoordinator();
        steps.open("matching/need?id=" + needId, "#matching-candidates");
        steps.waitFor(d -> text("matching-candidates").contains("手話 みのる"));

        // the coordinator records the withdrawal on the person's page, confirming it
        steps.open("registry/person?id=" + person, "vaadin-tab");
        steps.waitFor(d -> d.findElements(By.cssSelector("vaadin-tab")).stream()
                        .filter(t -> t.getText().strip().equals("同意"))
                        .findFirst()
                        .orElse(null))
                .click();
        WebElement withdraw = steps.waitFor(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals("撤回"))
                .findFirst()
                .orElse(null));
        withdraw.click();
        WebElement confirm = steps.waitFor(d -> d.findElement(By.cssSelector("vaadin-button[slot='confirm-button']")));
        steps.waitFor(d -> d.getPageSource().contains("同意を本日付で撤回として記録しますか"));
        confirm.click();
        steps.waitFor(d -> d.getPageSource().contains("同意の撤回を記録しました"));

        steps.open("matching/need?id=" + needId, "h3");
        steps.waitFor(d -> d.getPageSource().contains("候補（上位"));
        String page = browser.getPageSource();
        assertFalse(page.contains("手話 みのる"), "withdrawn consent: not a candidate any more");
        Answer candidates = kyodo.rest(ApiRole.COORDINATOR, "GET", MATCHING + "/needs/" + needId + "/candidates", null);
        assertEquals(200, candidates.status(), candidates.body());
        assertFalse(candidates.body().contains("\"PERSON:" + person + "\""), candidates.body());
    }

    // --- seeding through the registry's API

    private static long organisation(String type, String name, String reading) {
        Answer a = kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                REGISTRY + "/organisations",
                """
                {"type":"%s","name":"%s","nameReading":"%s"}
                """
                        .formatted(type, name, reading));
        assertEquals(201, a.status(), a.body());
        return id(a.body());
    }

    private static long person(String name, String reading, String skills) {
        Answer a = kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                REGISTRY + "/people",
                """
                {"name":"%s","nameReading":"%s","skills":"%s","volunteer":true}
                """
                        .formatted(name, reading, skills));
        assertEquals(201, a.status(), a.body());
        return id(a.body());
    }

    private static void consent(long person, String scope) {
        Answer a = kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                REGISTRY + "/people/" + person + "/consents",
                """
                {"scope":"%s","recipient":"協働推進課","purpose":"地域の課題とのマッチング"}
                """
                        .formatted(scope));
        assertEquals(200, a.status(), a.body());
    }

    private static long onlyMatchOf(long need) {
        Answer a = kyodo.rest(ApiRole.COORDINATOR, "GET", MATCHING + "/needs/" + need + "/matches", null);
        assertEquals(200, a.status(), a.body());
        return id(a.body());
    }

    // --- the browser (the shared steps, and what only these pages need)

    private void loginAsCoordinator() {
        steps.login(RunningKyodo.COORDINATOR, RunningKyodo.COORDINATOR_PASSWORD);
    }

    /** The element's text as it is now (Vaadin replaces elements as views refresh). */
    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void checkbox(String groupCss, String label) {
        steps.waitFor(d -> d.findElements(By.cssSelector(groupCss + " vaadin-checkbox")).stream()
                        .filter(c -> c.getText().strip().equals(label))
                        .findFirst()
                        .orElse(null))
                .click();
    }

    private long idFromUrl() {
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(browser.getCurrentUrl());
        assertTrue(m.find(), browser.getCurrentUrl());
        return Long.parseLong(m.group(1));
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    /** Polls until the condition holds, for what the module does in the background (not in the page). */
    private static void eventually(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout);
            }
            Thread.sleep(500);
        }
    }
}
