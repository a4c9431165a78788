package jp.kyodo.funding.internal;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import jp.kyodo.funding.BudgetLine;
import jp.kyodo.funding.BudgetSide;

/** A row of FUN_BUDGET_LINE or FUN_ACTUAL_LINE. */
@Embeddable
public class LineRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "SIDE", nullable = false, length = 8)
    BudgetSide side;

    @Column(name = "ITEM", nullable = false, length = 200)
    String item;

    @Column(name = "AMOUNT_YEN", nullable = false)
    long amountYen;

    @Column(name = "ELIGIBLE", nullable = false)
    boolean eligible;

    protected LineRow() {}

    LineRow(BudgetLine l) {
        this.side = l.side();
        this.item = l.item();
        this.amountYen = l.amountYen();
        this.eligible = l.side() == BudgetSide.EXPENSE && l.eligible();
    }

    BudgetLine toLine() {
        return new BudgetLine(side, item, amountYen, eligible);
    }
}
