package jp.kyodo.web.internal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import jp.kyodo.web.internal.i18n.MergedTranslations;

/**
 * Per Vaadin service: the session-expired message in the user's language, and for each new UI its
 * language and the access check on every navigation.
 */
final class ShellServiceInitListener implements VaadinServiceInitListener {

    private static final long serialVersionUID = 1L;

    private final transient Shell shell;

    ShellServiceInitListener(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        MergedTranslations t = shell.translations();
        event.getSource().setSystemMessagesProvider(info -> {
            Locale locale = MergedTranslations.supported(info.getLocale());
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            // straight to the login page, which says why (in the language the user chose)
            messages.setSessionExpiredURL(Shell.LOGIN + "?expired");
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setInternalErrorCaption(t.translate("kyodo.error.internal.caption", locale));
            messages.setInternalErrorMessage(t.translate("kyodo.error.internal.message", locale));
            messages.setCookiesDisabledCaption(t.translate("kyodo.error.cookies.caption", locale));
            messages.setCookiesDisabledMessage(t.translate("kyodo.error.cookies.message", locale));
            return messages;
        });
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            ui.setLocale(SessionUser.locale(ui.getSession().getSession()));
            ui.addBeforeEnterListener(new AccessControl(shell));
        });
    }
}
