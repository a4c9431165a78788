package jp.kyodo.web.internal.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import jp.kyodo.web.internal.registry.Contributions;

/**
 * Delivers changes of a contribution registry to an open UI by server push, inside that UI's
 * session lock and with its signed-in user in the security context, for as long as the component
 * stays attached.
 */
final class LiveUpdates {

    private LiveUpdates() {}

    /** Call from {@code onAttach}; the subscription ends when the component is detached. */
    static <T> void whileAttached(
            Component component,
            AttachEvent attach,
            Contributions<T> source,
            Consumer<Contributions.Change<T>> onChange) {
        var ui = attach.getUI();
        Runnable unsubscribe = source.addListener(change -> {
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
