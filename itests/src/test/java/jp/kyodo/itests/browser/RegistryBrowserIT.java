package jp.kyodo.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The registry's pages in a real browser against the real distribution, as staff use them: search
 * whatever kana they type, a form that says at the field what is wrong and saves nothing then, a CSV
 * import that lists the bad rows and writes none, and a viewer who never sees individuals' contacts.
 */
class RegistryBrowserIT {

    private static final String API = "/api/v1/registry";

    private static RunningKyodo kyodo;

    /** Ready: the registry module included (its schema migrated, its search index built). */
    @RegisterExtension
    static final BeforeAllCallback DISTRIBUTION = context -> kyodo = RunningKyodo.get(context);

    private WebDriver browser;
    private String testName;

    @BeforeEach
    void openBrowser(TestInfo info) throws Exception {
        browser = Browser.start("ja");
        testName = info.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        try {
            Browser.screenshot(browser, "registry-" + testName);
        } finally {
            browser.quit();
        }
    }

    /** (a) An organisation entered in the form is found by katakana, hiragana and half-width katakana. */
    @Test
    void organisationIsFoundWhateverKanaTheUserTypes() {
        loginAsCoordinator();
        open("registry/organisation/edit", "#org-name");
        choose("#org-type", "市民団体");
        field("#org-name").sendKeys("川口子ども食堂ネットワーク");
        field("#org-reading").sendKeys("かわぐちこどもしょくどうねっとわーく");
        field("#org-phone").sendKeys("048-222-3333");
        browser.findElement(By.id("org-save")).click();
        waitFor(d -> d.getCurrentUrl().contains("/registry/organisation?id="));
        waitFor(d -> d.getPageSource().contains("川口子ども食堂ネットワーク"));

        open("registry", "#registry-grid");
        for (String typed : List.of("カワグチ", "かわぐち", "ｶﾜｸﾞﾁ")) {
            search(typed);
            waitFor(d -> gridText().contains("川口子ども食堂ネットワーク"));
            assertFalse(countText().startsWith("0件"), typed + ": " + countText());
        }

        // a hit opens the organisation's page
        gridCell("川口子ども食堂ネットワーク").click();
        waitFor(d -> d.getCurrentUrl().contains("/registry/organisation?id="));
        waitFor(d -> d.getPageSource().contains("かわぐちこどもしょくどうねっとわーく"));
    }

    /** (b) An invalid 法人番号 is reported at the field at once; saving is refused and nothing is stored. */
    @Test
    void invalidCorporateNumberIsShownAtTheFieldAndNothingIsSaved() {
        loginAsCoordinator();
        open("registry/organisation/edit", "#org-name");
        choose("#org-type", "市民団体");
        field("#org-name").sendKeys("法人番号まちがい協議会");
        field("#org-reading").sendKeys("ほうじんばんごうまちがいきょうぎかい");
        field("#org-corporate-number").sendKeys("1234567890123", Keys.TAB);

        WebElement number = browser.findElement(By.id("org-corporate-number"));
        waitFor(d -> number.getDomAttribute("invalid") != null);
        String message = String.valueOf(number.getDomProperty("errorMessage"));
        assertTrue(message.contains("法人番号") && message.contains("チェックデジット"), message);

        browser.findElement(By.id("org-save")).click();
        waitFor(d -> d.getPageSource().contains("入力内容を確認してください（1件）"));
        assertTrue(browser.getCurrentUrl().contains("/registry/organisation/edit"), "still on the form");

        open("registry", "#registry-grid");
        search("法人番号まちがい");
        waitFor(d -> countText().equals("0件"));
        waitFor(d -> d.getPageSource().contains("該当する担い手はありません"));
    }

    /** (c) A CSV with bad rows: the rows are listed with their problems and no row is registered. */
    @Test
    void importWithBadRowsListsThemAndRegistersNothing() throws Exception {
        Path csv = Files.createTempFile("registry-import", ".csv");
        Files.writeString(
                csv,
                """
                種別,名称,ふりがな,メールアドレス
                市民団体,取込テスト公園愛護会,とりこみてすとこうえんあいごかい,
                市民団体,取込テストふりがな無しの会,,
                地縁団体,取込テストメール町会,とりこみてすとめーるちょうかい,not-an-address
                """,
                StandardCharsets.UTF_8);
        loginAsCoordinator();
        open("registry/import", "#registry-import-upload");
        fileInput("registry-import-upload").sendKeys(csv.toAbsolutePath().toString());
        waitFor(d -> d.findElement(By.id("registry-import-file")).getText().contains(".csv"));
        browser.findElement(By.id("registry-import-check")).click();

        WebElement errors = waitFor(d -> d.findElement(By.id("registry-import-errors")));
        waitFor(d -> errors.getText().contains("メールアドレス"));
        String rows = String.join(
                "|",
                errors.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                        .map(WebElement::getText)
                        .toList());
        assertTrue(rows.contains("3|ふりがな|"), rows);
        assertTrue(rows.contains("4|メールアドレス|"), rows);
        assertTrue(browser.getPageSource().contains("エラーがあるため、登録していません"));
        Browser.screenshot(browser, "registry-import-report");
        assertNotNull(browser.findElement(By.id("registry-import-error-report")));
        assertNotNull(
                browser.findElement(By.id("registry-import-commit")).getDomAttribute("disabled"),
                "nothing to register");

        open("registry", "#registry-grid");
        search("取込テスト");
        waitFor(d -> countText().equals("0件"));
    }

    /** (d) A viewer sees organisations and consenting people, but none of the individuals' contacts. */
    @Test
    void viewerSeesNoContactsOfIndividuals() {
        Answer org = kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                API + "/organisations",
                """
                {"type":"NEIGHBOURHOOD","name":"閲覧テスト町会","nameReading":"えつらんてすとちょうかい",
                 "representative":{"name":"見守 一郎","nameReading":"みまもり いちろう","title":"会長",
                                   "contact":{"phone":"090-1111-2222","email":"ichiro@example.jp"}},
                 "contactPerson":{"name":"連絡 花子","nameReading":"れんらく はなこ",
                                  "contact":{"phone":"090-3333-4444"}}}
                """);
        assertEquals(201, org.status(), org.body());
        Answer person = kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                API + "/people",
                """
                {"name":"閲覧 はるか","nameReading":"えつらん はるか","skills":"手話",
                 "contact":{"postalCode":"335-0004","address":"埼玉県蕨市中央9-9-9",
                            "phone":"090-5555-6666","email":"haruka@example.jp"}}
                """);
        assertEquals(201, person.status(), person.body());
        long personId = id(person.body());
        Answer consent = kyodo.rest(
                ApiRole.COORDINATOR,
                "POST",
                API + "/people/" + personId + "/consents",
                """
                {"scope":"PROFILE","recipient":"協働推進課","purpose":"担い手台帳への掲載"}
                """);
        assertEquals(200, consent.status(), consent.body());

        login(RunningKyodo.VIEWER, RunningKyodo.VIEWER_PASSWORD);
        open("registry/organisation?id=" + id(org.body()), "#registry-masked");
        waitFor(d -> d.getPageSource().contains("見守 一郎"));
        String page = browser.getPageSource();
        assertTrue(page.contains("権限により一部の項目は表示されません"));
        assertFalse(page.contains("090-1111-2222"), "representative's phone");
        assertFalse(page.contains("ichiro@example.jp"), "representative's e-mail");
        assertFalse(page.contains("090-3333-4444"), "contact person's phone");
        assertTrue(browser.findElements(By.id("registry-edit")).isEmpty(), "no edit button for a viewer");

        open("registry/person?id=" + personId, "#registry-masked");
        waitFor(d -> d.getPageSource().contains("閲覧 はるか"));
        page = browser.getPageSource();
        assertTrue(page.contains("手話"), "the profile is shown");
        assertFalse(page.contains("090-5555-6666"), "phone");
        assertFalse(page.contains("haruka@example.jp"), "e-mail");
        assertFalse(page.contains("埼玉県蕨市中央9-9-9"), "address");
        assertFalse(page.contains("335-0004"), "postal code");
        assertTrue(browser.findElements(By.id("registry-erase")).isEmpty(), "no erase button for a viewer");
    }

    /** The home page right after signing in shows the registry's card with its counts (it runs as the user). */
    @Test
    void dashboardCardCountsPartnersRightAfterSignIn() {
        loginAsCoordinator();
        waitFor(d -> d.getPageSource().contains("の新規登録"));
        String page = browser.getPageSource();
        assertTrue(page.contains("担い手"), "the card is there");
        assertFalse(page.contains("この項目を表示できませんでした"), "no card failed");
    }

    // --- helpers

    private Steps steps() {
        return new Steps(browser, kyodo.baseUrl());
    }

    private void loginAsCoordinator() {
        login(RunningKyodo.COORDINATOR, RunningKyodo.COORDINATOR_PASSWORD);
    }

    private void login(String user, String password) {
        steps().login(user, password);
    }

    /** Opens a page by its URL and waits for an element of it. */
    private void open(String route, String readyWhen) {
        steps().open(route, readyWhen);
    }

    private WebElement field(String css) {
        return waitFor(d -> d.findElement(By.cssSelector(css + " input")));
    }

    /** Picks a combo box item by typing its label. */
    private void choose(String css, String label) {
        WebElement input = field(css);
        input.sendKeys(label);
        waitFor(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(i -> i.getText().equals(label)));
        input.sendKeys(Keys.ENTER);
        waitFor(d -> label.equals(d.findElement(By.cssSelector(css)).getDomProperty("value"))
                || label.equals(input.getDomProperty("value")));
    }

    private void search(String text) {
        WebElement input = field("#registry-search");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.ENTER);
    }

    private String countText() {
        return browser.findElement(By.id("registry-count")).getText().strip();
    }

    private String gridText() {
        return String.join(
                "\n",
                browser.findElements(By.cssSelector("#registry-grid vaadin-grid-cell-content")).stream()
                        .map(WebElement::getText)
                        .toList());
    }

    private WebElement gridCell(String text) {
        return waitFor(d -> d.findElements(By.cssSelector("#registry-grid vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().contains(text))
                .findFirst()
                .orElse(null));
    }

    /** The upload's file input, wherever the component keeps it. */
    private WebElement fileInput(String uploadId) {
        return steps().fileInput(uploadId);
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    private <T> T waitFor(Function<WebDriver, T> condition) {
        return steps().waitFor(condition);
    }
}
