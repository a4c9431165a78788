package jp.kyodo.web.internal.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.LoginThrottle;
import jp.kyodo.core.security.LoginThrottle.Block;
import jp.kyodo.core.security.TooManyAttemptsException;
import jp.kyodo.web.RestResources;
import jp.kyodo.web.internal.security.ActorScope;
import jp.kyodo.web.internal.security.ApiTokens;
import jp.kyodo.web.internal.ui.SessionUser;

/**
 * Authenticates every {@code /api/*} call except the health check and the public resources
 * ({@code /api/v1/public/…}: read only, unless the resource authenticates writes itself): by API token ({@code
 * Authorization: Bearer …}) or by the session of a user signed in to the web UI, then runs the call
 * with that user in the core's security context. A session-authenticated call that changes data
 * must come from the UI's own origin (a cross-site form cannot use the user's cookie). Wrong tokens are
 * counted per client address by the core's {@link LoginThrottle}: after a few, the address waits before
 * its next token is checked, after more it is locked; both answered 429 with {@code Retry-After}.
 */
public final class ApiAuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BEARER = "bearer ";
    private static final String PUBLIC = "/api/v1/" + RestResources.PUBLIC_PREFIX + "/";

    private final transient Supplier<ApiTokens> tokens;
    private final transient Supplier<Optional<LoginThrottle>> throttle;

    private final transient Predicate<String> readOnlyPublic;

    /**
     * @param readOnlyPublic whether a public resource is registered at a path and takes no writes (a resource
     *     that authenticates writes itself takes them; a path with no resource gets JAX-RS's 404, not 405 — a
     *     module stopping or being updated is not read only)
     */
    public ApiAuthenticationFilter(
            Supplier<ApiTokens> tokens, Supplier<Optional<LoginThrottle>> throttle, Predicate<String> readOnlyPublic) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.readOnlyPublic = readOnlyPublic;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api/v1/health") || path.startsWith("/api/v1/health/")) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith(PUBLIC)) {
            // open resources: read only, and nobody in the security context even with a session or token
            String resource = path.substring(PUBLIC.length()).split("/", 2)[0];
            if (SAFE_METHODS.contains(request.getMethod()) || !readOnlyPublic.test(resource)) {
                chain.doFilter(request, response);
            } else {
                response.setHeader("Allow", "GET, HEAD, OPTIONS");
                write(response, 405, "method-not-allowed", text("auth.publicReadOnly", request));
            }
            return;
        }
        String authorization = request.getHeader("Authorization");
        Actor actor;
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            Optional<Actor> client = authenticate(authorization.substring(BEARER.length()), request, response);
            if (client.isEmpty()) {
                return;
            }
            actor = client.get();
        } else {
            HttpSession session = request.getSession(false);
            actor = session == null ? null : SessionUser.fromHttpSession(session);
            if (actor == null) {
                unauthorized(response, "unauthenticated", text("auth.unauthenticated", request));
                return;
            }
            if (!SAFE_METHODS.contains(request.getMethod()) && !sameOrigin(request)) {
                write(response, 403, "cross-origin", text("auth.crossOrigin", request));
                return;
            }
        }
        ActorScope.run(actor, () -> chain.doFilter(request, response));
    }

    /** The token's client, or empty when the answer (401, 429, 503) has been written. */
    private Optional<Actor> authenticate(String token, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<LoginThrottle> guard = throttle.get();
        if (guard.isEmpty()) {
            // the core is restarting: no token is checked unthrottled
            write(response, 503, "unavailable", text("auth.unavailable", request));
            return Optional.empty();
        }
        List<LoginThrottle.Key> address = LoginThrottle.keysOf(null, request.getRemoteAddr());
        Optional<Block> blocked = guard.get().blocked(address);
        if (blocked.isPresent()) {
            tooManyAttempts(request, response, blocked.get());
            return Optional.empty();
        }
        Optional<Actor> client = tokens.get().authenticate(token, request.getRemoteAddr());
        if (client.isEmpty()) {
            Optional<Block> started = guard.get().failed(address);
            if (started.isPresent()) {
                // this failure began a wait or a lock: the client learns it now, with Retry-After
                tooManyAttempts(request, response, started.get());
            } else {
                unauthorized(response, "invalid-token", text("auth.invalidToken", request));
            }
        }
        return client;
    }

    private static void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, Block block)
            throws IOException {
        TooManyAttemptsException e = new TooManyAttemptsException(block, Instant.now());
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        write(response, 429, e.code(), e.message(language(request)));
    }

    /**
     * The first of Kyodo's languages the client accepts ({@code Accept-Language}); Japanese otherwise. The
     * rule of {@link jp.kyodo.web.RestResources#language}, on the servlet request: this filter runs
     * before JAX-RS.
     */
    /** The filter's own answer in the client's language. */
    private static String text(String key, HttpServletRequest request) {
        return ExceptionMappers.MESSAGES.get(key).in(language(request));
    }

    static Locale language(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            // without the header the servlet API answers the server's own locale
            return Locale.JAPANESE;
        }
        for (var locales = request.getLocales(); locales.hasMoreElements(); ) {
            Locale l = locales.nextElement();
            if (l.getLanguage().equals("en") || l.getLanguage().equals("ja")) {
                return l;
            }
        }
        return Locale.JAPANESE;
    }

    /** True when Origin (or, without it, Referer) names this server. */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            origin = request.getHeader("Referer");
        }
        if (origin == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getServerName();
            int port = request.getServerPort();
            int originPort = uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
            return host.equalsIgnoreCase(uri.getHost()) && port == originPort;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static void unauthorized(HttpServletResponse response, String code, String message) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"kyodo\"");
        write(response, 401, code, message);
    }

    /** The text as the inside of a JSON string. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void write(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        String body = "{\"error\":\"" + json(code) + "\",\"message\":\"" + json(message) + "\",\"fields\":[]}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
