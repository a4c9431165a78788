package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import java.util.OptionalInt;
import jp.kyodo.matching.Indicator;
import jp.kyodo.web.Ui;

/** An indicator's result against its target: the share, and a labelled progress bar. */
final class Progress {

    private Progress() {}

    /** The result as a whole percentage of the target (may exceed 100); empty without a positive target. */
    static OptionalInt percent(Indicator i) {
        if (i.target() == null || i.target() <= 0) {
            return OptionalInt.empty();
        }
        long result = i.result() == null ? 0 : i.result();
        return OptionalInt.of((int) Math.min(Integer.MAX_VALUE, Math.round(100.0 * result / i.target())));
    }

    /** 「120 / 150人（80%）」: result of target; a dash for what is not known. */
    static String text(Indicator i, Labels labels) {
        String result = i.result() == null ? "–" : labels.number(i.result());
        String target = i.target() == null ? "–" : labels.number(i.target());
        OptionalInt p = percent(i);
        return result + " / " + target + i.unit() + (p.isPresent() ? "（" + p.getAsInt() + "%）" : "");
    }

    /** The indicator's name, the numbers, and a bar (green once the target is reached). */
    static Div bar(Indicator i, Labels labels) {
        Span name = new Span(i.name());
        name.getStyle().set("font-weight", "600");
        Span numbers = Ui.muted(text(i, labels));
        Div line = new Div(name, numbers);
        line.getStyle()
                .set("display", "flex")
                .set("justify-content", "space-between")
                .set("gap", "var(--lumo-space-s)")
                .set("flex-wrap", "wrap");
        ProgressBar bar = new ProgressBar(0, 100, Math.min(100, percent(i).orElse(0)));
        bar.getElement().setAttribute("aria-label", i.name() + " " + text(i, labels));
        if (percent(i).orElse(0) >= 100) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        }
        Div box = new Div(line, bar);
        box.addClassName("matching-progress");
        return box;
    }
}
