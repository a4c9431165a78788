package jp.kyodo.web.internal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.function.Consumer;
import jp.kyodo.web.internal.registry.Contributions;

/**
 * Delivers changes of a contribution registry to an open UI by server push, inside that UI's
 * session lock and with its signed-in user in the security context.
 */
final class LiveUpdates {

    private LiveUpdates() {}

    /** @return removes the subscription again (call it on detach) */
    static <T> Runnable subscribe(UI ui, Contributions<T> source, Consumer<Contributions.Change<T>> onChange) {
        return source.addListener(change -> {
            try {
                ui.access(() -> SessionUser.runAsSessionUser(() -> onChange.accept(change)));
            } catch (UIDetachedException closed) {
                // the UI went away meanwhile; its detach removes this subscription
            }
        });
    }
}
