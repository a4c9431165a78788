package jp.kyodo.funding;

import java.util.List;
import jp.kyodo.core.Records;

/**
 * One line of an application's budget (収支予算) or of its results report (収支決算).
 *
 * @param item e.g. 会場使用料, 講師謝礼, 参加費収入
 * @param amountYen whole yen, 0 or more
 * @param eligible an expense the programme pays for (補助対象経費); ignored for income
 */
public record BudgetLine(BudgetSide side, String item, long amountYen, boolean eligible) {

    public BudgetLine {
        item = Records.text(item);
    }

    public static BudgetLine expense(String item, long amountYen) {
        return new BudgetLine(BudgetSide.EXPENSE, item, amountYen, true);
    }

    public static BudgetLine income(String item, long amountYen) {
        return new BudgetLine(BudgetSide.INCOME, item, amountYen, false);
    }

    /** The sum of the eligible expenses (補助対象経費), exact. @throws ArithmeticException past Long.MAX_VALUE */
    public static long eligibleCost(List<BudgetLine> lines) {
        long sum = 0;
        for (BudgetLine l : lines) {
            if (l.side == BudgetSide.EXPENSE && l.eligible) {
                sum = Math.addExact(sum, l.amountYen);
            }
        }
        return sum;
    }

    /** The sum of one side, exact. */
    public static long total(List<BudgetLine> lines, BudgetSide side) {
        long sum = 0;
        for (BudgetLine l : lines) {
            if (l.side == side) {
                sum = Math.addExact(sum, l.amountYen);
            }
        }
        return sum;
    }
}
