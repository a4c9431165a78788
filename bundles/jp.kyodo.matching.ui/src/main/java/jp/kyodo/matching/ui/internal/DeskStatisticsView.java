package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Comparator;
import jp.kyodo.core.DomainException;
import jp.kyodo.matching.DeskStatistics;
import jp.kyodo.matching.DeskStatistics.Department;
import jp.kyodo.web.Ui;

/**
 * 窓口の状況: per department, what is open, how old it is (up to a week, two weeks, a month, older), what is
 * overdue, and how fast this fiscal year's answers came. Every column sorts.
 */
final class DeskStatisticsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Labels labels;

    DeskStatisticsView(MatchingServices services) {
        this.labels = Labels.of(this, services);
        setPadding(false);
        Button back =
                new Button(t("matching.desk.title"), VaadinIcon.ARROW_LEFT.create(), e -> Routes.navigate(Routes.DESK));
        back.setId("matching-stats-back");
        add(Ui.header(t("matching.deskStats.title"), back));
        try {
            DeskStatistics stats = services.desk().statistics();
            add(summary(stats));
            add(Ui.muted(t("matching.deskStats.lead")));
            if (stats.departments().isEmpty()) {
                add(Ui.emptyState(t("matching.deskStats.empty")));
            } else {
                add(grid(stats));
            }
        } catch (DomainException e) {
            add(Ui.emptyState(e.message(getLocale())));
        }
    }

    private Component summary(DeskStatistics stats) {
        int open = stats.departments().stream().mapToInt(Department::open).sum();
        int overdue = stats.departments().stream().mapToInt(Department::overdue).sum();
        Div row = new Div(
                figure(t("matching.deskStats.unrouted"), stats.unrouted(), false),
                figure(t("matching.deskStats.open"), open, false),
                figure(t("matching.deskStats.overdue"), overdue, overdue > 0));
        row.setId("matching-stats-summary");
        row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        return row;
    }

    private Div figure(String label, long value, boolean alarm) {
        Span n = new Span(labels.number(value));
        n.getStyle()
                .set("font-size", "var(--lumo-font-size-xxl)")
                .set("font-weight", "700")
                .set("color", alarm ? "var(--lumo-error-text-color)" : "inherit");
        Div f = new Div(new Div(Ui.muted(label)), n);
        f.getStyle()
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("min-width", "9rem");
        return f;
    }

    private Grid<Department> grid(DeskStatistics stats) {
        Grid<Department> grid = new Grid<>();
        grid.setId("matching-stats-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(Department::name)
                .setHeader(t("matching.desk.department"))
                .setComparator(Comparator.comparing(Department::name))
                .setFlexGrow(2);
        number(grid, t("matching.deskStats.open"), Department::open);
        grid.addColumn(new ComponentRenderer<>(d -> {
                    Span s = new Span(labels.number(d.overdue()));
                    if (d.overdue() > 0) {
                        s.getStyle()
                                .set("color", "var(--lumo-error-text-color)")
                                .set("font-weight", "700");
                    }
                    return s;
                }))
                .setHeader(t("matching.deskStats.overdue"))
                .setComparator(Comparator.comparingInt(Department::overdue))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(d -> AgeingBar.of(d.ageing(), labels)))
                .setHeader(t("matching.deskStats.ageing"))
                .setComparator(
                        Comparator.comparingInt((Department d) -> d.ageing().older() * 1_000_000
                                + d.ageing().upToMonth() * 10_000
                                + d.ageing().upToTwoWeeks() * 100
                                + d.ageing().upToWeek()))
                .setFlexGrow(2);
        number(grid, t("matching.deskStats.answered"), Department::answered);
        grid.addColumn(d -> d.averageAnswerDays() == null
                        ? "–"
                        : t("matching.deskStats.days", labels.number(Math.round(d.averageAnswerDays() * 10) / 10.0)))
                .setHeader(t("matching.deskStats.averageDays"))
                .setComparator(Comparator.comparing(
                        Department::averageAnswerDays, Comparator.nullsLast(Comparator.naturalOrder())))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(stats.departments());
        return grid;
    }

    private void number(Grid<Department> grid, String header, java.util.function.ToIntFunction<Department> value) {
        grid.addColumn(d -> labels.number(value.applyAsInt(d)))
                .setHeader(header)
                .setComparator(Comparator.comparingInt(value))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
