package jp.kyodo.funding;

/** A budget line's side: income (収入) or expense (支出). Stored by name. */
public enum BudgetSide {
    INCOME("収入"),
    EXPENSE("支出");

    private final String labelJa;

    BudgetSide(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
