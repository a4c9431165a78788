package jp.kyodo.training.ui.internal;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG: horizontal bars (completion per department) and stacked 100 % bars (the
 * share of each answer, per department or per year). Plain SVG in the page — no chart library, nothing to load;
 * the texts are escaped, the numbers printed beside the bars so the chart reads without colour too.
 */
final class Charts {

    /** Colour-blind-safe colours for the answers, in order (Okabe–Ito). */
    static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#D55E00", "#009E73", "#CC79A7", "#56B4E9");

    private static final int ROW = 26;

    /**
     * The chart's proportions: {@link #PAGE} on a page, {@link #CARD} in a dashboard card. The SVG scales down to
     * the width it is given, never up.
     */
    enum Size {
        PAGE(190, 380, 96, 2),
        CARD(96, 150, 44, 1);

        final int label;
        final int bar;
        final int value;
        final int legendColumns;

        Size(int label, int bar, int value, int legendColumns) {
            this.label = label;
            this.bar = bar;
            this.value = value;
            this.legendColumns = legendColumns;
        }

        int width() {
            return label + bar + value + 40;
        }
    }

    private Charts() {}

    /**
     * One bar per row, its length the percentage (0–100).
     *
     * @param values the text printed after each bar (e.g. 「58.0%（123/212）」)
     */
    static String bars(Size size, String title, List<String> labels, List<Double> percents, List<String> values) {
        final int label = size.label;
        final int bar = size.bar;
        int height = ROW * labels.size() + 30;
        StringBuilder svg = open(size, title, height);
        for (int i = 0; i < labels.size(); i++) {
            int y = 24 + i * ROW;
            double p = clamp(percents.get(i));
            svg.append(text(label - 8, y + 14, "end", labels.get(i)));
            svg.append(String.format(
                    Locale.ROOT, "<rect x='%d' y='%d' width='%d' height='16' fill='#e9ecef'/>", label, y, bar));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x='%d' y='%d' width='%.1f' height='16' fill='%s'><title>%s</title></rect>",
                    label,
                    y,
                    bar * p / 100,
                    COLOURS.get(0),
                    escape(labels.get(i) + " " + values.get(i))));
            svg.append(text(label + bar + 6, y + 13, "start", values.get(i)));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * One 100 % bar per row split into the shares of the answers, with a legend of the answers below.
     *
     * @param shares per row, the percentage of each answer (summing to about 100, or all 0 for no answers)
     * @param notes printed after each bar (e.g. the number of answers)
     */
    static String stacked(
            Size size,
            String title,
            List<String> labels,
            List<List<Double>> shares,
            List<String> legend,
            List<String> notes) {
        final int label = size.label;
        final int bar = size.bar;
        int columns = size.legendColumns;
        int legendRows = (legend.size() + columns - 1) / columns;
        int height = ROW * labels.size() + 34 + legendRows * 20;
        StringBuilder svg = open(size, title, height);
        for (int i = 0; i < labels.size(); i++) {
            int y = 24 + i * ROW;
            svg.append(text(label - 8, y + 14, "end", labels.get(i)));
            double x = label;
            List<Double> row = shares.get(i);
            if (row.stream().mapToDouble(Double::doubleValue).sum() == 0) {
                svg.append(String.format(
                        Locale.ROOT, "<rect x='%d' y='%d' width='%d' height='16' fill='#e9ecef'/>", label, y, bar));
            }
            for (int c = 0; c < row.size(); c++) {
                double w = bar * clamp(row.get(c)) / 100;
                if (w <= 0) {
                    continue;
                }
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x='%.1f' y='%d' width='%.1f' height='16' fill='%s'><title>%s</title></rect>",
                        x,
                        y,
                        w,
                        COLOURS.get(c % COLOURS.size()),
                        escape(labels.get(i) + " " + legend.get(c) + " " + percent(row.get(c)))));
                if (w >= 34) {
                    svg.append(String.format(
                            Locale.ROOT,
                            "<text x='%.1f' y='%d' font-size='11' fill='#fff' text-anchor='middle'>%s</text>",
                            x + w / 2,
                            y + 12,
                            escape(percent(row.get(c)))));
                }
                x += w;
            }
            svg.append(text(label + bar + 6, y + 13, "start", notes.get(i)));
        }
        int ly = 24 + labels.size() * ROW + 10;
        for (int c = 0; c < legend.size(); c++) {
            int lx = (columns == 1 ? 8 : label) + (c % columns) * (bar / 2 + 40);
            int y = ly + (c / columns) * 20;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x='%d' y='%d' width='12' height='12' fill='%s'/>",
                    lx,
                    y,
                    COLOURS.get(c % COLOURS.size())));
            svg.append(text(lx + 18, y + 11, "start", legend.get(c)));
        }
        return svg.append("</svg>").toString();
    }

    /** The SVG as a component of the page: its natural width where there is room, narrower where there is not. */
    static Div of(Size size, String svg, String id) {
        Div chart = new Div();
        chart.getElement().setProperty("innerHTML", svg);
        chart.setId(id);
        chart.setWidth(size.width() + "px");
        chart.getStyle().set("max-width", "100%");
        return chart;
    }

    static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", p);
    }

    private static StringBuilder open(Size size, String title, int height) {
        int width = size.width();
        return new StringBuilder(String.format(
                        Locale.ROOT,
                        "<svg xmlns='http://www.w3.org/2000/svg' role='img' width='100%%' viewBox='0 0 %d %d'"
                                + " style='max-width:%dpx;height:auto' font-family='sans-serif' font-size='12'>"
                                + "<title>%s</title>",
                        width,
                        height,
                        width,
                        escape(title)))
                .append(text(0, 14, "start", title).replace("font-size='12'", "font-size='13' font-weight='bold'"));
    }

    private static String text(int x, int y, String anchor, String s) {
        return String.format(
                Locale.ROOT,
                "<text x='%d' y='%d' font-size='12' fill='#333' text-anchor='%s'>%s</text>",
                x,
                y,
                anchor,
                escape(s));
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(100, p));
    }

    /** XML text: the five predefined entities. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
