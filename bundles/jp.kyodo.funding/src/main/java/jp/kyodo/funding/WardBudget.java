package jp.kyodo.funding;

/**
 * A ward's own budget for local proposals in one fiscal year, shared by the ward's programmes: their grants
 * together never exceed it.
 *
 * @param wardCode an area of kind 区
 * @param committedYen granted by the ward's programmes
 * @param paidYen disbursed
 */
public record WardBudget(
        long id, int fiscalYear, String wardCode, String wardName, long budgetYen, long committedYen, long paidYen) {

    public long remainingYen() {
        return budgetYen - committedYen;
    }
}
