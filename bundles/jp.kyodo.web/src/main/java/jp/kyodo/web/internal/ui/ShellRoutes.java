package jp.kyodo.web.internal.ui;

import com.vaadin.flow.router.RouteConfiguration;

/** Registers the shell's own pages with Vaadin. */
public final class ShellRoutes {

    private ShellRoutes() {}

    @SuppressWarnings("unchecked") // Vaadin's varargs of generic layout classes
    public static void register(RouteConfiguration routes) {
        for (Shell.OwnRoute r : Shell.OWN_ROUTES) {
            if (r.inLayout()) {
                routes.setRoute(r.route(), r.view(), MainLayout.class);
            } else {
                routes.setRoute(r.route(), r.view());
            }
        }
    }
}
