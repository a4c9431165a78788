package jp.kyodo.web.internal.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.internal.security.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server-side check before every navigation: nobody reaches a page without signing in, and
 * nobody reaches a page whose roles they lack, whatever URL they type.
 */
final class AccessControl implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AccessControl.class);

    private final transient Shell shell;

    AccessControl(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        Optional<Actor> actor = SessionUser.current();
        if (event.getNavigationTarget() == LoginView.class) {
            if (actor.isPresent()) {
                event.forwardTo(Shell.HOME);
            }
            return;
        }
        if (actor.isEmpty()) {
            // back to the page asked for after signing in (a local path only: no open redirect)
            event.forwardTo(
                    Shell.LOGIN, path.isEmpty() ? QueryParameters.empty() : QueryParameters.simple(Map.of("to", path)));
            return;
        }
        Optional<Set<Role>> required = shell.requiredRoles(path);
        if (required.isEmpty()) {
            if (event.getNavigationTarget() == ContributedView.class) {
                // a plugin's route whose contribution is going away: deny by default
                event.forwardTo(Shell.HOME);
            }
            return; // not a page of ours: Vaadin shows "not found"
        }
        if (!Access.allows(actor.get(), required.get())) {
            LOG.info("{} was refused '{}' (needs one of {})", actor.get().userName(), path, required.get());
            event.forwardTo(Shell.HOME);
            Notification n = Notification.show(
                    event.getUI().getTranslation("kyodo.access.denied"), 5000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
