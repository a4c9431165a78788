package jp.kyodo.web.internal.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import jp.kyodo.web.internal.registry.Contributions;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Delivers changes of a contribution registry to an open UI by server push, inside that UI's
 * session lock and with its signed-in user in the security context, for as long as the component
 * stays attached.
 */
final class LiveUpdates {

    private LiveUpdates() {}

    /** Whether the OSGi framework (or this bundle) is stopping. */
    static boolean shuttingDown() {
        Bundle self = FrameworkUtil.getBundle(LiveUpdates.class);
        if (self == null) {
            return false; // outside OSGi (tests)
        }
        BundleContext context = self.getBundleContext();
        return context == null
                || self.getState() == Bundle.STOPPING
                || context.getBundle(0).getState() == Bundle.STOPPING;
    }

    /** Call from {@code onAttach}; the subscription ends when the component is detached. */
    static <T> void whileAttached(
            Component component,
            AttachEvent attach,
            Contributions<T> source,
            Consumer<Contributions.Change<T>> onChange) {
        var ui = attach.getUI();
        Runnable unsubscribe = source.addListener(change -> {
            if (shuttingDown()) {
                // Kyodo is stopping: every contribution goes, and redrawing each open page for each of them
                // (calling services whose database is already gone) made a stop take minutes
                return;
            }
            try {
                ui.access(() -> SessionUser.runAsSessionUser(() -> onChange.accept(change)));
            } catch (UIDetachedException closed) {
                // the UI went away meanwhile; the detach listener below ends the subscription
            }
        });
        Registration[] onDetach = new Registration[1];
        onDetach[0] = component.addDetachListener(detach -> {
            unsubscribe.run();
            onDetach[0].remove();
        });
    }
}
