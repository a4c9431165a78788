package jp.kyodo.web.internal.ui;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URL;
import jp.kyodo.web.internal.security.ActorScope;

/**
 * The Vaadin servlet of the shell: its own service (for the {@link KyodoInstantiator}), and every
 * request handled with the signed-in user in the core's security context, so domain services called
 * from views know who is acting.
 */
public final class KyodoServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;

    private final transient Shell shell;

    public KyodoServlet(Shell shell) {
        this.shell = shell;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            private static final long serialVersionUID = 1L;

            @Override
            protected Instantiator createInstantiator() {
                return new KyodoInstantiator(this, shell);
            }

            /**
             * Static files such as the push client live in META-INF/resources of the embedded jars.
             * A web application container would serve them from WEB-INF/lib; our embedded Jetty has
             * no such folder, so look them up through the bundle's class loader.
             */
            @Override
            public URL getStaticResource(String path) {
                URL url = super.getStaticResource(path);
                if (url == null && path.startsWith("/") && !path.contains("..")) {
                    url = KyodoServlet.class.getClassLoader().getResource("META-INF/resources" + path);
                }
                return url;
            }
        };
        service.init();
        return service;
    }

    /** HTTP-session attribute: when the user last did something (not push, not heartbeat). */
    static final String LAST_ACTIVITY = KyodoServlet.class.getName() + ".lastActivity";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpSession session = endIfIdle(request, request.getSession(false));
        ActorScope.run(
                session == null ? null : SessionUser.fromHttpSession(session), () -> super.service(request, response));
    }

    /**
     * Idle timeout that holds with a tab open: push connections touch the HTTP session all the time,
     * so the servlet container alone would never expire it. User requests (UIDL, page loads) count
     * as activity; a heartbeat that finds none for the session timeout ends the session, and the
     * client then goes to the login page, which says why.
     */
    static HttpSession endIfIdle(HttpServletRequest request, HttpSession session) {
        if (session == null) {
            return null;
        }
        String type = request.getParameter("v-r");
        long now = System.currentTimeMillis();
        if ("heartbeat".equals(type)) {
            Object last = session.getAttribute(LAST_ACTIVITY);
            long idleMs = last instanceof Long l ? now - l : 0;
            if (idleMs > session.getMaxInactiveInterval() * 1000L) {
                session.invalidate();
                return null;
            }
        } else if (!"push".equals(type)) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        return session;
    }
}
