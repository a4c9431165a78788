package jp.kyodo.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.itests.browser.RunningKyodo.Answer;
import jp.kyodo.itests.browser.RunningKyodo.ApiRole;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Two Kyodo nodes on one PostgreSQL database, each with its own in-memory search index: a partner saved through
 * one node is found by a search on the other within moments — the change feed, not the 30-second refresh — and a
 * change made on the second node reaches the first the same way. Then behind nginx, configured as the README
 * says: a user stays on their node; when it stops, the other node serves them (they sign in again) and what they
 * saved is there. The second node stays stopped: that test runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String REGISTRY = "/api/v1/registry";

    /** Far below the indexes' periodic refresh (30 s): what arrives sooner came through the change feed. */
    private static final Duration FEED = Duration.ofSeconds(5);

    private static RunningKyodo a;
    private static RunningKyodo b;

    @RegisterExtension
    static final BeforeAllCallback NODES = context -> {
        a = RunningKyodo.get(context, RunningKyodo.Database.POSTGRESQL);
        b = RunningKyodo.secondNode(context);
    };

    @Test
    @Order(1)
    void aChangeSavedOnOneNodeIsFoundOnTheOther() {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String name = "ノード間見守り隊" + tag;
        Answer created = a.rest(
                ApiRole.COORDINATOR,
                "POST",
                REGISTRY + "/organisations",
                """
                {"type":"CIVIC","name":"%s","nameReading":"のーどかんみまもりたい"}
                """
                        .formatted(name));
        assertEquals(201, created.status(), created.body());
        long id = id(created.body());
        long found = awaitFound(b, tag);
        System.out.printf("ClusterIT: created on node A, found on node B after %d ms%n", found);

        // changed on B: the new name is found on A, the old one no more
        Answer read = b.rest(ApiRole.COORDINATOR, "GET", REGISTRY + "/organisations/" + id, null);
        Matcher version = Pattern.compile("\"version\"\\s*:\\s*(\\d+)").matcher(read.body());
        assertTrue(version.find(), read.body());
        String renamed = "ノード間ささえあいの会" + tag;
        String body = read.body().replace(name, renamed);
        Answer updated = b.rest(
                ApiRole.COORDINATOR,
                "PUT",
                REGISTRY + "/organisations/" + id + "?version=" + version.group(1),
                details(body));
        assertEquals(200, updated.status(), updated.body());
        long back = awaitFound(a, "ささえあい " + tag);
        System.out.printf("ClusterIT: renamed on node B, found on node A after %d ms%n", back);
        assertEquals(0, total(a.rest(ApiRole.STAFF, "GET", REGISTRY + "/partners?q=" + enc("見守り隊" + tag), null)));
    }

    @Test
    @Order(2)
    void whenANodeStopsItsUsersGoOnOnTheOtherAndNothingSavedIsLost() throws Exception {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        try (Nginx nginx = Nginx.start(List.of(a, b))) {
            // new sessions go round-robin: sign in until one lives on node b
            WebDriver browser = null;
            Steps steps = null;
            for (int i = 0; i < 6 && browser == null; i++) {
                WebDriver tried = Browser.start("ja");
                Steps signIn = new Steps(tried, nginx.baseUrl());
                signIn.login(RunningKyodo.COORDINATOR, RunningKyodo.COORDINATOR_PASSWORD);
                if (session(tried).endsWith(".b")) {
                    browser = tried;
                    steps = signIn;
                } else {
                    tried.quit();
                }
            }
            assertNotNull(browser, "no session landed on node b in six sign-ins; see " + nginx.accessLog());
            try {
                // the user's pages keep going to b
                for (int i = 0; i < 3; i++) {
                    steps.open("", "vaadin-side-nav");
                    assertTrue(session(browser).endsWith(".b"));
                }
                String name = "フェイルオーバー防災会" + tag;
                assertEquals(
                        201L,
                        fetch(
                                browser,
                                "POST",
                                "/api/v1/registry/organisations",
                                """
                        {"type":"CIVIC","name":"%s","nameReading":"ふぇいるおーばーぼうさいかい"}
                        """
                                        .formatted(name)));

                b.stop();

                // the next page is served by a, which does not know the session: the user signs in again there
                browser.get(nginx.baseUrl() + "/");
                steps.waitFor(d -> d.findElements(By.cssSelector("vaadin-login-form, vaadin-login-overlay"))
                                .size()
                        > 0);
                steps.login(RunningKyodo.COORDINATOR, RunningKyodo.COORDINATOR_PASSWORD);
                assertTrue(session(browser).endsWith(".a"), session(browser));
                Browser.screenshot(browser, "cluster-after-failover");
                // what they saved on b is there, and a's search finds it
                assertEquals(200L, fetch(browser, "GET", "/api/v1/registry/partners?q=" + enc(name), null));
                String found = (String) ((JavascriptExecutor) browser)
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done)"
                                        + ".catch(e => done(String(e)));",
                                "/api/v1/registry/partners?q=" + enc(name));
                assertTrue(found.contains("\"total\":1"), found);
                // and machine clients through the proxy notice nothing
                for (int i = 0; i < 10; i++) {
                    assertEquals(200, http(nginx.baseUrl() + "/api/v1/health/ready"));
                }
            } finally {
                browser.quit();
            }
        }
    }

    /** The value of the session cookie: the id, then the node's name. */
    private static String session(WebDriver browser) {
        Cookie cookie = browser.manage().getCookieNamed("KYODO_SESSION");
        assertNotNull(cookie, "no session cookie");
        return cookie.getValue();
    }

    /** A call of the REST API from the page, with the user's session; the HTTP status. */
    private static Object fetch(WebDriver browser, String method, String path, String json) {
        return ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "const init = {method: arguments[1], credentials: 'same-origin'};"
                                + "if (arguments[2]) { init.body = arguments[2];"
                                + " init.headers = {'Content-Type': 'application/json'}; }"
                                + "fetch(arguments[0], init).then(r => done(r.status)).catch(e => done(String(e)));",
                        path,
                        method,
                        json);
    }

    private static int http(String url) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The organisation's editable details, as the update takes them. */
    private static String details(String organisationJson) {
        Matcher m = Pattern.compile("\"details\"\\s*:\\s*(\\{.*\\})\\s*,\\s*\"[a-zA-Z]+\"\\s*:")
                .matcher(organisationJson);
        assertTrue(m.find(), organisationJson);
        return m.group(1);
    }

    /** Searches the node until the text is found; the time it took in milliseconds. */
    private static long awaitFound(RunningKyodo node, String text) {
        long start = System.nanoTime();
        long deadline = start + FEED.toNanos();
        while (System.nanoTime() < deadline) {
            if (total(node.rest(ApiRole.STAFF, "GET", REGISTRY + "/partners?q=" + enc(text), null)) == 1) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("「" + text + "」 was not found on " + node.baseUrl() + " within " + FEED);
    }

    private static int total(Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(answer.body());
        assertTrue(m.find(), answer.body());
        return Integer.parseInt(m.group(1));
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
