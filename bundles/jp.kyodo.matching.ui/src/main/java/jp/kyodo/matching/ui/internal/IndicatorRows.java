package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.matching.Indicator;
import jp.kyodo.web.FieldErrors;

/**
 * Indicators (成果指標), one row each: name, unit, target and — for projects — the result. Rows left
 * completely empty are ignored; the service's errors of {@code indicators[i].…} are shown at the i-th filled
 * row.
 */
final class IndicatorRows extends Div {

    private static final long serialVersionUID = 1L;

    private record Row(TextField name, TextField unit, IntegerField target, IntegerField result, Div line) {
        boolean blank() {
            return name.getValue().isBlank()
                    && unit.getValue().isBlank()
                    && target.getValue() == null
                    && (result == null || result.getValue() == null);
        }
    }

    private final transient Labels labels;
    private final boolean withResults;
    private final List<Row> rows = new ArrayList<>();
    private final Div lines = new Div();
    private int created;

    /** @param withResults a result per indicator (projects); agendas have targets only */
    IndicatorRows(Labels labels, boolean withResults, String id) {
        this.labels = labels;
        this.withResults = withResults;
        setId(id);
        setWidthFull();
        lines.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        Button add = new Button(labels.text("matching.indicator.add"), VaadinIcon.PLUS.create(), e -> addRow(null)
                .name()
                .focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId(id + "-add");
        add(lines, add);
    }

    void setValue(List<Indicator> indicators) {
        rows.clear();
        lines.removeAll();
        indicators.forEach(this::addRow);
    }

    List<Indicator> value() {
        return filled().stream()
                .map(r -> new Indicator(
                        r.name().getValue(),
                        r.unit().getValue(),
                        r.target().getValue() == null
                                ? null
                                : r.target().getValue().longValue(),
                        r.result() == null || r.result().getValue() == null
                                ? null
                                : r.result().getValue().longValue()))
                .toList();
    }

    void bind(FieldErrors errors) {
        errors.unbind(name -> name.startsWith("indicators["));
        List<Row> filled = filled();
        for (int i = 0; i < filled.size(); i++) {
            Row r = filled.get(i);
            errors.bind("indicators[" + i + "].name", r.name());
            errors.bind("indicators[" + i + "].unit", r.unit());
            errors.bind("indicators[" + i + "].target", r.target());
            if (r.result() != null) {
                errors.bind("indicators[" + i + "].result", r.result());
            }
        }
    }

    private List<Row> filled() {
        return rows.stream().filter(r -> !r.blank()).toList();
    }

    private Row addRow(Indicator indicator) {
        int n = ++created;
        String prefix = getId().orElse("matching-indicator") + "-";
        TextField name = Fields.text(labels.text("matching.indicator.name"), 100, prefix + "name-" + n);
        name.setPlaceholder(labels.text("matching.indicator.namePlaceholder"));
        TextField unit = Fields.text(labels.text("matching.indicator.unit"), 20, prefix + "unit-" + n);
        unit.setPlaceholder(labels.text("matching.indicator.unitPlaceholder"));
        IntegerField target = Fields.integer(labels.text("matching.indicator.target"), prefix + "target-" + n);
        target.setMin(0);
        IntegerField result =
                withResults ? Fields.integer(labels.text("matching.indicator.result"), prefix + "result-" + n) : null;
        if (result != null) {
            result.setMin(0);
        }
        Div line = new Div();
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("aria-label", labels.text("matching.indicator.remove"));
        remove.setId(prefix + "remove-" + n);
        Row row = new Row(name, unit, target, result, line);
        remove.addClickListener(e -> {
            rows.remove(row);
            lines.remove(line);
        });
        if (indicator != null) {
            name.setValue(indicator.name());
            unit.setValue(indicator.unit());
            target.setValue(toInt(indicator.target()));
            if (result != null) {
                result.setValue(toInt(indicator.result()));
            }
        }
        line.add(name, unit, target);
        if (result != null) {
            line.add(result);
        }
        line.add(remove);
        line.getStyle()
                .set("display", "grid")
                .set(
                        "grid-template-columns",
                        withResults
                                ? "minmax(10rem, 2fr) 5rem minmax(6rem, 1fr) minmax(6rem, 1fr) auto"
                                : "minmax(10rem, 2fr) 5rem minmax(6rem, 1fr) auto")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        rows.add(row);
        lines.add(line);
        return row;
    }

    private static Integer toInt(Long value) {
        return value == null ? null : (int) Math.min(Integer.MAX_VALUE, value);
    }
}
