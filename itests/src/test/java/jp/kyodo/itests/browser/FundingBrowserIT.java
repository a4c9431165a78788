package jp.kyodo.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * The funding pages in a real browser against the real distribution (which boots kyodo-funding), as
 * 協働推進課 staff use them: define a programme, enter applications for two
 * organisations, screen them (one is refused and says why), score, decide, pay and report; then open a
 * fund with its past years from the old ledger and see the year-end balances carried over.
 */
class FundingBrowserIT {

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private static RunningKyodo kyodo;

    /** The shared distribution, ready: the funding module included. */
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
            Browser.screenshot(browser, "funding-" + testName);
        } finally {
            browser.quit();
        }
    }

    @Test
    void aProgrammeIsDefinedAndAnApplicationGoesFromEntryToReportWhileAnIneligibleOneSaysWhy() throws Exception {
        long civic = organisation("CIVIC", "みどりの環境を守る会", "みどりのかんきょうをまもるかい");
        long business = organisation("BUSINESS", "株式会社ためし商事", "かぶしきがいしゃためししょうじ");
        steps.login(RunningKyodo.COORDINATOR, RunningKyodo.COORDINATOR_PASSWORD);

        // define: civic groups only, 2/3 of the eligible cost, open around today
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        steps.open("funding/programme/edit", "#funding-programme-title");
        steps.select("#funding-programme-kind", "市民活動補助金");
        steps.type("#funding-programme-title", "ブラウザ検証 市民活動補助金");
        steps.type("#funding-programme-budget", "100万");
        steps.type("#funding-programme-rate", "2/3");
        steps.date("#funding-programme-opens", today.minusDays(10).format(SLASHED));
        steps.date("#funding-programme-closes", today.plusDays(30).format(SLASHED));
        checkbox("#funding-programme-types", "市民団体");
        steps.click("funding-programme-form-save");
        steps.waitFor(d -> d.getCurrentUrl().contains("/funding/programme?id="));
        long programme = idInUrl();
        steps.click("funding-programme-publish");
        steps.sees("公開しました");
        steps.click("funding-programme-reviewers");
        steps.type("#funding-reviewers-names", RunningKyodo.COORDINATOR);
        steps.click("funding-step-confirm");
        steps.sees("審査委員を保存しました");

        // apply as staff for both organisations; the business is not a civic group
        long eligible = apply(programme, "みどりの環境", "河川敷の清掃と環境学習", 300_000, "20万");
        long refused = apply(programme, "ためし商事", "商店街の清掃", 300_000, "20万");

        steps.open("funding/application?id=" + refused, "#funding-step-screen");
        steps.click("funding-step-screen");
        steps.sees("要件不適合");
        String reasons = steps.text("funding-application-reasons");
        assertTrue(reasons.contains("事業者") && reasons.contains("対象ではありません"), reasons);
        Browser.screenshot(browser, "funding-ineligible");

        steps.open("funding/application?id=" + eligible, "#funding-step-screen");
        steps.click("funding-step-screen");
        steps.sees("要件を満たしています");

        // score each criterion, end the review, decide within the limit (300,000 × 2/3 = 200,000)
        steps.click("funding-step-review");
        steps.type("#funding-review-score-PUBLIC_BENEFIT", "5");
        steps.type("#funding-review-score-NON_PROFIT", "4");
        steps.type("#funding-review-score-SYNERGY", "4");
        steps.click("funding-step-confirm");
        steps.sees("採点を保存しました");
        steps.click("funding-step-completeReview");
        steps.confirm("審査を終了");
        steps.sees("審査を終了しました");
        steps.click("funding-step-decide");
        assertEquals("200,000", steps.field("#funding-decision-amount").getDomProperty("value"));
        steps.click("funding-step-confirm");
        steps.sees("決定しました");
        steps.click("funding-step-agree");
        steps.type("#funding-agreement-number", "川協第123号");
        steps.click("funding-step-confirm");
        steps.sees("協定の締結を記録しました");
        steps.click("funding-step-disburse");
        steps.click("funding-step-confirm");
        steps.sees("支払を記録しました");
        assertTrue(steps.text("funding-disbursements").contains("200,000円"));
        steps.click("funding-step-report");
        steps.type("#funding-report-summary", "清掃を6回、環境学習を2回実施");
        steps.click("funding-step-confirm");
        steps.sees("実績報告を記録しました");
        assertTrue(steps.text("funding-application-status").contains("実績報告済"));

        // what the API says agrees
        String json = ok(kyodo.rest(ApiRole.STAFF, "GET", "/api/v1/funding/applications/" + eligible, null));
        assertTrue(json.contains("\"status\":\"REPORTED\"") && json.contains("\"paidYen\":200000"), json);
        assertTrue(ok(kyodo.rest(ApiRole.STAFF, "GET", "/api/v1/funding/applications/" + refused, null))
                .contains("\"status\":\"INELIGIBLE\""));
        assertTrue(civic != business);
    }

    @Test
    void aFundOpenedWithItsPastYearsShowsEachYearEndBalanceCarriedOver() throws Exception {
        steps.login(RunningKyodo.COORDINATOR, RunningKyodo.COORDINATOR_PASSWORD);
        steps.open("funding/fund/edit", "#funding-fund-code");
        steps.type("#funding-fund-code", "browser-it");
        steps.type("#funding-fund-name", "ブラウザ検証基金");
        steps.type("#funding-fund-year", "2023");
        steps.type("#funding-fund-opening", "1,000,000");
        steps.click("funding-fund-form-save");
        steps.waitFor(d -> d.getCurrentUrl().contains("/funding/fund?id="));

        // the old ledger, one line per fiscal year, as the city's Excel file has it
        Path csv = Files.createTempFile("fund-years", ".csv");
        Files.writeString(
                csv,
                "年度,前年度末残高,積立,寄附,利子,取崩,年度末残高\r\n"
                        + "令和5年度,1000000,500000,20000,100,300000,1220100\r\n"
                        + "令和6年度,1220100,500000,30000,100,200000,1550200\r\n",
                StandardCharsets.UTF_8);
        steps.click("funding-fund-import");
        steps.fileInput("funding-import-upload").sendKeys(csv.toString());
        steps.sees("問題はありません");
        steps.click("funding-import-commit");
        steps.sees("取り込みました");
        steps.click("funding-import-close");

        steps.waitFor(d -> steps.text("funding-fund-years").contains("1,550,200円"));
        String years = steps.text("funding-fund-years");
        assertTrue(years.contains("令和5年度") && years.contains("1,220,100円"), years);
        assertTrue(years.contains("令和6年度"), years);

        // a city transfer this year adds to the carried-over balance
        steps.click("funding-fund-entry");
        steps.type("#funding-entry-amount", "10万");
        steps.click("funding-step-confirm");
        steps.sees("記録しました");
        steps.waitFor(d -> steps.text("funding-fund-balance").equals("1,650,200円"));
    }

    // --- helpers

    private long apply(long programme, String typed, String title, long expense, String requested) {
        steps.open("funding/application/edit?programme=" + programme, "#funding-application-organisation");
        steps.waitFor(d -> String.valueOf(
                        steps.field("#funding-application-programme").getDomProperty("value"))
                .contains("ブラウザ検証"));
        steps.choose("#funding-application-organisation", typed, typed);
        assertTrue(
                String.valueOf(steps.field("#funding-application-organisation").getDomProperty("value"))
                        .contains(typed));
        steps.type("#funding-application-title", title);
        steps.type("#funding-budget-0-1", "講師謝礼・資材");
        steps.type("#funding-budget-0-2", Long.toString(expense));
        steps.type("#funding-application-requested", requested);
        steps.click("funding-application-form-save");
        steps.waitFor(d -> d.getCurrentUrl().contains("/funding/application?id="));
        steps.sees("受付");
        return idInUrl();
    }

    private long organisation(String type, String name, String reading) {
        Answer created = kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                "/api/v1/registry/organisations",
                "{\"type\":\"" + type + "\",\"name\":\"" + name + "\",\"nameReading\":\"" + reading + "\"}");
        assertEquals(201, created.status(), created.body());
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
        assertTrue(m.find(), created.body());
        return Long.parseLong(m.group(1));
    }

    private static String ok(Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return answer.body();
    }

    private long idInUrl() {
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(browser.getCurrentUrl());
        assertTrue(m.find(), browser.getCurrentUrl());
        return Long.parseLong(m.group(1));
    }

    /** Ticks the checkbox of a checkbox group by its label. */
    private void checkbox(String group, String label) {
        steps.press(steps.waitFor(d -> d.findElements(By.cssSelector(group + " vaadin-checkbox")).stream()
                .filter(c -> c.getText().strip().equals(label))
                .findFirst()
                .orElse(null)));
    }
}
