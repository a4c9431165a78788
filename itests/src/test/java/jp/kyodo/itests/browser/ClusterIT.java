package jp.kyodo.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.itests.browser.RunningKyodo.Answer;
import jp.kyodo.itests.browser.RunningKyodo.ApiRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two Kyodo nodes on one PostgreSQL database, each with its own in-memory search index: a partner saved through
 * one node is found by a search on the other within moments — the change feed, not the 30-second refresh — and a
 * change made on the second node reaches the first the same way.
 */
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
