package jp.kyodo.matching;

import java.time.LocalDate;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/**
 * The one-stop desk (ワンストップ窓口): consultations and proposals from groups, companies and citizens,
 * routed to a department with an owner and a due date, answered by the department (accepted, declined with
 * a reason, or forwarded). Items past their due date are escalated to the collaboration division; nothing
 * is deleted and nothing closes without an answer. Coordinators receive and route; staff answer.
 */
public interface ConsultationDesk {

    /**
     * Sort keys of {@link #search} ({@link jp.kyodo.core.PageRequest#sort()}): open items always come first, each
     * part in the keys' order; without one, oldest received first.
     */
    String SORT_RECEIVED = "received";

    String SORT_DUE = "due";

    String SORT_UPDATED = "updated";

    DeskItem receive(DeskItemDraft draft);

    /** Routes (or re-routes) an item to a department: who answers, and by when. */
    DeskItem route(long id, int expectedVersion, long departmentId, String owner, LocalDate dueOn, String note);

    /** The department passes it to another department, with a new owner and due date. */
    DeskItem forward(long id, int expectedVersion, long departmentId, String owner, LocalDate dueOn, String note);

    DeskItem accept(long id, int expectedVersion, String answer);

    /** @throws jp.kyodo.core.ValidationException without a reason */
    DeskItem decline(long id, int expectedVersion, String reason);

    DeskItem get(long id);

    /** Oldest open first, then the answered ones, newest first. */
    Page<DeskItem> search(DeskQuery query, PageRequest page);

    DeskStatistics statistics();

    /**
     * Escalates every routed item past its due date that was not escalated yet (audited, announced);
     * the platform runs this every hour. @return how many were escalated
     */
    int escalateOverdue();
}
