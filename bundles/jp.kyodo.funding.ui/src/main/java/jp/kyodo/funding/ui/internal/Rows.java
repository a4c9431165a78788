package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import jp.kyodo.funding.BudgetLine;
import jp.kyodo.funding.BudgetSide;
import jp.kyodo.funding.Indicator;
import jp.kyodo.funding.ReviewCriterion;
import jp.kyodo.web.FieldErrors;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.YenField;

/** The rows the funding forms edit: review criteria, budget lines (income and expense), indicators. */
final class Rows {

    private Rows() {}

    /** 審査項目: name, weight (重み), maximum score; a new one gets its own code. */
    static EditableRows<ReviewCriterion> criteria(FieldErrors errors, Labels labels) {
        int[] added = {0};
        return new EditableRows<>(
                errors,
                "criteria",
                labels.text("funding.criterion.add"),
                labels.text("funding.rows.remove"),
                c -> new CriterionRow(c, labels),
                () -> new ReviewCriterion("OWN_" + (++added[0]), "", 1, 5));
    }

    /** 収支予算: side, item, amount, whether an expense counts toward the subsidy (補助対象). */
    static EditableRows<BudgetLine> budget(FieldErrors errors, Labels labels, String name) {
        return new EditableRows<>(
                errors,
                name,
                labels.text("funding.budget.add"),
                labels.text("funding.rows.remove"),
                l -> new BudgetRow(l, labels),
                () -> BudgetLine.expense("", 0));
    }

    /** 成果指標: name, unit, target and result. */
    static EditableRows<Indicator> indicators(FieldErrors errors, Labels labels) {
        return new EditableRows<>(
                errors,
                "indicators",
                labels.text("funding.indicator.add"),
                labels.text("funding.rows.remove"),
                i -> new IndicatorRow(i, labels),
                () -> new Indicator("", "", null, null));
    }

    private static final class CriterionRow implements EditableRows.Row<ReviewCriterion> {
        private final String code;
        private final TextField name;
        private final IntegerField weight;
        private final IntegerField max;

        CriterionRow(ReviewCriterion c, Labels labels) {
            code = c.code();
            name = FormFields.text(labels.text("funding.criterion.name"), 100, "row");
            name.setValue(c.name());
            weight = number(labels.text("funding.criterion.weight"), c.weight());
            max = number(labels.text("funding.criterion.maxScore"), c.maxScore());
        }

        @Override
        public List<Component> fields() {
            return List.of(name, weight, max);
        }

        @Override
        public ReviewCriterion value() {
            return new ReviewCriterion(code, name.getValue(), or0(weight), or0(max));
        }

        @Override
        public void bind(FieldErrors e, String prefix) {
            e.bind(prefix + ".name", name)
                    .bind(prefix + ".code", name)
                    .bind(prefix + ".weight", weight)
                    .bind(prefix + ".maxScore", max);
        }
    }

    private static final class BudgetRow implements EditableRows.Row<BudgetLine> {
        private final Select<BudgetSide> side;
        private final TextField item;
        private final YenField amount;
        private final Checkbox eligible;

        BudgetRow(BudgetLine l, Labels labels) {
            side = FormFields.select(labels.text("funding.budget.side"), BudgetSide.class, labels::of, "row");
            side.setValue(l.side());
            side.setWidth("8em");
            item = FormFields.text(labels.text("funding.budget.item"), 200, "row");
            item.setValue(l.item());
            amount = FormFields.yen(labels.text("funding.budget.amount"), "row");
            amount.setAmount(l.amountYen());
            amount.setWidth("12em");
            eligible = new Checkbox(labels.text("funding.budget.eligible"), l.eligible());
            side.addValueChangeListener(e -> eligible.setEnabled(e.getValue() == BudgetSide.EXPENSE));
            eligible.setEnabled(l.side() == BudgetSide.EXPENSE);
        }

        @Override
        public List<Component> fields() {
            return List.of(side, item, amount, eligible);
        }

        @Override
        public BudgetLine value() {
            return new BudgetLine(
                    side.getValue(),
                    item.getValue(),
                    amount.amount() == null ? 0 : amount.amount(),
                    side.getValue() == BudgetSide.EXPENSE && eligible.getValue());
        }

        @Override
        public void bind(FieldErrors e, String prefix) {
            e.bind(prefix + ".side", side).bind(prefix + ".item", item).bind(prefix + ".amountYen", amount);
        }
    }

    private static final class IndicatorRow implements EditableRows.Row<Indicator> {
        private final TextField name;
        private final TextField unit;
        private final IntegerField target;
        private final IntegerField result;

        IndicatorRow(Indicator i, Labels labels) {
            name = FormFields.text(labels.text("funding.indicator.name"), 100, "row");
            name.setValue(i.name());
            unit = FormFields.text(labels.text("funding.indicator.unit"), 20, "row");
            unit.setValue(i.unit());
            unit.setWidth("6em");
            target = number(labels.text("funding.indicator.target"), toInt(i.target()));
            result = number(labels.text("funding.indicator.result"), toInt(i.result()));
        }

        @Override
        public List<Component> fields() {
            return List.of(name, unit, target, result);
        }

        @Override
        public Indicator value() {
            return new Indicator(name.getValue(), unit.getValue(), toLong(target), toLong(result));
        }

        @Override
        public void bind(FieldErrors e, String prefix) {
            e.bind(prefix + ".name", name)
                    .bind(prefix + ".unit", unit)
                    .bind(prefix + ".target", target)
                    .bind(prefix + ".result", result);
        }
    }

    private static IntegerField number(String label, Integer value) {
        IntegerField f = FormFields.integer(label, "row");
        f.setValue(value);
        f.setWidth("7em");
        return f;
    }

    private static int or0(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    private static Long toLong(IntegerField f) {
        return f.getValue() == null ? null : f.getValue().longValue();
    }

    private static Integer toInt(Long value) {
        return value == null ? null : (int) Math.min(Integer.MAX_VALUE, value);
    }
}
