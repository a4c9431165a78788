package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Label–value lines of a record's page; values that are empty are left out. */
final class FactList extends Div {

    private static final long serialVersionUID = 1L;

    private int lines;

    FactList() {
        getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "minmax(7rem, max-content) minmax(0, 1fr)")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-l)")
                .set("align-items", "baseline");
    }

    FactList add(String label, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Span text = new Span(value);
        text.getStyle().set("white-space", "pre-line");
        return add(label, text);
    }

    FactList add(String label, Component value) {
        Span name = new Span(label);
        name.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(name, value);
        lines++;
        return this;
    }

    boolean hasLines() {
        return lines > 0;
    }
}
