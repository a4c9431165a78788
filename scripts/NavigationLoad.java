import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load script: N concurrent signed-in sessions navigating between views of a running Kyodo, speaking
 * Vaadin's own client protocol (UIDL over HTTP) like the browser does, and searching the registry as they go;
 * reports the server time of each navigation and each search (loopback round trip) as percentiles.
 *
 * <pre>
 * java scripts/NavigationLoad.java http://127.0.0.1:8181 admin 'password' [sessions=50] [navigations=40]
 * java scripts/NavigationLoad.java http://127.0.0.1:8281,http://127.0.0.1:8282 admin 'password' 200 40
 * </pre>
 *
 * Each session signs in through the login form, then navigates home → audit log → modules → home …
 * with a random think time of 250–750 ms, and after each navigation searches the registry
 * ({@code /api/v1/registry/partners?q=…} with its session) for one of a few common words. Several base URLs
 * (comma-separated): the sessions are dealt out among them in turn, as a proxy with sticky sessions would.
 * Only JDK classes: run it with any JDK 17.
 */
public final class NavigationLoad {

    private static final String[] ROUTES = System.getProperty("routes", "admin/audit,admin/modules,,admin/users").split(",", -1);
    private static final String[] WORDS = {"川口", "町会", "さくら", "ボランティア", "子ども", "見守り", "スポーツ", "防災", "わらび", "NPO"};
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern LOGIN_NODE =
            Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"login\",\"feat\":4,");

    public static void main(String[] args) throws Exception {
        String[] bases = args[0].split(",");
        String user = args[1];
        String password = args[2];
        int sessions = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        int navigations = args.length > 4 ? Integer.parseInt(args[4]) : 40;

        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        List<Long> searches = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int s = 0; s < sessions; s++) {
            int seed = s;
            running.add(pool.submit(() -> {
                String base = bases[seed % bases.length].strip().replaceAll("/$", "");
                new Session(base, seed).run(user, password, navigations, times, searches);
                return null;
            }));
        }
        int failed = 0;
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (Exception e) {
                failed++;
                System.err.println("session failed: " + e.getCause());
            }
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println("no navigation measured");
            System.exit(1);
        }
        System.out.printf(
                "sessions=%d (failed %d) navigations=%d in %.1f s%n",
                sessions, failed, sorted.size(), (System.nanoTime() - start) / 1e9);
        System.out.printf(
                "navigation server time ms: p50=%.1f p90=%.1f p95=%.1f p99=%.1f max=%.1f%n",
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
        List<Long> found = new ArrayList<>(searches);
        Collections.sort(found);
        if (!found.isEmpty()) {
            System.out.printf(
                    "search server time ms (%d searches): p50=%.1f p90=%.1f p95=%.1f p99=%.1f max=%.1f%n",
                    found.size(), pct(found, 50), pct(found, 90), pct(found, 95), pct(found, 99),
                    found.get(found.size() - 1) / 1e6);
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    /** One browser tab's worth of protocol. */
    private static final class Session {
        private final String base;
        private final Random random;
        private final HttpClient http;
        private String csrf;
        private int uiId;
        private int syncId;
        private int clientId;

        Session(String base, int seed) {
            this.base = base;
            this.random = new Random(seed);
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        void run(String user, String password, int navigations, List<Long> times, List<Long> searches)
                throws Exception {
            String init = get("/?v-r=init&location=login");
            csrf = find(SECURITY_KEY, init, "security key");
            uiId = Integer.parseInt(find(UI_ID, init, "ui id"));
            syncId = Integer.parseInt(find(SYNC_ID, init, "sync id"));
            String login = navigate("login");
            String node = find(LOGIN_NODE, login, "login form node");
            String after = rpc("{\"type\":\"event\",\"node\":" + node + ",\"event\":\"login\",\"data\":{"
                    + "\"event.detail.username\":" + json(user) + ",\"event.detail.password\":" + json(password) + "}}");
            if (after.contains("vaadin-login-form") && !after.contains("vaadin-side-nav")) {
                throw new IllegalStateException("sign-in failed");
            }
            for (int i = 0; i < navigations; i++) {
                Thread.sleep(250 + random.nextInt(500));
                String route = ROUTES[i % ROUTES.length];
                long t0 = System.nanoTime();
                String response = navigate(route);
                long elapsed = System.nanoTime() - t0;
                if (response.contains("vaadin-login-form") || !response.contains("\"changes\"")) {
                    throw new IllegalStateException("not signed in or no view rendered at '" + route + "'");
                }
                times.add(elapsed);
                String word = WORDS[random.nextInt(WORDS.length)];
                long s0 = System.nanoTime();
                HttpResponse<String> found = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/registry/partners?limit=20&q="
                                        + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8)))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long searched = System.nanoTime() - s0;
                if (found.statusCode() != 200 || !found.body().contains("\"total\"")) {
                    throw new IllegalStateException("search '" + word + "': HTTP " + found.statusCode());
                }
                searches.add(searched);
            }
        }

        private String navigate(String route) throws Exception {
            return rpc("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + json(route)
                    + ",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + clientId
                    + "},\"trigger\":\"\"}}");
        }

        private String rpc(String invocation) throws Exception {
            String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + invocation + "],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " for " + invocation);
            }
            String text = response.body();
            Matcher m = SYNC_ID.matcher(text);
            if (m.find()) {
                syncId = Integer.parseInt(m.group(1));
            }
            clientId++;
            return text;
        }

        private String get(String path) throws Exception {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.body();
        }

        private static String find(Pattern p, String text, String what) {
            Matcher m = p.matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("no " + what + " in: " + text.substring(0, Math.min(300, text.length())));
            }
            return m.group(1);
        }

        private static String json(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
