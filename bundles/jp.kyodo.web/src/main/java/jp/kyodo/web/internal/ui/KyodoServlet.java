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

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        ActorScope.run(
                session == null ? null : SessionUser.fromHttpSession(session), () -> super.service(request, response));
    }
}
