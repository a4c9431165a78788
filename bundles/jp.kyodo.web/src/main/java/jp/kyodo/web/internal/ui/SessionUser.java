package jp.kyodo.web.internal.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.web.internal.i18n.MergedTranslations;

/**
 * The signed-in user, kept in the HTTP session so that the web UI and the REST API (called from
 * the same browser) see the same sign-in, and the chosen language.
 */
public final class SessionUser {

    static final String ACTOR = "jp.kyodo.web.actor";
    static final String LOCALE = "jp.kyodo.web.locale";

    private SessionUser() {}

    /** The user of the current Vaadin session. */
    public static Optional<Actor> current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(session.getSession().getAttribute(ACTOR)).map(Actor.class::cast);
    }

    /** The user signed in with {@code session}, or null. */
    public static Actor fromHttpSession(HttpSession session) {
        try {
            return session.getAttribute(ACTOR) instanceof Actor a ? a : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /**
     * Runs {@code work} with the session's user in the core's security context: for code that runs
     * in {@code UI.access} (server push), outside any request of that user.
     */
    static void runAsSessionUser(Runnable work) {
        Optional<Actor> actor = current();
        if (actor.isPresent()) {
            SecurityContext.runAs(actor.get(), work);
        } else {
            work.run();
        }
    }

    static void signIn(WrappedSession session, Actor actor) {
        session.setAttribute(ACTOR, actor);
    }

    /** The language the user chose, else Japanese. */
    static Locale locale(WrappedSession session) {
        Object chosen = session == null ? null : session.getAttribute(LOCALE);
        return chosen instanceof Locale l ? l : MergedTranslations.LOCALES.get(0);
    }

    static void setLocale(WrappedSession session, Locale locale) {
        session.setAttribute(LOCALE, MergedTranslations.supported(locale));
    }
}
