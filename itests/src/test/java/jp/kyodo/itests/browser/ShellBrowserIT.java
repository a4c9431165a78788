package jp.kyodo.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web shell in a real browser against the real distribution: login, navigation, role checks
 * on typed URLs, and a plugin's view appearing and disappearing in an open UI.
 */
class ShellBrowserIT {

    private static RunningKyodo kyodo;

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
            Browser.screenshot(browser, "shell-" + testName);
        } finally {
            browser.quit();
        }
    }

    @Test
    void loginPageIsJapaneseAndPaintsQuickly() {
        browser.get(kyodo.baseUrl() + "/");
        waitFor(d -> d.getCurrentUrl().endsWith("/login"));
        WebElement form = waitFor(d -> d.findElement(By.cssSelector("vaadin-login-form")));
        assertTrue(form.isDisplayed());
        assertTrue(browser.getTitle().startsWith("ログイン"), browser.getTitle());
        Object fcp = ((JavascriptExecutor) browser)
                .executeScript(
                        "const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : -1;");
        System.out.println("[kyodo-browser] login page first contentful paint: " + fcp + " ms");
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        login("admin", "not-the-password");
        WebElement form = browser.findElement(By.cssSelector("vaadin-login-form"));
        waitFor(d -> form.getAttribute("error") != null);
        assertTrue(browser.getCurrentUrl().contains("/login"));
        assertTrue(browser.getPageSource().contains("ユーザー名またはパスワード") || form.getDomProperty("i18n") != null);
    }

    @Test
    void administratorSignsInAndNavigatesThroughTheMenu() {
        login("admin", RunningKyodo.ADMIN_PASSWORD);
        waitFor(d -> d.getTitle().startsWith("ホーム"));
        menuItem("監査ログ").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/admin/audit"));
        WebElement grid = waitFor(d -> d.findElement(By.cssSelector("vaadin-grid")));
        waitFor(d -> grid.getText().contains("ログイン") || d.getPageSource().contains("ログイン"));
        menuItem("モジュール").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/admin/modules"));
        waitFor(d -> d.getPageSource().contains("kyodo-web"));
    }

    @Test
    void viewerCannotOpenAnAdminPageByTypingItsUrl() {
        login(RunningKyodo.VIEWER, RunningKyodo.VIEWER_PASSWORD);
        waitFor(d -> d.getTitle().startsWith("ホーム"));
        assertTrue(menuItems("監査ログ").isEmpty(), "no admin menu for a viewer");

        browser.get(kyodo.baseUrl() + "/admin/audit");
        waitFor(d -> !d.getCurrentUrl().endsWith("/admin/audit"));
        assertFalse(browser.getPageSource().contains("誰が・いつ・何をしたか"), "audit page content must not render");
    }

    @Test
    void anonymousVisitorIsSentToLoginAndBackAfterwards() {
        browser.get(kyodo.baseUrl() + "/admin/modules");
        waitFor(d -> d.getCurrentUrl().contains("/login"));
        browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys("admin");
        WebElement password = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.sendKeys(RunningKyodo.ADMIN_PASSWORD, Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().endsWith("/admin/modules"));
    }

    /** Nobody stays signed in at an unattended desk, even with the tab open. */
    @Test
    void idleSessionEndsWithAMessageEvenWithTheTabOpen() {
        login("admin", RunningKyodo.ADMIN_PASSWORD);
        waitFor(d -> d.getTitle().startsWith("ホーム"));
        // timeout (1 min) + at most half a timeout until the next heartbeat finds the idle session
        waitFor(Duration.ofSeconds(RunningKyodo.SESSION_TIMEOUT_MINUTES * 60L * 2 + 30), d -> d.getCurrentUrl()
                .contains("/login?expired"));
        waitFor(d -> d.getPageSource().contains("操作がなかったため"));
    }

    @Test
    void pluginViewAppearsInAnOpenUiAndGoesAwayWithThePlugin() {
        String jar = System.getProperty("kyodo.example.plugin");
        assertTrue(jar != null && jar.endsWith(".jar"), "example plugin jar: " + jar);
        login(RunningKyodo.COORDINATOR, RunningKyodo.COORDINATOR_PASSWORD);
        waitFor(d -> d.getTitle().startsWith("ホーム"));
        assertTrue(menuItems("地域のお知らせ").isEmpty());

        long typed = System.nanoTime();
        kyodo.console("bundle:install -s file:" + jar);
        long installed = System.nanoTime();
        WebElement entry = waitFor(
                Duration.ofSeconds(30),
                d -> menuItems("地域のお知らせ").stream().findFirst().orElse(null));
        long visible = System.nanoTime();
        System.out.printf(
                "[kyodo-browser] plugin install -> menu entry visible: %d ms after the console command returned, "
                        + "%d ms including the SSH console client's own start%n",
                (visible - installed) / 1_000_000, (visible - typed) / 1_000_000);
        entry.click();
        waitFor(d -> d.getCurrentUrl().endsWith("/tonari/notices"));
        waitFor(d -> d.getPageSource().contains("自治会・町内会からのお知らせ"));

        // the plugin's page works with the platform: post a notice ...
        WebElement headline = waitFor(d -> d.findElement(By.cssSelector("vaadin-text-field input")));
        headline.sendKeys("カワグチ団地 防災訓練のお知らせ", Keys.ENTER);
        waitFor(d -> d.findElement(By.cssSelector("vaadin-grid")).getText().contains("カワグチ団地 防災訓練のお知らせ"));
        // ... its dashboard card counts it ...
        menuItem("ホーム").click();
        waitFor(d -> d.getPageSource().contains("掲載中 1 件"));
        // ... and the global search finds it, whatever kana the user types
        WebElement search = browser.findElement(By.cssSelector("vaadin-combo-box input"));
        search.sendKeys("かわぐち");
        WebElement hit = waitFor(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(i -> i.getText().contains("カワグチ団地 防災訓練のお知らせ"))
                .findFirst()
                .orElse(null));
        hit.click();
        waitFor(d -> d.getCurrentUrl().endsWith("/tonari/notices"));

        kyodo.console("bundle:uninstall jp.example.tonari.notices");
        waitFor(Duration.ofSeconds(30), d -> menuItems("地域のお知らせ").isEmpty());
        waitFor(Duration.ofSeconds(30), d -> !d.getCurrentUrl().endsWith("/tonari/notices"));
        assertEquals(kyodo.baseUrl() + "/", browser.getCurrentUrl());
    }

    private void login(String user, String password) {
        browser.get(kyodo.baseUrl() + "/login");
        waitFor(d -> d.findElement(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
    }

    private WebElement menuItem(String label) {
        return waitFor(d -> menuItems(label).stream().findFirst().orElse(null));
    }

    private List<WebElement> menuItems(String label) {
        return browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(e -> e.getText().strip().equals(label))
                .toList();
    }

    private <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        return waitFor(Duration.ofSeconds(20), condition);
    }

    private <T> T waitFor(Duration timeout, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, timeout)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    T value = condition.apply(d);
                    return value instanceof Boolean b && !b ? null : value;
                });
    }
}
