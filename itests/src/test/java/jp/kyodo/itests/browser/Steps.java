package jp.kyodo.itests.browser;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a browser test does with the shell's pages, the way a user does it: sign in, open a page by its
 * URL, type into a field, pick from a combo box or a select, press a button, and wait for what should
 * appear. Fields are found by the ids the pages give them.
 */
public final class Steps {

    private final WebDriver browser;
    private final String baseUrl;

    public Steps(WebDriver browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    public WebDriver browser() {
        return browser;
    }

    public void login(String user, String password) {
        browser.get(baseUrl + "/login");
        waitFor(d -> d.findElement(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Opens a page by its URL and waits for an element of it. */
    public void open(String route, String readyWhen) {
        browser.get(baseUrl + "/" + route);
        waitFor(d -> d.findElement(By.cssSelector(readyWhen)));
    }

    /** The input or text area inside a Vaadin field. */
    public WebElement field(String css) {
        return waitFor(d -> d.findElement(By.cssSelector(css + " input, " + css + " textarea")));
    }

    /** Replaces a field's text and leaves the field (its value is sent). */
    public void type(String css, String text) {
        WebElement input = field(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    /** Types a date into a date picker ({@code 2026/04/01}) and commits it, which closes its calendar. */
    public void date(String css, String text) {
        WebElement input = field(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.ENTER);
        waitFor(d -> d.findElements(By.cssSelector("vaadin-date-picker-overlay[opened]"))
                .isEmpty());
    }

    /** Picks a combo box item by typing (part of) its label. */
    public void choose(String css, String typed, String label) {
        WebElement input = field(css);
        input.sendKeys(typed);
        WebElement item = waitFor(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().contains(label))
                .findFirst()
                .orElse(null));
        item.click();
        waitFor(d -> d.findElement(By.cssSelector(css)).getDomAttribute("has-value") != null
                && d.findElements(By.cssSelector("vaadin-combo-box-overlay[opened]"))
                        .isEmpty());
    }

    /** Picks a vaadin-select item by its label. */
    public void select(String css, String label) {
        waitFor(d -> d.findElement(By.cssSelector(css))).click();
        WebElement item = waitFor(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().strip().equals(label))
                .findFirst()
                .orElse(null));
        item.click();
        waitFor(d -> d.findElement(By.cssSelector(css)).getText().contains(label)
                || label.equals(((JavascriptExecutor) d)
                        .executeScript(
                                "const s = document.querySelector(arguments[0]);"
                                        + "return s._items ? (s._items.find(i => i.value === s.value) || {}).textContent"
                                        + " : null;",
                                css)));
    }

    public void click(String id) {
        press(waitFor(d -> {
            WebElement e = d.findElement(By.id(id));
            return e.isDisplayed() && e.isEnabled() ? e : null;
        }));
    }

    /**
     * Clicks an element after scrolling it to the middle of the window (no sticky bar covers it there). Where the
     * page is too short for that and a notice covers it, waits for the notice to go, as a user would.
     */
    public void press(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        waitFor(d -> {
            try {
                element.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                return false;
            }
        });
    }

    /** Presses the confirming button (its text) of the open confirmation dialog and waits for it to close. */
    public void confirm(String text) {
        waitFor(d -> d.findElements(By.cssSelector("[slot='confirm-button']")).stream()
                        .filter(b -> b.isDisplayed() && b.getText().strip().equals(text))
                        .findFirst()
                        .orElse(null))
                .click();
        waitFor(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay[opened]"))
                .isEmpty());
    }

    /** Waits until the page shows the text. */
    public void sees(String text) {
        waitFor(d -> d.getPageSource().contains(text));
    }

    /** The texts of a grid's cells as shown now, one per line. */
    public String gridText(String id) {
        return String.join(
                "\n",
                browser.findElements(By.cssSelector("#" + id + " vaadin-grid-cell-content")).stream()
                        .map(WebElement::getText)
                        .toList());
    }

    public String text(String id) {
        return waitFor(d -> d.findElement(By.id(id))).getText();
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    T value = condition.apply(d);
                    return value instanceof Boolean b && !b ? null : value;
                });
    }

    /** The file input of a vaadin-upload, wherever the component keeps it. */
    public WebElement fileInput(String uploadId) {
        waitFor(d -> d.findElement(By.id(uploadId)));
        return waitFor(d -> (WebElement) ((JavascriptExecutor) d)
                .executeScript(
                        "const u = document.getElementById(arguments[0]);"
                                + "return u.querySelector('input[type=file]')"
                                + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));",
                        uploadId));
    }
}
