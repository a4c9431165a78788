package jp.kyodo.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.kyodo.itests.browser.RunningKyodo.Answer;
import jp.kyodo.itests.browser.RunningKyodo.ApiRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Two cities, each its own distribution on its own database, on loopback: 川口市 and 川崎市 register each other from
 * their public identities, share public events in both directions (received with their provenance), then 10,000
 * events go from 川口市 to 川崎市 (the time is printed: the target is 30 s), and 2,000 more while 川崎市 is
 * stopped mid-exchange and restarted — nothing is lost. Last, messages signed with 川口市's key are replayed and
 * tampered with: 川崎市 refuses both and logs them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ExchangeIT.Diagnosis.class)
class ExchangeIT {

    /** A failed test prints what both cities' servers say of themselves (into the test's output file). */
    static final class Diagnosis implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            for (RunningKyodo city : new RunningKyodo[] {kawaguchi, kawasaki}) {
                if (city != null) {
                    System.out.println(city.diagnosis());
                }
            }
        }
    }

    private static final String API = "/api/v1/exchange";
    private static final String EVENTS = "events.event";
    private static final Pattern ID = Pattern.compile("\\{\"id\":(\\d+),\"version\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    private static RunningKyodo kawaguchi;
    private static RunningKyodo kawasaki;

    @BeforeAll
    static void cities() {
        CompletableFuture<RunningKyodo> one = CompletableFuture.supplyAsync(() -> RunningKyodo.city("city-kawaguchi"));
        CompletableFuture<RunningKyodo> two = CompletableFuture.supplyAsync(() -> RunningKyodo.city("city-kawasaki"));
        kawaguchi = one.join();
        kawasaki = two.join();
    }

    @AfterAll
    static void stop() {
        if (kawaguchi != null) {
            kawaguchi.close();
        }
        if (kawasaki != null) {
            kawasaki.close();
        }
    }

    @Test
    @Order(1)
    void citiesRegisterEachOtherFromTheirPublicIdentities() {
        ok(kawaguchi.rest(ApiRole.ADMIN, "PUT", API + "/identity", "{\"municipalityCode\":\"112038\"}"));
        ok(kawasaki.rest(ApiRole.ADMIN, "PUT", API + "/identity", "{\"municipalityCode\":\"１４１３０５\"}"));
        Answer wrong = kawasaki.rest(
                ApiRole.ADMIN,
                "POST",
                API + "/peers",
                "{\"municipalityCode\":\"112031\",\"baseUrl\":\"" + kawaguchi.baseUrl()
                        + "\",\"publicKey\":\"x\",\"active\":true}");
        assertEquals(400, wrong.status(), wrong.body());
        assertTrue(wrong.body().contains("112038"), "names the right check digit: " + wrong.body());
        Answer notAdmin = kawasaki.rest(ApiRole.STAFF, "POST", API + "/peers", register(kawaguchi, "112038"));
        assertEquals(403, notAdmin.status(), notAdmin.body());

        assertEquals(
                201,
                kawasaki.rest(ApiRole.ADMIN, "POST", API + "/peers", register(kawaguchi, "112038"))
                        .status());
        assertEquals(
                201,
                kawaguchi
                        .rest(ApiRole.ADMIN, "POST", API + "/peers", register(kawasaki, "141305"))
                        .status());
        String peers =
                kawaguchi.rest(ApiRole.VIEWER, "GET", API + "/peers", null).body();
        assertTrue(peers.contains("川崎市"), peers);
    }

    /** What a neighbour's administrator copies from the city's public identity. */
    private static String register(RunningKyodo city, String code) {
        String identity =
                anonymous(city, "GET", "/api/v1/public/exchange/identity", null).body();
        Matcher key = Pattern.compile("\"publicKey\":\"([^\"]+)\"").matcher(identity);
        assertTrue(key.find(), identity);
        assertTrue(identity.contains("\"municipalityCode\":\"" + code + "\""), identity);
        return "{\"municipalityCode\":\"" + code + "\",\"baseUrl\":\"" + city.baseUrl() + "\",\"publicKey\":\""
                + key.group(1) + "\",\"active\":true}";
    }

    @Test
    @Order(2)
    void publicEventsAreSharedInBothDirectionsWithTheirProvenance() {
        List<String> ours = importEvents(kawaguchi, "芝川クリーン作戦", 3);
        share(kawaguchi, ours);
        List<String> theirs = importEvents(kawasaki, "多摩川ふれあいまつり", 2);
        share(kawasaki, theirs);

        awaitReceived(kawasaki, 3, Duration.ofSeconds(60));
        awaitReceived(kawaguchi, 2, Duration.ofSeconds(60));
        String received = kawasaki.rest(ApiRole.VIEWER, "GET", API + "/received?limit=10", null)
                .body();
        assertTrue(received.contains("\"peerName\":\"川口市\""), received);
        assertTrue(received.contains("芝川クリーン作戦 1"), received);
        String events = kawasaki.rest(ApiRole.VIEWER, "GET", "/api/v1/events?q=" + enc("芝川クリーン作戦") + "&limit=10", null)
                .body();
        assertEquals(3, ids(events).size(), events);
        assertTrue(events.contains("川口市"), "the event shows where it came from: " + events);
        String back = kawaguchi
                .rest(ApiRole.VIEWER, "GET", API + "/received?limit=10", null)
                .body();
        assertTrue(back.contains("\"peerName\":\"川崎市\""), back);
    }

    @Test
    @Order(3)
    void tenThousandEventsReachTheNeighbourAndNothingIsLostWhenItStopsMidway() {
        List<String> bulk = importEvents(kawaguchi, "生涯学習講座", 10_000);
        long start = System.nanoTime();
        share(kawaguchi, bulk);
        awaitReceived(kawasaki, 10_003, Duration.ofMinutes(5));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("ExchangeIT: 10,000 events shared by 川口市 were received by 川崎市 in %,d ms%n", millis);

        // 2,000 more; 川崎市 stops once the first of them arrived, and starts again a while later
        List<String> more = importEvents(kawaguchi, "防災講習会", 2_000);
        share(kawaguchi, more);
        awaitReceived(kawasaki, 10_004, Duration.ofMinutes(2));
        kawasaki.stop();
        long stoppedAt = System.nanoTime();
        awaitPeer(kawaguchi, "\"state\":\"RETRYING\"", Duration.ofMinutes(2));
        String waiting =
                kawaguchi.rest(ApiRole.VIEWER, "GET", API + "/peers", null).body();
        // no answer, or while it stops an answer that is not a receipt (its modules go before its web server)
        assertTrue(waiting.contains("応答がありません") || waiting.contains("HTTP "), waiting);
        kawasaki = kawasaki.restart();
        System.out.printf("ExchangeIT: 川崎市 was down for %,d ms%n", (System.nanoTime() - stoppedAt) / 1_000_000);
        ok(kawaguchi.rest(ApiRole.STAFF, "POST", API + "/sync", null));
        awaitReceived(kawasaki, 12_003, Duration.ofMinutes(3));
        awaitPeer(kawaguchi, "\"state\":\"UP_TO_DATE\"", Duration.ofMinutes(1));
        String failed = kawaguchi
                .rest(ApiRole.STAFF, "GET", API + "/log?direction=OUT&outcome=FAILED&limit=5", null)
                .body();
        assertTrue(total(failed) > 0, "the failures are in the sender's log: " + failed);
        String events = kawasaki.rest(ApiRole.VIEWER, "GET", "/api/v1/events?q=" + enc("防災講習会") + "&limit=1", null)
                .body();
        assertEquals(2_000, total(events), "each event once: " + events);
    }

    @Test
    @Order(4)
    void replayedAndTamperedMessagesAreRefusedAndLogged() throws Exception {
        String jti = UUID.randomUUID().toString();
        String payload = "{\"iss\":\"112038\",\"aud\":\"141305\",\"iat\":" + (System.currentTimeMillis() / 1000)
                + ",\"jti\":\"" + jti + "\",\"kind\":\"records\",\"records\":[]}";
        String message = signedByKawaguchi(payload);
        Answer first = anonymous(kawasaki, "POST", "/api/v1/public/exchange/messages", message);
        assertEquals(200, first.status(), first.body());

        Answer replay = anonymous(kawasaki, "POST", "/api/v1/public/exchange/messages", message);
        assertEquals(409, replay.status(), replay.body());
        assertTrue(replay.body().contains("\"error\":\"replay\""), replay.body());

        String[] parts = message.split("\\.");
        String forged = parts[0] + "."
                + b64(payload.replace(jti, UUID.randomUUID().toString())
                        .replace(
                                "\"records\":[]",
                                "\"records\":[{\"type\":\"events.event\",\"v\":1,\"id\":\"1\",\"rev\":999999,"
                                        + "\"title\":\"偽のイベント\",\"payload\":\"x\",\"withdrawn\":false}]")
                        .getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        Answer tampered = anonymous(kawasaki, "POST", "/api/v1/public/exchange/messages", forged);
        assertEquals(401, tampered.status(), tampered.body());
        assertTrue(tampered.body().contains("\"error\":\"bad-signature\""), tampered.body());

        String refused = kawasaki.rest(ApiRole.STAFF, "GET", API + "/log?direction=IN&outcome=REJECTED&limit=10", null)
                .body();
        assertTrue(refused.contains("replay: "), refused);
        assertTrue(refused.contains("bad-signature: "), refused);
        String events = kawasaki.rest(ApiRole.VIEWER, "GET", "/api/v1/events?q=" + enc("偽のイベント") + "&limit=1", null)
                .body();
        assertEquals(0, total(events), events);
    }

    /**
     * An event received from 川口市 is edited in 川崎市, then 川口市 changes it too: 川崎市's coordinator sees in the page
     * where it came from and what differs, and takes 川口市's version.
     */
    @Test
    @Order(5)
    void aConflictIsSeenAndDecidedInThePage() throws Exception {
        String received = kawasaki.rest(
                        ApiRole.VIEWER, "GET", API + "/received?q=" + enc("芝川クリーン作戦 2") + "&limit=1", null)
                .body();
        Matcher ids = Pattern.compile("\"remoteId\":\"(\\d+)\",\"localId\":\"(\\d+)\"")
                .matcher(received);
        assertTrue(ids.find(), received);
        String theirs = ids.group(1);
        String ours = ids.group(2);
        editDescription(kawasaki, ours, "川崎市の会場案内を追記（川崎市で編集）");
        editDescription(kawaguchi, theirs, "雨天時は翌週に延期します（川口市で変更）");
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        String conflicts = "";
        while (System.nanoTime() < deadline && !conflicts.contains("雨天時")) {
            sleep(250);
            conflicts = kawasaki.rest(ApiRole.VIEWER, "GET", API + "/conflicts", null)
                    .body();
        }
        assertTrue(conflicts.contains("\"theirs\":\"雨天時は翌週に延期します（川口市で変更）\""), conflicts);
        Matcher conflict = Pattern.compile("\\{\"id\":(\\d+)").matcher(conflicts);
        assertTrue(conflict.find(), conflicts);
        String id = conflict.group(1);

        org.openqa.selenium.WebDriver browser = Browser.start("ja");
        try {
            Steps steps = new Steps(browser, kawasaki.baseUrl());
            steps.login(RunningKyodo.COORDINATOR, RunningKyodo.COORDINATOR_PASSWORD);
            steps.open("exchange/received", "#exchange-conflict-" + id);
            String card = steps.text("exchange-conflict-" + id);
            assertTrue(card.contains("川口市から"), card);
            assertTrue(card.contains("雨天時は翌週に延期します") && card.contains("川崎市の会場案内を追記"), card);
            steps.click("exchange-conflict-theirs-" + id);
            steps.confirm("相手の内容を採用");
            steps.waitFor(d -> d.findElements(org.openqa.selenium.By.id("exchange-conflict-" + id))
                    .isEmpty());
            Browser.screenshot(browser, "exchange-conflict-decided");
        } finally {
            browser.quit();
        }
        String event = kawasaki.rest(ApiRole.VIEWER, "GET", "/api/v1/events/" + ours, null)
                .body();
        assertTrue(event.contains("雨天時は翌週に延期します（川口市で変更）"), event);
        assertEquals(
                "[]",
                kawasaki.rest(ApiRole.VIEWER, "GET", API + "/conflicts", null).body());
    }

    /** Changes an event's description as staff do (an imported event gets a hosting organisation to be saved). */
    private static void editDescription(RunningKyodo city, String eventId, String description) {
        Answer host = city.rest(
                ApiRole.COORDINATOR,
                "POST",
                "/api/v1/registry/organisations",
                "{\"type\":\"CIVIC\",\"name\":\"芝川をきれいにする会\",\"nameReading\":\"しばかわをきれいにするかい\"}");
        assertEquals(201, host.status(), host.body());
        Matcher hostId = Pattern.compile("\"id\":(\\d+)").matcher(host.body());
        assertTrue(hostId.find(), host.body());
        String event = city.rest(ApiRole.VIEWER, "GET", "/api/v1/events/" + eventId, null)
                .body();
        Matcher version = Pattern.compile("\"version\":(\\d+)").matcher(event);
        assertTrue(version.find(), event);
        String draft = object(event, event.indexOf("\"draft\":") + "\"draft\":".length())
                .replaceFirst("\"description\":\"(\\\\.|[^\"\\\\])*\"", "\"description\":\"" + description + "\"")
                .replace(
                        "\"organisers\":[]",
                        "\"organisers\":[{\"partnerId\":" + hostId.group(1) + ",\"form\":\"HOST\",\"name\":\"\"}]");
        Answer saved =
                city.rest(ApiRole.STAFF, "PUT", "/api/v1/events/" + eventId + "?version=" + version.group(1), draft);
        assertEquals(200, saved.status(), saved.body());
    }

    /** The JSON object starting at the index (its braces balanced, strings skipped). */
    private static String object(String json, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < json.length(); i++) {
            char ch = json.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth == 0) {
                return json.substring(start, i + 1);
            }
        }
        throw new AssertionError("no object at " + start + " in " + json);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** Imports n public events (the national event list, as the city's own export writes it); returns their ids. */
    private static List<String> importEvents(RunningKyodo city, String title, int n) {
        String header = anonymous(city, "GET", "/api/v1/public/events/list.csv", null)
                .body()
                .replace("\uFEFF", "")
                .split("\r?\n")[0];
        List<String> columns = List.of(header.split(","));
        StringBuilder csv = new StringBuilder(header).append("\r\n");
        LocalDate day = LocalDate.now().plusDays(30);
        String tag = Long.toString(System.nanoTime(), 36);
        for (int i = 1; i <= n; i++) {
            List<String> row = new ArrayList<>();
            for (String column : columns) {
                row.add(
                        switch (column) {
                            case "ID" -> tag + "-" + i;
                            case "イベント名" -> title + " " + i;
                            case "開始日", "終了日" -> day.plusDays(i % 300).toString();
                            case "開始時間" -> "10:00";
                            case "終了時間" -> "12:00";
                            case "説明" -> "市民協働の講座です（第" + i + "回）";
                            case "料金(基本)" -> "無料";
                            case "場所名称" -> "市民活動センター";
                            case "定員" -> "30";
                            default -> "";
                        });
            }
            csv.append(String.join(",", row)).append("\r\n");
        }
        Answer imported = city.rest(ApiRole.STAFF, "POST", "/api/v1/events/list?commit=true", csv.toString());
        assertEquals(200, imported.status(), imported.body());
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 1000) {
            String page = city.rest(
                            ApiRole.VIEWER,
                            "GET",
                            "/api/v1/events?q=" + enc(title) + "&public=true&limit=1000&offset=" + offset,
                            null)
                    .body();
            List<String> found = ids(page);
            ids.addAll(found);
            if (found.size() < 1000) {
                break;
            }
        }
        assertEquals(n, ids.size());
        return ids;
    }

    private static void share(RunningKyodo city, List<String> ids) {
        for (int i = 0; i < ids.size(); i += 1000) {
            String body = ids.subList(i, Math.min(ids.size(), i + 1000)).stream()
                    .map(id -> "\"" + id + "\"")
                    .collect(Collectors.joining(",", "{\"localIds\":[", "]}"));
            ok(city.rest(ApiRole.STAFF, "POST", API + "/shared/" + EVENTS, body));
        }
    }

    private static void awaitReceived(RunningKyodo city, long count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = city.rest(ApiRole.VIEWER, "GET", API + "/received?limit=1", null)
                    .body();
            if (total(last) >= count) {
                return;
            }
            sleep(200);
        }
        throw new AssertionError("not " + count + " received within " + timeout + ": " + last + "\n"
                + city.rest(ApiRole.STAFF, "GET", API + "/log?limit=3", null).body());
    }

    private static void awaitPeer(RunningKyodo city, String state, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = city.rest(ApiRole.VIEWER, "GET", API + "/peers", null).body();
            if (last.contains(state)) {
                return;
            }
            sleep(250);
        }
        throw new AssertionError("the neighbour is not " + state + " within " + timeout + ": " + last);
    }

    private static List<String> ids(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static long total(String page) {
        Matcher m = TOTAL.matcher(page);
        assertTrue(m.find(), page);
        return Long.parseLong(m.group(1));
    }

    private static void ok(Answer answer) {
        assertTrue(answer.status() >= 200 && answer.status() < 300, answer.status() + " " + answer.body());
    }

    /** A message signed with 川口市's key, read from its etc/ as only that city's server can. */
    private static String signedByKawaguchi(String payload) throws Exception {
        String pem = Files.readString(kawaguchi.home().resolve("etc/kyodo-exchange/signing-key.pem"));
        byte[] der = Base64.getDecoder()
                .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        String identity = anonymous(kawaguchi, "GET", "/api/v1/public/exchange/identity", null)
                .body();
        Matcher kid = Pattern.compile("\"keyId\":\"([^\"]+)\"").matcher(identity);
        assertTrue(kid.find(), identity);
        String input = b64(("{\"alg\":\"EdDSA\",\"kid\":\"" + kid.group(1) + "\",\"typ\":\"kyodo-exchange+json\"}")
                        .getBytes(StandardCharsets.UTF_8))
                + "." + b64(payload.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + b64(signature.sign());
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A request without session or token, as a neighbour's server or anyone on the network makes it. */
    private static Answer anonymous(RunningKyodo city, String method, String path, String body) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(city.baseUrl() + path)).timeout(Duration.ofSeconds(60));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/jose")
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            }
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
