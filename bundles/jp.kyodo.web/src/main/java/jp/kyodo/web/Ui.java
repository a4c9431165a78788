package jp.kyodo.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The small pieces the modules' pages share, so that every page looks and behaves the same: notices,
 * badges, headings, cards, label–value facts, empty states, confirmations.
 */
public final class Ui {

    private Ui() {}

    public static void success(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** An error in the middle of the window until read, one line per text. */
    public static Notification error(String... lines) {
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

    /** A Lumo badge; {@code theme} adds variants such as {@code "success"}, {@code "error"}, {@code "contrast small"}. */
    public static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme.isEmpty() ? "badge" : "badge " + theme);
        return badge;
    }

    public static Paragraph emptyState(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("kyodo-empty-state");
        p.setWidthFull();
        p.getStyle().set("box-sizing", "border-box");
        return p;
    }

    /** The page's title with its buttons on the right, wrapping on narrow screens. */
    public static HorizontalLayout header(String title, Component... actions) {
        H2 h = new H2(title);
        h.getStyle().set("margin", "0");
        HorizontalLayout buttons = new HorizontalLayout(actions);
        buttons.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout header = new HorizontalLayout(h, buttons);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.getStyle().set("flex-wrap", "wrap");
        return header;
    }

    /** A framed group with a heading. */
    public static Div card(String title, Component... content) {
        Div card = new Div();
        if (title != null && !title.isEmpty()) {
            H3 heading = new H3(title);
            heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0 0 var(--lumo-space-s)");
            card.add(heading);
        }
        card.add(content);
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box");
        return card;
    }

    /** Cards side by side where there is room; nulls are left out. */
    public static Div cards(Component... cards) {
        Div grid = new Div();
        grid.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(22rem, 1fr))")
                .set("gap", "var(--lumo-space-m)")
                .set("width", "100%");
        for (Component c : cards) {
            if (c != null) {
                grid.add(c);
            }
        }
        return grid;
    }

    /** Label–value lines; a line without a value is left out. */
    public static final class Facts extends Div {

        private static final long serialVersionUID = 1L;

        public Facts() {
            getStyle()
                    .set("display", "grid")
                    .set("grid-template-columns", "fit-content(11em) minmax(0, 1fr)")
                    .set("column-gap", "var(--lumo-space-m)")
                    .set("row-gap", "var(--lumo-space-xs)");
        }

        public Facts line(String label, String value) {
            if (value != null && !value.isBlank()) {
                line(label, new Span(value));
            }
            return this;
        }

        public Facts line(String label, Component value) {
            Span l = new Span(label);
            l.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Div v = new Div(value);
            v.getStyle().set("white-space", "pre-line").set("min-width", "0");
            add(l, v);
            return this;
        }

        public boolean hasLines() {
            return getComponentCount() > 0;
        }
    }

    /** Asks before an action that cannot be undone or takes something away; the confirming button is red. */
    public static void confirm(String header, String text, String confirmText, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("kyodo.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
    }

    public static Span muted(String text) {
        Span s = new Span(text);
        s.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return s;
    }

    /** A dashboard card's table: labels on the left, numbers on the right (add rows with {@link #row}). */
    public static Div table() {
        Div table = new Div();
        table.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "1fr max-content")
                .set("column-gap", "var(--lumo-space-m)")
                .set("row-gap", "2px")
                .set("font-size", "var(--lumo-font-size-s)");
        return table;
    }

    /** A row of a {@link #table}; {@code alarm} shows the value in red and bold. */
    public static void row(Div table, Component label, String value, boolean alarm) {
        Span v = new Span(value);
        v.getStyle().set("text-align", "right").set("font-variant-numeric", "tabular-nums");
        if (alarm) {
            v.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "700");
        }
        table.add(label, v);
    }

    /** The link at the foot of a card. */
    public static Div link(String route, String text) {
        Div d = new Div(new Anchor(route, text));
        d.getStyle().set("margin-top", "var(--lumo-space-s)");
        return d;
    }
}
