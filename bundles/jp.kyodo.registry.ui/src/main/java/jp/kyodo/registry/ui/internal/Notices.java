package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action: success at the bottom, errors in the middle until read. */
final class Notices {

    private Notices() {}

    static void success(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * An error, one line per text.
     *
     * @return the notification, to close it early when the problem is solved
     */
    static Notification error(String... lines) {
        Div text = new Div();
        for (String line : lines) {
            text.add(new Div(line));
        }
        Notification n = new Notification(text);
        n.setDuration(8000);
        n.setPosition(Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
        return n;
    }
}
