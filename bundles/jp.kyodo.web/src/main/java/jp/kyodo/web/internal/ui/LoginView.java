package jp.kyodo.web.internal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Authenticator;
import jp.kyodo.core.security.LoginThrottle;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.core.security.TooManyAttemptsException;
import jp.kyodo.web.Formats;
import jp.kyodo.web.internal.i18n.MergedTranslations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in with the core's {@link Authenticator}. On success the user is bound to the HTTP session,
 * whose id is changed first (no session fixation), and taken to the page they asked for. After repeated
 * failures the core's throttle refuses at once; the form then says until when.
 */
public final class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LoginView.class);

    private final transient Shell shell;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private String target = Shell.HOME;

    LoginView(Shell shell) {
        this.shell = shell;
        addClassName("kyodo-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        String city = shell.settings().cityName();
        H1 title = new H1(city.isBlank() ? getTranslation("kyodo.product") : city);
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "0");
        Paragraph subtitle = new Paragraph(getTranslation("kyodo.login.subtitle"));
        subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");

        notice.setVisible(false);
        notice.getStyle()
                .set("background", "var(--lumo-primary-color-10pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("max-width", "22rem");

        form.setI18n(i18n());
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::login);

        add(title, subtitle, notice, form, languages());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kyodo.login.title") + " | " + getTranslation("kyodo.product");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("expired")) {
            show(getTranslation("kyodo.login.expired", shell.settings().sessionTimeoutMinutes()));
        } else if (params.containsKey("logout")) {
            show(getTranslation("kyodo.login.loggedOut"));
        }
        target = Optional.ofNullable(params.get("to"))
                .flatMap(l -> l.stream().findFirst())
                .filter(p -> !p.contains("//") && !p.contains(":") && !p.startsWith(Shell.LOGIN))
                .orElse(Shell.HOME);
    }

    private void show(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private void login(AbstractLogin.LoginEvent event) {
        Optional<Authenticator> authenticator = shell.platform().authenticator();
        if (authenticator.isEmpty()) {
            LOG.warn("Login attempted while no Authenticator service is available");
            show(getTranslation("kyodo.login.unavailable"));
            form.setEnabled(true);
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            Actor actor = authenticator
                    .get()
                    .login(event.getUsername(), event.getPassword().toCharArray(), request.getRemoteAddr());
            if (request instanceof VaadinServletRequest servletRequest) {
                servletRequest.getHttpServletRequest().changeSessionId();
            }
            SessionUser.signIn(VaadinSession.getCurrent().getSession(), actor);
            // this request began without a user: the page navigated to (its views, dashboard cards) runs
            // as the user who just signed in
            SecurityContext.runAs(actor, () -> UI.getCurrent().navigate(target));
        } catch (TooManyAttemptsException blocked) {
            form.showErrorMessage(blockedTitle(blocked.block()), blockedMessage(blocked));
        } catch (AccessDeniedException denied) {
            // the texts may have been replaced by a refusal before
            form.showErrorMessage(
                    getTranslation("kyodo.login.failed.title"), getTranslation("kyodo.login.failed.message"));
        } catch (RuntimeException e) {
            LOG.error("Login failed unexpectedly", e);
            show(getTranslation("kyodo.login.unavailable"));
            form.setEnabled(true);
        }
    }

    private String blockedTitle(LoginThrottle.Block block) {
        return getTranslation(block.locked() ? "kyodo.login.locked.title" : "kyodo.login.slowDown.title");
    }

    private String blockedMessage(TooManyAttemptsException e) {
        LoginThrottle.Block block = e.block();
        if (!block.locked()) {
            return getTranslation("kyodo.login.slowDown.message", e.retryAfterSeconds());
        }
        String until = Formats.dateTime(block.until(), getLocale());
        return block.key().kind() == LoginThrottle.Kind.ACCOUNT
                ? getTranslation("kyodo.login.locked.account", until)
                : getTranslation(
                        "kyodo.login.locked.address", until, block.key().value());
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("kyodo.login.title"));
        f.setUsername(getTranslation("kyodo.login.username"));
        f.setPassword(getTranslation("kyodo.login.password"));
        f.setSubmit(getTranslation("kyodo.login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("kyodo.login.failed.title"));
        error.setMessage(getTranslation("kyodo.login.failed.message"));
        return i18n;
    }

    private HorizontalLayout languages() {
        HorizontalLayout row = new HorizontalLayout();
        Locale current = MergedTranslations.supported(getLocale());
        for (Locale l : List.copyOf(MergedTranslations.LOCALES)) {
            Button b = new Button(getTranslation("kyodo.language." + l.getLanguage()), e -> {
                VaadinSession session = VaadinSession.getCurrent();
                SessionUser.setLocale(session.getSession(), l);
                session.setLocale(l);
                UI.getCurrent().getPage().reload();
            });
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            b.setEnabled(!l.equals(current));
            row.add(b);
        }
        return row;
    }
}
