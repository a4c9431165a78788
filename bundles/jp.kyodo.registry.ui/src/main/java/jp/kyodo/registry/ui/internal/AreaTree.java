package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Collection;
import java.util.List;

/** Activity areas drawn as an indented outline (see {@link AreaOutline}); no map needed. */
final class AreaTree {

    private AreaTree() {}

    static Component of(RegistryServices services, Labels labels, Collection<String> codes) {
        List<AreaOutline.Line> lines = services.areas()
                .map(h -> AreaOutline.of(h, codes))
                .orElseGet(() -> codes.stream()
                        .map(c -> new AreaOutline.Line(0, c, null, true))
                        .toList());
        Div tree = new Div();
        tree.setId("registry-areas");
        for (AreaOutline.Line line : lines) {
            Div row = new Div();
            row.getStyle()
                    .set("padding-inline-start", (line.depth() * 1.5) + "em")
                    .set("display", "flex")
                    .set("gap", "var(--lumo-space-xs)")
                    .set("align-items", "center");
            var icon = (line.depth() == 0 ? VaadinIcon.MAP_MARKER : VaadinIcon.ANGLE_RIGHT).create();
            icon.setSize("var(--lumo-icon-size-s)");
            icon.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Span name = new Span(line.name());
            if (line.chosen()) {
                name.getStyle().set("font-weight", "600");
            } else {
                name.getStyle().set("color", "var(--lumo-secondary-text-color)");
            }
            row.add(icon, name);
            if (line.kind() != null) {
                Span kind = new Span(labels.areaKind(line.kind()));
                kind.getStyle()
                        .set("font-size", "var(--lumo-font-size-xs)")
                        .set("color", "var(--lumo-tertiary-text-color)");
                row.add(kind);
            }
            tree.add(row);
        }
        return tree;
    }
}
