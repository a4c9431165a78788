package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import java.math.BigInteger;

/** How much of a budget is committed, as a bar with the percentage; red above 100 % (never expected). */
final class BudgetBar {

    private BudgetBar() {}

    /** The committed share of the budget in whole per cent, rounded down; 0 for no budget. */
    static int percent(long committedYen, long budgetYen) {
        if (budgetYen <= 0) {
            return 0;
        }
        return (int) Math.min(
                999,
                BigInteger.valueOf(committedYen)
                        .multiply(BigInteger.valueOf(100))
                        .divide(BigInteger.valueOf(budgetYen))
                        .longValue());
    }

    static Div of(long committedYen, long budgetYen, Labels labels) {
        int percent = percent(committedYen, budgetYen);
        ProgressBar bar = new ProgressBar(0, 100, Math.min(100, percent));
        if (percent >= 100) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        } else if (percent >= 90) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_CONTRAST);
        }
        bar.getElement().setAttribute("aria-label", labels.text("funding.programme.usedPercent", percent));
        Div text = new Div(labels.text("funding.programme.usedPercent", percent));
        text.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return new Div(bar, text);
    }
}
