package jp.kyodo.funding;

/**
 * EventAdmin topics the funding module posts after a change is committed. Each carries {@value #ID} (Long),
 * never the record; application, review and attachment events also {@value #PROGRAMME_ID}, ledger events
 * {@value #FUND_ID}.
 */
public final class FundingEvents {

    public static final String ID = "id";
    public static final String PROGRAMME_ID = "programmeId";
    public static final String FUND_ID = "fundId";

    public static final String PROGRAMME_CREATED = "jp/kyodo/funding/Programme/CREATED";
    public static final String PROGRAMME_UPDATED = "jp/kyodo/funding/Programme/UPDATED";
    public static final String APPLICATION_CREATED = "jp/kyodo/funding/Application/CREATED";
    /** Any change of an application, including each step of its pipeline and each payment. */
    public static final String APPLICATION_UPDATED = "jp/kyodo/funding/Application/UPDATED";

    public static final String REVIEW_CREATED = "jp/kyodo/funding/Review/CREATED";
    public static final String REVIEW_UPDATED = "jp/kyodo/funding/Review/UPDATED";
    public static final String ATTACHMENT_CREATED = "jp/kyodo/funding/Attachment/CREATED";
    public static final String ATTACHMENT_DELETED = "jp/kyodo/funding/Attachment/DELETED";
    public static final String FUND_CREATED = "jp/kyodo/funding/Fund/CREATED";
    /** The fund's details changed, a year was closed, or its ledger was imported. */
    public static final String FUND_UPDATED = "jp/kyodo/funding/Fund/UPDATED";

    public static final String LEDGER_ENTRY_CREATED = "jp/kyodo/funding/LedgerEntry/CREATED";
    public static final String LEDGER_ENTRY_DELETED = "jp/kyodo/funding/LedgerEntry/DELETED";
    public static final String WARD_BUDGET_UPDATED = "jp/kyodo/funding/WardBudget/UPDATED";
    /** A neighbouring city's grant call was received: new or changed ({@link NeighbourCalls}). */
    public static final String NEIGHBOUR_CALL_UPDATED = "jp/kyodo/funding/NeighbourCall/UPDATED";
    /** Every funding topic. */
    public static final String ALL = "jp/kyodo/funding/*";

    private FundingEvents() {}
}
