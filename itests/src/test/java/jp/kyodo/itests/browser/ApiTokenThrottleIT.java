package jp.kyodo.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import jp.kyodo.itests.browser.RunningKyodo.ApiRole;
import jp.kyodo.itests.browser.RunningKyodo.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Guessing API tokens against the real distribution: one client address is slowed down, then locked,
 * answered 429 with {@code Retry-After} and a machine-readable body, while other clients carry on; the
 * operator lists and lifts the lock with {@code kyodo:unlock}. The guesser has an address of its own
 * (X-Forwarded-For, trusted by the test distribution), so the other tests' 127.0.0.1 stays unthrottled.
 */
class ApiTokenThrottleIT {

    private static final String PATH = "/api/v1/registry/statistics";
    private static final String GUESSER = "192.0.2.61";
    private static final String NEIGHBOUR = "192.0.2.62";

    private static RunningKyodo kyodo;

    @RegisterExtension
    static final BeforeAllCallback DISTRIBUTION = context -> kyodo = RunningKyodo.get(context);

    @Test
    void wrongTokensFromOneAddressSlowDownThenLockItUntilTheOperatorUnlocks() throws Exception {
        String rightToken = ApiRole.VIEWER.token();
        for (int failure = 1; failure < RunningKyodo.ADDRESS_DELAY_AFTER; failure++) {
            Response wrong = kyodo.rest(GUESSER, "guess-" + failure, "GET", PATH, null);
            assertEquals(401, wrong.answer().status(), wrong.answer().body());
            assertTrue(
                    wrong.answer().body().contains("\"error\":\"invalid-token\""),
                    wrong.answer().body());
        }

        Response slowed = kyodo.rest(GUESSER, "guess-slow", "GET", PATH, null);
        assertEquals(429, slowed.answer().status(), "the failure that begins a wait says so");
        assertEquals("1", slowed.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(
                "{\"error\":\"too-many-attempts\",\"message\":\"失敗が続いたため、1 秒後にもう一度お試しください\",\"fields\":[]}",
                slowed.answer().body());
        Response unchecked = kyodo.rest(GUESSER, rightToken, "GET", PATH, null);
        assertEquals(429, unchecked.answer().status(), "within the wait not even the right token is checked");
        assertEquals(
                200,
                kyodo.rest(NEIGHBOUR, rightToken, "GET", PATH, null).answer().status(),
                "other clients");
        assertEquals(200, kyodo.rest(ApiRole.VIEWER, "GET", PATH, null).status(), "the tests' own address");

        Response last = slowed;
        for (int failure = RunningKyodo.ADDRESS_DELAY_AFTER + 1;
                failure <= RunningKyodo.ADDRESS_LOCK_AFTER;
                failure++) {
            Thread.sleep(Duration.ofSeconds(Long.parseLong(
                            last.headers().firstValue("Retry-After").orElseThrow()))
                    .plusMillis(200)
                    .toMillis());
            last = kyodo.rest(GUESSER, "guess-" + failure, "GET", PATH, null);
            assertEquals(429, last.answer().status(), last.answer().body());
        }
        assertTrue(
                last.answer().body().contains("この接続元からの認証は")
                        && last.answer().body().contains("まで停止しています"),
                "locked: " + last.answer().body());
        long retryAfter =
                Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "the 15-minute lock: " + retryAfter);
        assertEquals(
                429, kyodo.rest(GUESSER, rightToken, "GET", PATH, null).answer().status());

        String list = kyodo.console("kyodo:unlock");
        assertTrue(list.contains("address") && list.contains(GUESSER), list);
        String unlocked = kyodo.console("kyodo:unlock " + GUESSER);
        assertTrue(unlocked.contains("Unlocked address " + GUESSER), unlocked);
        assertEquals(
                200, kyodo.rest(GUESSER, rightToken, "GET", PATH, null).answer().status(), "unlocked");
        String after = kyodo.console("kyodo:unlock " + GUESSER);
        assertTrue(after.contains("is not locked"), after);
    }
}
