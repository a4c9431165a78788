package jp.kyodo.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.security.LoginThrottle;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.web.RestResources;
import jp.kyodo.web.internal.i18n.MergedTranslations;
import jp.kyodo.web.internal.i18n.TranslationTracker;
import jp.kyodo.web.internal.registry.Whiteboard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded server outside OSGi: Jetty, Vaadin and Jersey start together, the health check is
 * public, the API is authenticated, plugins' resources are reached with their roles and errors
 * are machine-readable.
 */
class WebServerTest {

    private static final String TOKEN = "viewer-token";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Whiteboard WHITEBOARD = new Whiteboard();
    private static final StrictThrottle THROTTLE = new StrictThrottle();
    private static final PlatformServices PLATFORM = new PlatformServices();
    private static WebServer server;
    private static int port;

    /**
     * Locks an address at its second wrong token, for a minute, until {@link #reset}. The counting
     * itself is the core's (CountingLoginThrottleTest); here: what the API answers.
     */
    static final class StrictThrottle implements LoginThrottle {
        private final AtomicInteger failures = new AtomicInteger();
        private volatile Block lock;

        void reset() {
            failures.set(0);
            lock = null;
        }

        @Override
        public Optional<Block> blocked(Collection<Key> keys) {
            return Optional.ofNullable(lock).filter(l -> keys.contains(l.key()));
        }

        @Override
        public Optional<Block> failed(Collection<Key> keys) {
            Key address = keys.stream()
                    .filter(k -> k.kind() == Kind.ADDRESS)
                    .findFirst()
                    .orElseThrow();
            int n = failures.incrementAndGet();
            if (n >= 2) {
                lock = new Block(address, Instant.now().plus(Duration.ofMinutes(1)), true, n);
            }
            return Optional.ofNullable(lock);
        }

        @Override
        public void succeeded(Key key) {
            // tokens never reset an address
        }

        @Override
        public List<Block> locks() {
            return lock == null ? List.of() : List.of(lock);
        }

        @Override
        public boolean unlock(Key key) {
            boolean was = lock != null;
            reset();
            return was;
        }
    }

    /** A plugin's resource, as a neighbouring city would write it. */
    public static final class Events {
        public record Event(long id, String name) {}

        @GET
        @Path("{id}")
        public Event get(@PathParam("id") long id) {
            if (id == 0) {
                throw new NotFoundException("イベント 0 はありません");
            }
            return new Event(
                    id, "清掃活動 " + SecurityContext.current().orElseThrow().userName());
        }

        @POST
        public Event create() {
            throw ValidationException.of("name", "名前を入力してください");
        }

        @GET
        @Path("secret")
        @RolesAllowed("kyodo-admin")
        public String secret() {
            return "\"secret\"";
        }
    }

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String hash = HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(TOKEN.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        WebConfiguration config = config(Map.of(
                "httpPort", port, "bindAddress", "127.0.0.1", "apiTokens", new String[] {"test:kyodo-viewer:" + hash}));
        WHITEBOARD.addRestResource(new Events(), Map.of(RestResources.PATH, "events"));
        WHITEBOARD.addRestResource(
                new Events(), Map.of(RestResources.PATH, "admin-only", RestResources.ROLES, "kyodo-admin"));
        MergedTranslations translations = new MergedTranslations();
        translations.add(new MergedTranslations.Source(
                "jp.kyodo.web", TranslationTracker.SHELL_BASE_NAME, WebServerTest.class.getClassLoader()));
        PLATFORM.setLoginThrottle(THROTTLE);
        server = new WebServer(config, WHITEBOARD, PLATFORM, translations);
    }

    @BeforeEach
    void forgetFailedTokens() {
        THROTTLE.reset();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The configuration annotation with some values set, the rest at their defaults. */
    static WebConfiguration config(Map<String, Object> values) {
        return (WebConfiguration) Proxy.newProxyInstance(
                WebConfiguration.class.getClassLoader(), new Class<?>[] {WebConfiguration.class}, (p, m, args) -> {
                    Object v = values.get(m.getName());
                    return v != null ? v : m.getDefaultValue();
                });
    }

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsPublicAndTellsReadiness() throws Exception {
        HttpResponse<String> health = get("/api/v1/health", null);
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
        assertTrue(health.body().contains("\"ready\":false"), health.body());
        assertTrue(health.body().contains("\"loginThrottle\":\"UP\""), health.body());
        assertTrue(health.body().contains("\"authenticator\":\"DOWN\""), health.body());
        HttpResponse<String> ready = get("/api/v1/health/ready", null);
        assertEquals(503, ready.statusCode());
        assertTrue(ready.body().contains("\"modules\":[]"), "no module tracker outside OSGi: " + ready.body());
    }

    @Test
    void theApiNeedsAuthentication() throws Exception {
        HttpResponse<String> anonymous = get("/api/v1/events/1", null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.body().contains("\"error\":\"unauthenticated\""), anonymous.body());
        assertEquals(401, get("/api/v1/events/1", "wrong-token").statusCode());
    }

    @Test
    void wrongTokensLockTheAddressWith429RetryAfterAndAMachineReadableBody() throws Exception {
        assertEquals(401, get("/api/v1/events/1", "wrong-token-1").statusCode());
        HttpResponse<String> locked = get("/api/v1/events/1", "wrong-token-2");
        assertEquals(429, locked.statusCode(), locked.body());
        long retryAfter =
                Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 59 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(
                locked.body().startsWith("{\"error\":\"too-many-attempts\",\"message\":\"失敗が続いたため、この接続元からの認証は"),
                locked.body());
        assertTrue(locked.body().endsWith(",\"fields\":[]}"), locked.body());

        HttpResponse<String> english = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/events/1"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Accept-Language", "en-US,en;q=0.9")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(429, english.statusCode());
        assertTrue(
                english.body()
                        .contains("\"message\":\"After repeated failures, sign-ins and API tokens from this address"),
                english.body());

        HttpResponse<String> rightToken = get("/api/v1/events/1", TOKEN);
        assertEquals(429, rightToken.statusCode(), "while locked, not even a right token is checked");
        assertEquals(401, get("/api/v1/events/1", null).statusCode(), "calls without a token are not throttled");

        THROTTLE.unlock(LoginThrottle.Key.address("127.0.0.1"));
        assertEquals(200, get("/api/v1/events/1", TOKEN).statusCode());
    }

    @Test
    void withoutTheCoresThrottleNoTokenIsChecked() throws Exception {
        PLATFORM.unsetLoginThrottle(THROTTLE);
        try {
            HttpResponse<String> answer = get("/api/v1/events/1", TOKEN);
            assertEquals(503, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"error\":\"unavailable\""), answer.body());
        } finally {
            PLATFORM.setLoginThrottle(THROTTLE);
        }
    }

    @Test
    void aPluginResourceAnswersWithTheCallerInTheSecurityContext() throws Exception {
        HttpResponse<String> ok = get("/api/v1/events/7", TOKEN);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("{\"id\":7,\"name\":\"清掃活動 api:test\"}", ok.body());
    }

    @Test
    void errorsAreMachineReadable() throws Exception {
        HttpResponse<String> missing = get("/api/v1/events/0", TOKEN);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().startsWith("{\"error\":\"not-found\""), missing.body());

        HttpResponse<String> invalid = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/events"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("\"fields\":[{\"field\":\"name\""), invalid.body());

        HttpResponse<String> unknown = get("/api/v1/nothing-here", TOKEN);
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("\"error\":\"not-found\""), unknown.body());
    }

    @Test
    void rolesAreCheckedOnResourcesAndMethods() throws Exception {
        HttpResponse<String> resource = get("/api/v1/admin-only/1", TOKEN);
        assertEquals(403, resource.statusCode(), resource.body());
        assertTrue(resource.body().contains("\"error\":\"access-denied\""), resource.body());

        HttpResponse<String> method = get("/api/v1/events/secret", TOKEN);
        assertEquals(403, method.statusCode(), method.body());
    }

    @Test
    void anAnonymousUserAskingForAnAdminPageGetsTheLoginFormInJapanese() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        String base = "http://127.0.0.1:" + port + "/";
        HttpResponse<String> init = browser.send(
                HttpRequest.newBuilder(URI.create(base + "?v-r=init&location=&query="))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, init.statusCode(), init.body());
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"")
                .matcher(init.body());
        assertTrue(key.find(), init.body());
        // what the browser sends to navigate: a ui-navigate event on the UI's root node
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"admin/modules\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> uidl = browser.send(
                HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=0"))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(navigate))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, uidl.statusCode(), uidl.body());
        assertTrue(uidl.body().contains("vaadin-login-form"), uidl.body());
        assertTrue(uidl.body().contains("ユーザー名"), uidl.body());
        assertTrue(
                uidl.body().contains("login?to=admin%2Fmodules") || uidl.body().contains("admin/modules"), uidl.body());
    }

    @Test
    void theShellServesTheVaadinBootstrapPage() throws Exception {
        HttpResponse<String> page = get("/login", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html"), page.body());
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void aNodeNameEndsEverySessionIdSoThatTheProxyCanRouteByIt() throws Exception {
        assertTrue(
                sessionCookie(port).matches("KYODO_SESSION=[A-Za-z0-9]+\\.node0"), "Jetty's default on a single node");
        int portB;
        try (ServerSocket s = new ServerSocket(0)) {
            portB = s.getLocalPort();
        }
        MergedTranslations translations = new MergedTranslations();
        translations.add(new MergedTranslations.Source(
                "jp.kyodo.web", TranslationTracker.SHELL_BASE_NAME, WebServerTest.class.getClassLoader()));
        WebServer nodeB = new WebServer(
                config(Map.of("httpPort", portB, "bindAddress", "127.0.0.1", "nodeName", " b2 ")),
                WHITEBOARD,
                PLATFORM,
                translations);
        try {
            String cookie = sessionCookie(portB);
            assertTrue(cookie.matches("KYODO_SESSION=b2[A-Za-z0-9]+\\.b2"), cookie);
        } finally {
            nodeB.stop();
        }
    }

    @Test
    void aNodeNameIsLettersAndDigits() {
        assertEquals("", WebServer.nodeName(config(Map.of())));
        assertEquals("node1", WebServer.nodeName(config(Map.of("nodeName", "node1"))));
        IllegalArgumentException dotted = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> WebServer.nodeName(config(Map.of("nodeName", "a.b"))));
        assertTrue(dotted.getMessage().contains("nodeName in etc/jp.kyodo.web.cfg"), dotted.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> WebServer.nodeName(config(Map.of("nodeName", "x".repeat(33)))));
    }

    /** The session cookie a first visit to the UI sets, without its attributes. */
    private static String sessionCookie(int port) throws Exception {
        HttpResponse<String> page = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/?v-r=init&location=&query="))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        return page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("KYODO_SESSION="))
                .map(c -> c.split(";", 2)[0])
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + page.headers()));
    }
}
