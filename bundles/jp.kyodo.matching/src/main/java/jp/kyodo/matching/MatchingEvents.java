package jp.kyodo.matching;

/**
 * EventAdmin topics the matching module posts after a change is committed. Each carries {@value #ID}
 * (Long), never the record.
 */
public final class MatchingEvents {

    public static final String ID = "id";

    public static final String NEED_CREATED = "jp/kyodo/matching/Need/CREATED";
    public static final String NEED_UPDATED = "jp/kyodo/matching/Need/UPDATED";
    public static final String OFFER_CREATED = "jp/kyodo/matching/Offer/CREATED";
    public static final String OFFER_UPDATED = "jp/kyodo/matching/Offer/UPDATED";
    public static final String MATCH_CREATED = "jp/kyodo/matching/Match/CREATED";
    public static final String MATCH_UPDATED = "jp/kyodo/matching/Match/UPDATED";
    public static final String CASE_CREATED = "jp/kyodo/matching/CaseStudy/CREATED";
    public static final String CASE_UPDATED = "jp/kyodo/matching/CaseStudy/UPDATED";
    public static final String DESK_ITEM_CREATED = "jp/kyodo/matching/DeskItem/CREATED";
    public static final String DESK_ITEM_UPDATED = "jp/kyodo/matching/DeskItem/UPDATED";
    /** An item went past its due date and was raised to the collaboration division. */
    public static final String DESK_ITEM_ESCALATED = "jp/kyodo/matching/DeskItem/ESCALATED";

    public static final String PROJECT_CREATED = "jp/kyodo/matching/Project/CREATED";
    public static final String PROJECT_UPDATED = "jp/kyodo/matching/Project/UPDATED";
    public static final String AGENDA_CREATED = "jp/kyodo/matching/Agenda/CREATED";
    public static final String AGENDA_UPDATED = "jp/kyodo/matching/Agenda/UPDATED";
    /** Every matching topic. */
    public static final String ALL = "jp/kyodo/matching/*";

    private MatchingEvents() {}
}
