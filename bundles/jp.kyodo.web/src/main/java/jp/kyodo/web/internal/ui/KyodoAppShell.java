package jp.kyodo.web.internal.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.Theme;

/**
 * The application shell: the Kyodo theme (Lumo plus a Japanese font stack) and server push, so
 * menus and dashboards follow plugins as they start and stop.
 *
 * <p>Long polling rather than WebSocket: Jetty's WebSocket support would be one more embedded stack
 * and one more thing for city proxies to let through; the pushed updates here are rare and small.
 */
@Theme("kyodo")
@Push(value = PushMode.AUTOMATIC, transport = Transport.LONG_POLLING)
public class KyodoAppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addFavIcon("icon", "icons/icon.png", "192x192");
    }
}
