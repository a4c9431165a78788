package jp.kyodo.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    /**
     * A staff member typing wrong passwords is slowed down, then locked, and the right password does
     * not help until an administrator unlocks the account on ユーザーとロール; the lock and the unlock
     * are in the audit log. Through its own client address, so 127.0.0.1 stays unthrottled.
     */
    @Test
    void repeatedWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        Browser.forwardedFor(browser, "192.0.2.51");
        browser.get(kyodo.baseUrl() + "/login");
        WebElement form = waitFor(d -> d.findElement(By.cssSelector("vaadin-login-form")));
        for (int failure = 1; failure < RunningKyodo.ACCOUNT_LOCK_AFTER; failure++) {
            String[] error = attempt(form, RunningKyodo.LOCKED_OUT, "wrong-password-" + failure);
            if (failure < RunningKyodo.ACCOUNT_DELAY_AFTER) {
                assertEquals("ログインできませんでした", error[0]);
            } else {
                assertEquals("少し待ってから再度お試しください", error[0], "failure " + failure);
                assertTrue(error[1].contains("秒後にもう一度お試しください"), error[1]);
                Thread.sleep(RunningKyodo.MAX_DELAY_SECONDS * 1000L + 300);
            }
        }
        String[] locked = attempt(form, RunningKyodo.LOCKED_OUT, "wrong-password-last");
        assertEquals("ログインがロックされています", locked[0]);
        assertTrue(locked[1].matches(".*このアカウントは \\d{4}年\\d{1,2}月\\d{1,2}日 \\d{1,2}:\\d{2} までロックされています.*"), locked[1]);
        String[] rightPassword = attempt(form, RunningKyodo.LOCKED_OUT, RunningKyodo.LOCKED_OUT_PASSWORD);
        assertEquals("ログインがロックされています", rightPassword[0], "the right password does not help");
        assertTrue(browser.getCurrentUrl().contains("/login"));
        Browser.screenshot(browser, "shell-login-locked");

        WebDriver user = browser;
        WebDriver admin = Browser.start("ja");
        browser = admin;
        try {
            login("admin", RunningKyodo.ADMIN_PASSWORD);
            waitFor(d -> d.getTitle().startsWith("ホーム"));
            menuItem("ユーザーとロール").click();
            waitFor(d -> d.getCurrentUrl().endsWith("/admin/users"));
            WebElement unlock = waitFor(d -> d.findElement(
                    By.cssSelector("vaadin-button[data-unlock='account:" + RunningKyodo.LOCKED_OUT + "']")));
            WebElement locks = browser.findElement(By.id("kyodo-locks"));
            waitFor(d -> locks.getText().contains(RunningKyodo.LOCKED_OUT)
                    && locks.getText().contains("アカウント"));
            Browser.screenshot(browser, "shell-admin-locks");
            unlock.click();
            WebElement confirm = waitFor(d -> d.findElement(By.cssSelector("vaadin-button[slot='confirm-button']")));
            waitFor(d -> d.getPageSource().contains("アカウント「" + RunningKyodo.LOCKED_OUT + "」のロックを解除します"));
            Browser.screenshot(browser, "shell-admin-unlock-confirm");
            confirm.click();
            waitFor(d -> d.getPageSource().contains(RunningKyodo.LOCKED_OUT + " のロックを解除しました"));
            waitFor(d -> !locks.isDisplayed() || !locks.getText().contains(RunningKyodo.LOCKED_OUT));
            Browser.screenshot(browser, "shell-admin-unlocked");

            menuItem("監査ログ").click();
            waitFor(d -> d.getCurrentUrl().endsWith("/admin/audit"));
            WebElement grid = waitFor(d -> d.findElement(By.cssSelector("vaadin-grid")));
            waitFor(d -> grid.getText().contains("ログインのロック") && grid.getText().contains("ロック解除"));
        } finally {
            browser = user;
            admin.quit();
        }

        assertNull(
                attempt(form, RunningKyodo.LOCKED_OUT, RunningKyodo.LOCKED_OUT_PASSWORD), "signed in after the unlock");
        waitFor(d -> d.getTitle().startsWith("ホーム"));
    }

    /**
     * Types the credentials into the login form and waits for the answer.
     *
     * @return the error's title and message, or null when the user got in
     */
    private String[] attempt(WebElement form, String user, String password) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // the error of the previous attempt must not pass for the answer to this one
        js.executeScript("arguments[0].error = false;", form);
        WebElement name = browser.findElement(By.cssSelector("#vaadinLoginUsername input"));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), user);
        WebElement secret = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        secret.sendKeys(Keys.chord(Keys.CONTROL, "a"), password, Keys.ENTER);
        String[] answer = waitFor(d -> {
            if (!d.getCurrentUrl().contains("/login")) {
                return new String[0];
            }
            Object error = js.executeScript(
                    "const f = arguments[0];"
                            + "return f.error && !f.disabled && f.i18n && f.i18n.errorMessage"
                            + " ? [f.i18n.errorMessage.title, f.i18n.errorMessage.message] : null;",
                    form);
            return error instanceof List<?> l ? new String[] {(String) l.get(0), (String) l.get(1)} : null;
        });
        return answer.length == 0 ? null : answer;
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
