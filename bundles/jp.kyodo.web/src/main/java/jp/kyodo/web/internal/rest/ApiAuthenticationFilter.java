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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import jp.kyodo.core.security.Actor;
import jp.kyodo.web.internal.security.ActorScope;
import jp.kyodo.web.internal.security.ApiTokens;
import jp.kyodo.web.internal.ui.SessionUser;

/**
 * Authenticates every {@code /api/*} call except the health check: by API token ({@code
 * Authorization: Bearer …}) or by the session of a user signed in to the web UI, then runs the call
 * with that user in the core's security context. A session-authenticated call that changes data
 * must come from the UI's own origin (a cross-site form cannot use the user's cookie).
 */
public final class ApiAuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BEARER = "bearer ";

    private final transient Supplier<ApiTokens> tokens;

    public ApiAuthenticationFilter(Supplier<ApiTokens> tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api/v1/health") || path.startsWith("/api/v1/health/")) {
            chain.doFilter(request, response);
            return;
        }
        String authorization = request.getHeader("Authorization");
        Actor actor;
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            Optional<Actor> client =
                    tokens.get().authenticate(authorization.substring(BEARER.length()), request.getRemoteAddr());
            if (client.isEmpty()) {
                unauthorized(response, "invalid-token", "API トークンが正しくありません");
                return;
            }
            actor = client.get();
        } else {
            HttpSession session = request.getSession(false);
            actor = session == null ? null : SessionUser.fromHttpSession(session);
            if (actor == null) {
                unauthorized(response, "unauthenticated", "ログインするか、API トークンを指定してください");
                return;
            }
            if (!SAFE_METHODS.contains(request.getMethod()) && !sameOrigin(request)) {
                write(response, 403, "cross-origin", "別のサイトからのリクエストは受け付けません");
                return;
            }
        }
        ActorScope.run(actor, () -> chain.doFilter(request, response));
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

    private static void write(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        String body = "{\"error\":\"" + code + "\",\"message\":\"" + message + "\",\"fields\":[]}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
