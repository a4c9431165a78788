package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.html.Span;

/** Lumo badges: a partner's type, status, certification. */
final class Badges {

    private Badges() {}

    /** @param theme Lumo badge variants besides {@code badge}, e.g. {@code "success"}, {@code "contrast"}, or empty */
    static Span of(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme.isEmpty() ? "badge" : "badge " + theme);
        return badge;
    }
}
