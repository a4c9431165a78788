package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.kyodo.web.FieldErrors;

/**
 * A list of records edited as rows (review criteria, budget lines, indicators): one line of fields per
 * record, rows added and removed. Row {@code i}'s fields stand for {@code <name>[i].…} in the service's
 * errors, renumbered when a row goes.
 *
 * @param <T> the record of a row
 */
final class EditableRows<T> extends Div {

    private static final long serialVersionUID = 1L;

    /** The fields of one row. */
    interface Row<T> {
        List<Component> fields();

        T value();

        /** Binds the fields to {@code prefix.<property>} (prefix = {@code criteria[2]}). */
        void bind(FieldErrors errors, String prefix);
    }

    private final transient FieldErrors errors;
    private final String name;
    private final transient Function<T, Row<T>> rowOf;
    private final List<Row<T>> rows = new ArrayList<>();
    private final Div lines = new Div();
    private final String removeText;

    /**
     * @param name the records' name in the service's errors, e.g. {@code criteria}
     * @param blank a new row's record
     */
    EditableRows(
            FieldErrors errors,
            String name,
            String addText,
            String removeText,
            Function<T, Row<T>> rowOf,
            Supplier<T> blank) {
        this.errors = errors;
        this.name = name;
        this.rowOf = rowOf;
        this.removeText = removeText;
        Button add = new Button(addText, VaadinIcon.PLUS.create(), e -> {
            Row<T> row = addRow(blank.get());
            rebind();
            if (row.fields().get(0) instanceof Focusable<?> f) {
                f.focus();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.setId("funding-" + name + "-add");
        add(lines, add);
        setWidthFull();
    }

    void setValue(List<T> values) {
        rows.clear();
        lines.removeAll();
        values.forEach(this::addRow);
        rebind();
    }

    List<T> getValue() {
        return rows.stream().map(Row::value).toList();
    }

    private Row<T> addRow(T value) {
        Row<T> row = rowOf.apply(value);
        HorizontalLayout line = new HorizontalLayout();
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.fields().forEach(line::add);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rows.remove(row);
            lines.remove(line);
            rebind();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("aria-label", removeText);
        line.add(remove);
        rows.add(row);
        lines.add(line);
        return row;
    }

    private void rebind() {
        String prefix = name + "[";
        errors.unbind(n -> n.startsWith(prefix));
        for (int i = 0; i < rows.size(); i++) {
            Row<T> row = rows.get(i);
            row.bind(errors, prefix + i + "]");
            // stable ids for tests and labels: funding-budget-0-1 = row 0, field 1
            List<Component> fields = row.fields();
            for (int k = 0; k < fields.size(); k++) {
                fields.get(k).setId("funding-" + name + "-" + i + "-" + k);
            }
        }
    }
}
