package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jp.kyodo.matching.DeskStatistics.Ageing;

/**
 * Open desk items by age as one stacked bar with the counts written out: up to a week (green), two weeks,
 * a month, older (red). Readable without colour: each part has its count and a title.
 */
final class AgeingBar {

    private static final String[] COLOURS = {
        "var(--lumo-success-color)",
        "var(--lumo-primary-color-50pct)",
        "var(--lumo-warning-color, #e9a100)",
        "var(--lumo-error-color)"
    };

    private AgeingBar() {}

    static Div of(Ageing a, Labels labels) {
        int[] counts = {a.upToWeek(), a.upToTwoWeeks(), a.upToMonth(), a.older()};
        String[] names = {
            labels.text("matching.ageing.week"),
            labels.text("matching.ageing.twoWeeks"),
            labels.text("matching.ageing.month"),
            labels.text("matching.ageing.older")
        };
        int total = counts[0] + counts[1] + counts[2] + counts[3];
        Div bar = new Div();
        bar.getStyle()
                .set("display", "flex")
                .set("height", "1.1rem")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("overflow", "hidden")
                .set("background", "var(--lumo-contrast-5pct)")
                .set("min-width", "8rem");
        Div legend = new Div();
        legend.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-s)")
                .set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-secondary-text-color)")
                .set("flex-wrap", "wrap");
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            Div part = new Div();
            part.getElement().setAttribute("title", names[i] + ": " + counts[i]);
            part.getStyle().set("flex", counts[i] + " 0 0").set("background", COLOURS[i]);
            bar.add(part);
            legend.add(new Span(names[i] + " " + counts[i]));
        }
        Div box = new Div(bar, legend);
        if (total == 0) {
            box.removeAll();
            box.add(new Span("–"));
        }
        return box;
    }
}
