package jp.kyodo.web.internal.ui;

import com.vaadin.flow.component.icon.Icon;

/** Icons by name, as {@link jp.kyodo.web.ViewContribution#icon()} gives them. */
final class Icons {

    private Icons() {}

    /** {@code "vaadin:users"}, {@code "lumo:cog"} or just {@code "users"} (a Vaadin icon). */
    static Icon of(String name) {
        String n = name == null || name.isBlank() ? "vaadin:file-text-o" : name.strip();
        int colon = n.indexOf(':');
        return colon < 0 ? new Icon("vaadin", n) : new Icon(n.substring(0, colon), n.substring(colon + 1));
    }
}
