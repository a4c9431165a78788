package jp.kyodo.web.internal;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.InitParameters;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.Objects;
import java.util.regex.Pattern;
import jp.kyodo.web.ViewContribution;
import jp.kyodo.web.internal.i18n.MergedTranslations;
import jp.kyodo.web.internal.i18n.TranslationTracker;
import jp.kyodo.web.internal.registry.Contributions;
import jp.kyodo.web.internal.registry.Whiteboard;
import jp.kyodo.web.internal.rest.ApiAuthenticationFilter;
import jp.kyodo.web.internal.rest.RestApplication;
import jp.kyodo.web.internal.security.ApiTokens;
import jp.kyodo.web.internal.ui.ContributedView;
import jp.kyodo.web.internal.ui.KyodoAppShell;
import jp.kyodo.web.internal.ui.KyodoServlet;
import jp.kyodo.web.internal.ui.MainLayout;
import jp.kyodo.web.internal.ui.Shell;
import jp.kyodo.web.internal.ui.ShellRoutes;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.session.DefaultSessionIdManager;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the embedded Jetty with the Vaadin shell at {@code /} and the REST API at {@code /api/}, and
 * keeps Vaadin's routes in step with the view contributions. A change of port, address, proxy setting or
 * node name restarts Jetty (signing everybody out); other settings apply at once.
 */
@Component(
        immediate = true,
        service = {},
        configurationPid = WebConfiguration.PID)
@Designate(ocd = WebConfiguration.class)
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private static final Pattern NODE_NAME = Pattern.compile("[A-Za-z0-9]{1,32}");

    private final Whiteboard whiteboard;
    private final PlatformServices platform;
    private final Shell shell;
    private volatile ApiTokens tokens;
    private WebConfiguration config;
    private Server server;
    private SessionHandler sessions;
    private RouteConfiguration routes;
    private Runnable routeListener;

    @Activate
    public WebServer(
            WebConfiguration config,
            @Reference Whiteboard whiteboard,
            @Reference PlatformServices platform,
            @Reference TranslationTracker translations)
            throws Exception {
        this(config, whiteboard, platform, translations.translations());
    }

    /** Starts the server; for tests, without OSGi. */
    WebServer(
            WebConfiguration config, Whiteboard whiteboard, PlatformServices platform, MergedTranslations translations)
            throws Exception {
        this.whiteboard = whiteboard;
        this.platform = platform;
        this.shell = new Shell(whiteboard, platform, translations, settings(config));
        this.tokens = ApiTokens.parse(config.apiTokens());
        this.config = config;
        start();
    }

    @Modified
    synchronized void modified(WebConfiguration newConfig) throws Exception {
        boolean restart = newConfig.httpPort() != config.httpPort()
                || !Objects.equals(newConfig.bindAddress(), config.bindAddress())
                || newConfig.forwardedHeaders() != config.forwardedHeaders()
                || !nodeName(newConfig).equals(nodeName(config));
        shell.update(settings(newConfig));
        tokens = ApiTokens.parse(newConfig.apiTokens());
        config = newConfig;
        if (restart) {
            stop();
            start();
        } else if (sessions != null) {
            // applies to new sessions; running ones keep their timeout until they end
            sessions.setMaxInactiveInterval(newConfig.sessionTimeoutMinutes() * 60);
        }
    }

    @Deactivate
    synchronized void stop() {
        if (routeListener != null) {
            routeListener.run();
            routeListener = null;
        }
        if (server != null) {
            try {
                server.stop();
                LOG.info("Web server stopped");
            } catch (Exception e) {
                LOG.warn("Web server did not stop cleanly", e);
            }
            server = null;
            sessions = null;
            routes = null;
        }
    }

    private static Shell.Settings settings(WebConfiguration c) {
        return new Shell.Settings(c.cityName() == null ? "" : c.cityName().strip(), c.sessionTimeoutMinutes());
    }

    private synchronized void start() throws Exception {
        long started = System.nanoTime();
        ClassLoader bundleLoader = WebServer.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Vaadin, Jersey and HK2 find their parts through the context class loader
        thread.setContextClassLoader(bundleLoader);
        try {
            QueuedThreadPool threads = new QueuedThreadPool(200, 8);
            threads.setName("kyodo-web");
            Server jetty = new Server(threads);
            String node = nodeName(config);
            if (!node.isEmpty()) {
                // the session handler takes the server's id manager: ids become <id>.<node>
                DefaultSessionIdManager ids = new DefaultSessionIdManager(jetty);
                ids.setWorkerName(node);
                jetty.addBean(ids, true);
            }
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            if (config.forwardedHeaders()) {
                http.addCustomizer(new ForwardedRequestCustomizer());
            }
            ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
            String host = config.bindAddress();
            connector.setHost(host == null || host.isBlank() ? null : host.strip());
            connector.setPort(config.httpPort());
            jetty.addConnector(connector);
            ServletContextHandler context = context(bundleLoader);
            jetty.setHandler(context);
            jetty.start();
            server = jetty;
            routes = RouteConfiguration.forRegistry(
                    ApplicationRouteRegistry.getInstance(new VaadinServletContext(context.getServletContext())));
            registerRoutes();
            LOG.info(
                    "Kyodo web started on http://{}:{}/{} in {} ms",
                    host,
                    config.httpPort(),
                    node.isEmpty() ? "" : " as node '" + node + "'",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            LOG.error("Kyodo web could not start on {}:{} (port in use?)", config.bindAddress(), config.httpPort(), e);
            stop();
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private ServletContextHandler context(ClassLoader bundleLoader) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.setClassLoader(bundleLoader);
        sessions = context.getSessionHandler();
        sessions.setMaxInactiveInterval(config.sessionTimeoutMinutes() * 60);
        sessions.setSessionCookie("KYODO_SESSION");
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);

        // No class-path scanning in OSGi: run Vaadin's initializers with the classes they need.
        context.addServletContainerInitializer(new LookupServletContainerInitializer(), LookupInitializer.class);
        context.addServletContainerInitializer(new VaadinAppShellInitializer(), KyodoAppShell.class);

        context.addFilter(new FilterHolder(new SecurityHeadersFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(
                new FilterHolder(new ApiAuthenticationFilter(() -> tokens, platform::loginThrottle, path -> whiteboard
                        .publicResources()
                        .get(path)
                        .map(resource -> !resource.writable())
                        .orElse(false))),
                "/api/*",
                EnumSet.of(DispatcherType.REQUEST));

        ServletHolder api = new ServletHolder("kyodo-api", RestApplication.servlet(whiteboard, platform));
        api.setInitOrder(2);
        context.addServlet(api, "/api/*");

        ServletHolder vaadin = new ServletHolder("kyodo-ui", new KyodoServlet(shell));
        vaadin.setInitOrder(1);
        vaadin.setAsyncSupported(true);
        // idle sessions end even while a tab is open (heartbeats do not count as activity). Push
        // requests keep the HTTP session alive, so it is the heartbeat that finds the idle UI: beat
        // at least twice per timeout, and the session ends at most half a timeout late.
        vaadin.setInitParameter(InitParameters.SERVLET_PARAMETER_CLOSE_IDLE_SESSIONS, "true");
        vaadin.setInitParameter(
                InitParameters.SERVLET_PARAMETER_HEARTBEAT_INTERVAL,
                Integer.toString(heartbeatSeconds(config.sessionTimeoutMinutes())));
        context.addServlet(vaadin, "/*");
        return context;
    }

    /**
     * The node's name from the configuration, stripped; empty for a single node.
     *
     * @throws IllegalArgumentException when it is not 1 to 32 letters and digits (Jetty puts it after a
     *     dot in the session id, and the proxy's pattern reads it back from there)
     */
    static String nodeName(WebConfiguration c) {
        String name = c.nodeName() == null ? "" : c.nodeName().strip();
        if (!name.isEmpty() && !NODE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("nodeName in etc/jp.kyodo.web.cfg must be 1 to 32 letters and digits "
                    + "(a, b, node1 …), not '" + name + "'");
        }
        return name;
    }

    /** Vaadin's default is 300 s; shorter when the session timeout is short. */
    static int heartbeatSeconds(int sessionTimeoutMinutes) {
        return Math.max(15, Math.min(300, sessionTimeoutMinutes * 60 / 2));
    }

    /** The shell's routes, then the contributions', then follow the contributions. */
    private void registerRoutes() {
        ShellRoutes.register(routes);
        Contributions<ViewContribution> views = whiteboard.views().active();
        routeListener = views.addListener(change -> {
            synchronized (WebServer.this) {
                if (routes != null) {
                    syncRoute(change.contribution(), change.added());
                }
            }
        });
        views.all().forEach(v -> syncRoute(v, true));
    }

    @SuppressWarnings("unchecked") // Vaadin's varargs of generic layout classes
    private void syncRoute(ViewContribution view, boolean added) {
        String route = view.route();
        if (added) {
            if (routes.getRoute(route).isEmpty()) {
                routes.setRoute(route, ContributedView.class, MainLayout.class);
                LOG.info("Route '{}' added", route);
            }
        } else if (whiteboard.views().get(route).isEmpty()) {
            routes.removeRoute(route);
            LOG.info("Route '{}' removed", route);
        }
    }
}
