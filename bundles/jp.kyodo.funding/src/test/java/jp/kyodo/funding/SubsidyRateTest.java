package jp.kyodo.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import jp.kyodo.core.ValidationException;
import org.junit.jupiter.api.Test;

class SubsidyRateTest {

    @Test
    void theGrantIsTheFloorOfTheExactProduct() {
        SubsidyRate twoThirds = new SubsidyRate(2, 3);
        assertEquals(0, twoThirds.apply(0));
        assertEquals(0, twoThirds.apply(1));
        assertEquals(1, twoThirds.apply(2));
        assertEquals(2, twoThirds.apply(3));
        // 2,147,483,648 × 2/3 = 1,431,655,765.33…
        assertEquals(1_431_655_765L, twoThirds.apply(2_147_483_648L));
        // no overflow even where amount × numerator passes Long.MAX_VALUE
        assertEquals(6_148_914_691_236_517_204L, twoThirds.apply(Long.MAX_VALUE));
        assertEquals(4_999_999_999L, SubsidyRate.FULL.apply(4_999_999_999L));
        assertEquals(0, new SubsidyRate(0, 1).apply(1_000));
    }

    @Test
    void ratesAreReadAsGuidelinesWriteThem() {
        assertEquals(new SubsidyRate(2, 3), SubsidyRate.parse("2/3"));
        assertEquals(new SubsidyRate(10, 10), SubsidyRate.parse("１０／１０"));
        assertEquals(new SubsidyRate(80, 100), SubsidyRate.parse("80%"));
        assertEquals(new SubsidyRate(8, 10), SubsidyRate.parse("8割"));
        for (String bad : List.of("", "3/2", "1/0", "two thirds", "120%")) {
            assertThrows(ValidationException.class, () -> SubsidyRate.parse(bad), bad);
        }
    }

    @Test
    void budgetLinesAddUpExactly() {
        List<BudgetLine> lines = List.of(
                BudgetLine.expense("会場", 2_147_483_647L),
                BudgetLine.expense("講師", 1),
                new BudgetLine(BudgetSide.EXPENSE, "懇親会", 5_000, false),
                BudgetLine.income("会費", 9_000_000_000L));
        assertEquals(2_147_483_648L, BudgetLine.eligibleCost(lines));
        assertEquals(2_147_488_648L, BudgetLine.total(lines, BudgetSide.EXPENSE));
        assertThrows(
                ArithmeticException.class,
                () -> BudgetLine.eligibleCost(
                        List.of(BudgetLine.expense("a", Long.MAX_VALUE), BudgetLine.expense("b", 1))));
    }
}
