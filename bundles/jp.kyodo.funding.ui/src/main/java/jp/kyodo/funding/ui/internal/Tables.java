package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** The small tables inside a record's cards (budget lines, criteria, payments, reviews): every row shown, dense. */
final class Tables {

    private Tables() {}

    /** A table of a few rows inside a card; {@code striped} for wide tables people read across. */
    static <T> Grid<T> dense(boolean striped) {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, striped ? GridVariant.LUMO_ROW_STRIPES : GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
